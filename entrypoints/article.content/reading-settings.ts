/**
 * Applies the reader's settings to an analyzed article, and again whenever they change (the options
 * page saves at once): underlines drawn or taken away, the hover card's delay and key. Hit-testing
 * does not depend on the underlines, so without them hovering a name still opens its card.
 */
import type { ReaderSettings } from '../../lib/settings/reader-settings';
import { watchSettings } from '../../lib/settings/store';
import type { HoverCardControl } from './hover';
import type { Lifetime } from './lifetime';

export interface ReadingFeatures {
  /** Draws the underlines and returns what takes them away. */
  drawUnderlines(): () => void;
  hoverCard: HoverCardControl;
}

export function applyReadingSettings(ctx: Lifetime, settings: ReaderSettings, features: ReadingFeatures): void {
  let removeUnderlines: (() => void) | null = null;
  const apply = (next: ReaderSettings) => {
    if (next.underline && !removeUnderlines) removeUnderlines = features.drawUnderlines();
    if (!next.underline && removeUnderlines) {
      removeUnderlines();
      removeUnderlines = null;
    }
    features.hoverCard.configure(next);
  };
  apply(settings);
  ctx.onInvalidated(() => removeUnderlines?.());
  ctx.onInvalidated(watchSettings(apply));
}
