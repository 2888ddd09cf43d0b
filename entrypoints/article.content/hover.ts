/**
 * Wires the hover card to the live page: one delegated pointer listener on the document (mentions
 * are Ranges, not elements, so there is nothing else to listen on), hit-tested at most once per
 * animation frame, plus Escape and touch taps. Everything is registered through the content-script
 * context, so an extension update or reload leaves no listener or element behind.
 */
import { CardStateMachine, type CardTarget } from '../../lib/annotate/card-state';
import { personAtPoint, type RectLike } from '../../lib/annotate/hit-test';
import { cardOptions, modifierHeld, type HoverSettings } from '../../lib/annotate/hover-settings';
import type { Mention } from '../../lib/annotate/mentions';
import type { Person } from '../../lib/types';
import { createCardHost } from './card-host';
import type { Lifetime } from './lifetime';
import { cardPanelAccess } from './panel-access';

interface HoverTarget extends CardTarget {
  /** The box of the hovered word: the card is placed against it. */
  anchor: RectLike;
}

interface Point {
  x: number;
  y: number;
  modifier: boolean;
}

/** The mention under a point with the box that was hit (a wrapped name has several boxes). */
function targetAt(mentions: readonly Mention[], x: number, y: number): HoverTarget | null {
  let lastRect: RectLike | null = null;
  // personAtPoint stops at the first box containing the point, so the last box it read is the hit.
  const personKey = personAtPoint(mentions, x, y, function* (range) {
    for (const rect of range.getClientRects()) {
      lastRect = rect;
      yield rect;
    }
  });
  return personKey !== null && lastRect ? { personKey, anchor: lastRect } : null;
}

export interface HoverCardControl {
  /** Applies the reader's new hover settings from the next hover on. */
  configure(settings: HoverSettings): void;
}

export function wireHoverCard(ctx: Lifetime, mentions: readonly Mention[], people: readonly Person[]): HoverCardControl {
  const byKey = new Map(people.map((person) => [person.key, person]));
  const host = createCardHost(document, cardPanelAccess());
  const timers = { setTimeout: (callback: () => void, ms: number) => ctx.setTimeout(callback, ms), clearTimeout: (handle: unknown) => clearTimeout(handle as number) };
  const card = new CardStateMachine<HoverTarget>(timers, (target) => {
    const person = target && byKey.get(target.personKey);
    if (target && person) host.show(person, target.anchor);
    else host.hide();
  });
  ctx.onInvalidated(() => host.remove());
  let modifier: HoverSettings['hoverModifier'] = 'none';

  let latest: Point | null = null;
  let frameRequested = false;
  const testLatestPoint = () => {
    frameRequested = false;
    if (!latest) return;
    card.hoverMention(targetAt(mentions, latest.x, latest.y), latest.modifier);
  };

  ctx.addEventListener(document, 'pointermove', (event: PointerEvent) => {
    if (event.pointerType === 'touch') return;
    if (host.isCard(event.target)) {
      latest = null;
      card.hoverCard(true);
      return;
    }
    card.hoverCard(false);
    latest = { x: event.clientX, y: event.clientY, modifier: modifierHeld(event, modifier) };
    if (!frameRequested) {
      frameRequested = true;
      ctx.requestAnimationFrame(testLatestPoint);
    }
  }, { passive: true });

  // A tap has no hover: it opens the card at once, as a bottom sheet; a tap elsewhere closes it.
  ctx.addEventListener(document, 'pointerup', (event: PointerEvent) => {
    if (event.pointerType !== 'touch' || host.isCard(event.target)) return;
    const target = targetAt(mentions, event.clientX, event.clientY);
    const person = target && byKey.get(target.personKey);
    card.dismiss();
    if (person) host.show(person, null);
    else host.hide();
  }, { passive: true });

  ctx.addEventListener(document, 'keydown', (event: KeyboardEvent) => {
    // Pressing the chosen key while the pointer already rests on a name opens its card.
    if (event.key === modifier && latest) card.hoverMention(targetAt(mentions, latest.x, latest.y), true);
    if (event.key !== 'Escape') return;
    card.dismiss();
    host.hide();
  });

  // The card is placed against the word's box at opening time: once the page scrolls it would float away.
  ctx.addEventListener(window, 'scroll', () => {
    if (card.current) card.dismiss();
  }, { passive: true, capture: true });

  return {
    configure(settings) {
      modifier = settings.hoverModifier;
      card.configure(cardOptions(settings));
    },
  };
}
