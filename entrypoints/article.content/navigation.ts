/**
 * Moves the page to a person's mentions when asked: by the side panel (a person's button), the
 * keyboard shortcut (through the background) and the context menu (which person the pointer was
 * on). The page's DOM is never changed: the mention is scrolled to and flashed with a CSS highlight.
 */
import { browser, type Browser } from 'wxt/browser';
import type { Lifetime } from './lifetime';
import { FLASH_HIGHLIGHT, registerHighlights } from '../../lib/annotate/highlights';
import { personAtPoint } from '../../lib/annotate/hit-test';
import type { Mention } from '../../lib/annotate/mentions';
import { createMentionNavigator, FLASH_MS } from '../../lib/annotate/navigation';
import { handleContentRequest } from '../../lib/messaging/content-handler';
import type { Person } from '../../lib/types';

/**
 * Centres the range in the window. An element that fits scrolls itself into view, which also
 * scrolls any scrolling box it sits in; a taller one (a long paragraph) could leave the name off
 * screen, so the window is scrolled by the name's own box instead.
 */
function scrollToCentre(range: Range, behavior: ScrollBehavior): void {
  const element = range.startContainer.parentElement;
  if (element && element.getBoundingClientRect().height <= window.innerHeight * 0.8) {
    element.scrollIntoView({ block: 'center', inline: 'nearest', behavior });
    return;
  }
  const box = range.getBoundingClientRect();
  window.scrollBy({ top: box.top + box.height / 2 - window.innerHeight / 2, behavior });
}

export function wireNavigation(ctx: Lifetime, mentions: readonly Mention[], people: readonly Person[]): void {
  let clearFlash = () => {};
  ctx.onInvalidated(() => clearFlash());
  const flash = (range: Range) => {
    clearFlash();
    const unregister = registerHighlights(globalThis.CSS, new Map([[FLASH_HIGHLIGHT, [range]]]));
    const timer = ctx.setTimeout(unregister, FLASH_MS);
    clearFlash = () => {
      clearTimeout(timer);
      unregister();
    };
  };

  const navigator = createMentionNavigator(mentions, people, {
    boxOf: (range) => (range.getClientRects().length > 0 ? range.getBoundingClientRect() : null),
    viewportHeight: () => window.innerHeight,
    now: () => performance.now(),
    reveal(range) {
      scrollToCentre(range, matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth');
      flash(range);
    },
  });

  // Read once per right-click, when the menu opens: the menu item asks for it after the click.
  let contextMenuPerson: string | null = null;
  ctx.addEventListener(document, 'contextmenu', (event: MouseEvent) => {
    contextMenuPerson = personAtPoint(mentions, event.clientX, event.clientY);
  }, { capture: true, passive: true });

  const listener = (message: unknown, sender: Browser.runtime.MessageSender) =>
    Promise.resolve(handleContentRequest(message, sender.id === browser.runtime.id, { navigator, contextMenuPerson: () => contextMenuPerson }));
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
