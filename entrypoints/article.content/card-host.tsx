/**
 * The page's one piece of Backstory UI: a single host element, added on the first card (the page's
 * DOM stays untouched until the reader hovers a name), with a CLOSED shadow root so the page's
 * scripts and styles cannot reach the card and the card's styles cannot leak out.
 */
import { render } from 'preact';
import { HoverCard, type PanelLink } from '../../components/HoverCard';
import cardCss from '../../components/HoverCard.css?inline';
import { placeCard, type CardPlacement } from '../../lib/annotate/card-position';
import type { RectLike } from '../../lib/annotate/hit-test';
import { pageDom, UI_HOST_ATTRIBUTE } from '../../lib/dom';
import type { Person } from '../../lib/types';

/** How this browser lets the card reach the side panel (see panel-access.ts). */
export type PanelAccess =
  | { kind: 'click'; open(personKey: string): Promise<void> }
  | { kind: 'shortcut'; keys(): string | null };

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
  // The page's images and forms may shadow any property of its document.
  const dom = pageDom(doc);
  const host = dom.createElement(doc, 'backstory-card');
  // The mention finder skips our own UI.
  host.setAttribute(UI_HOST_ATTRIBUTE, '');
  const root = host.attachShadow({ mode: 'closed' });
  const style = dom.createElement(doc, 'style');
  style.textContent = cardCss;
  const container = dom.createElement(doc, 'div');
  root.append(style, container);
  (dom.body(doc) ?? dom.documentElement(doc))?.append(host);
  return { host, root, container };
}

function viewportOf(doc: Document) {
  const view = pageDom(doc).documentElement(doc);
  return { width: view?.clientWidth ?? 0, height: view?.clientHeight ?? 0 };
}

/** Said in the card when the panel did not open, with the way that always works (the browser's words go to the console). */
const OPEN_PROBLEM = 'The side panel did not open. Use the Backstory button in the toolbar.';

export function createCardHost(doc: Document, access: PanelAccess): CardHost {
  let mounted: Mounted | null = null;
  /** The card on screen, so a failed opening can be told in it. */
  let shown: { person: Person; placement: CardPlacement | null; sheet: boolean; problem: string | null } | null = null;

  const panelLink = (person: Person): PanelLink => {
    if (access.kind === 'shortcut') return { kind: 'shortcut', keys: access.keys() };
    const onOpen = () => {
      // Called inside the click: Chrome lets its user gesture open the panel from the background.
      access.open(person.key).catch((error: unknown) => {
        console.warn('Backstory: the side panel did not open', error);
        if (shown?.person !== person) return;
        shown.problem = OPEN_PROBLEM;
        draw();
      });
    };
    return { kind: 'button', onOpen, problem: shown?.problem ?? null };
  };

  const draw = () => {
    if (!mounted || !shown) return;
    const { person, placement, sheet } = shown;
    render(<HoverCard person={person} placement={placement} sheet={sheet} panel={panelLink(person)} />, mounted.container);
  };

  return {
    show(person, anchor) {
      mounted ??= mount(doc);
      shown = { person, placement: null, sheet: !anchor, problem: null };
      draw();
      if (!anchor) return;
      // Rendered hidden first: its height depends on the text, and placing it needs that height.
      const card = mounted.root.querySelector('.card');
      const size = card ? card.getBoundingClientRect() : { width: 320, height: 160 };
      shown.placement = placeCard(anchor, { width: size.width, height: size.height }, viewportOf(doc));
      draw();
    },
    hide() {
      shown = null;
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
      shown = null;
    },
  };
}
