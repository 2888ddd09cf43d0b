/** Where the hover card goes: under the hovered word, above it when there is no room, never over it. */
import type { RectLike } from './hit-test';

export interface Size {
  width: number;
  height: number;
}

export interface CardPlacement {
  left: number;
  top: number;
  /** Whether the card sits above the word (its arrow, if any, points down). */
  above: boolean;
}

/** Space kept between the word and the card, and between the card and the viewport's edges. */
export const CARD_GAP = 8;

/**
 * Viewport coordinates for a card of `card` size next to `anchor`. Below is preferred (the reader's
 * eye moves down); above when the card fits there but not below; otherwise whichever side has more
 * room. Horizontally it starts at the word and is clamped inside the viewport.
 */
export function placeCard(anchor: RectLike, card: Size, viewport: Size, gap = CARD_GAP): CardPlacement {
  const roomBelow = viewport.height - anchor.bottom - gap;
  const roomAbove = anchor.top - gap;
  const fitsBelow = roomBelow >= card.height + gap;
  const fitsAbove = roomAbove >= card.height + gap;
  const above = !fitsBelow && (fitsAbove || roomAbove > roomBelow);
  const top = above ? anchor.top - gap - card.height : anchor.bottom + gap;
  const maxLeft = Math.max(gap, viewport.width - card.width - gap);
  const left = Math.min(Math.max(anchor.left, gap), maxLeft);
  return { left, top, above };
}
