/**
 * The page's one piece of Backstory UI: a single host element, added on the first card (the page's
 * DOM stays untouched until the reader hovers a name), with a CLOSED shadow root so the page's
 * scripts and styles cannot reach the card and the card's styles cannot leak out.
 */
import { render } from 'preact';
import { HoverCard } from '../../components/HoverCard';
import cardCss from '../../components/HoverCard.css?inline';
import { placeCard } from '../../lib/annotate/card-position';
import type { RectLike } from '../../lib/annotate/hit-test';
import { UI_HOST_ATTRIBUTE } from '../../lib/dom';
import type { Person } from '../../lib/types';

export interface CardHost {
  /** Shows `person`'s card next to `anchor`, or as a bottom sheet when `anchor` is null. */
  show(person: Person, anchor: RectLike | null): void;
  hide(): void;
  /** Whether an event's (retargeted) target is the card: events from inside a closed root point at the host. */
  isCard(target: EventTarget | null): boolean;
  /** Takes the host out of the page (on invalidation). */
  remove(): void;
}

interface Mounted {
  host: HTMLElement;
  root: ShadowRoot;
  container: HTMLElement;
}

function mount(doc: Document): Mounted {
  const host = doc.createElement('backstory-card');
  // The mention finder skips our own UI.
  host.setAttribute(UI_HOST_ATTRIBUTE, '');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = cardCss;
  const container = doc.createElement('div');
  root.append(style, container);
  (doc.body ?? doc.documentElement).append(host);
  return { host, root, container };
}

function viewportOf(doc: Document) {
  const view = doc.documentElement;
  return { width: view.clientWidth, height: view.clientHeight };
}

export function createCardHost(doc: Document): CardHost {
  let mounted: Mounted | null = null;
  return {
    show(person, anchor) {
      mounted ??= mount(doc);
      const { root, container } = mounted;
      if (!anchor) {
        render(<HoverCard person={person} placement={null} sheet />, container);
        return;
      }
      // Rendered hidden first: its height depends on the text, and placing it needs that height.
      render(<HoverCard person={person} placement={null} />, container);
      const card = root.querySelector('.card');
      const size = card ? card.getBoundingClientRect() : { width: 320, height: 160 };
      const placement = placeCard(anchor, { width: size.width, height: size.height }, viewportOf(doc));
      render(<HoverCard person={person} placement={placement} />, container);
    },
    hide() {
      if (mounted) render(null, mounted.container);
    },
    isCard(target) {
      return mounted !== null && target === mounted.host;
    },
    remove() {
      if (!mounted) return;
      render(null, mounted.container);
      mounted.host.remove();
      mounted = null;
    },
  };
}
