/**
 * Hover and "next mention" over mentions that exist only as Ranges: the page has no wrapper
 * elements to attach listeners to, so the pointer is tested against the ranges' boxes.
 */
import type { Mention } from './mentions';

export interface RectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The boxes a range occupies on screen; injected because jsdom has no layout. */
export type RectsOf = (range: Range) => Iterable<RectLike>;

const clientRects: RectsOf = (range) => range.getClientRects();

function contains(rect: RectLike, x: number, y: number): boolean {
  return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
}

/**
 * The person mentioned under the viewport point (x, y), or null. Reads layout once per mention, so
 * callers should test at most once per animation frame.
 */
export function personAtPoint(
  mentions: readonly Mention[],
  x: number,
  y: number,
  rectsOf: RectsOf = clientRects,
): string | null {
  for (const mention of mentions) {
    for (const rect of rectsOf(mention.range)) {
      if (contains(rect, x, y)) return mention.personKey;
    }
  }
  return null;
}

/** Negative when `a` starts before `b` in document order. */
function compareStarts(a: Range, b: Range): number {
  return a.compareBoundaryPoints(a.START_TO_START, b);
}

/**
 * The person's first mention that starts after `after` starts, wrapping round to their first
 * mention; with no `after`, their first mention. A null `personKey` means anyone's mention. Null
 * when there is no such mention. Mentions may come in any order.
 */
export function nextMention(mentions: readonly Mention[], personKey: string | null, after?: Range | null): Mention | null {
  let first: Mention | null = null;
  let next: Mention | null = null;
  for (const mention of mentions) {
    if (personKey !== null && mention.personKey !== personKey) continue;
    if (!first || compareStarts(mention.range, first.range) < 0) first = mention;
    if (after && compareStarts(mention.range, after) > 0 && (!next || compareStarts(mention.range, next.range) < 0)) {
      next = mention;
    }
  }
  return next ?? first;
}
