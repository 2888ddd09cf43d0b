/**
 * When to read the page again: after a single-page-app navigation (the address changes without a
 * load) once the new content has settled, after the article's own text changes (a live blog, a
 * correction), at most so often, and when a page that was not an article yet gets text by script
 * (an app that renders its story after the load), a few times. Pure: timers and the clock come in
 * from the content script.
 */
import { ELEMENT_NODE, pageDom, UI_HOST_ATTRIBUTE } from '../dom';

export type PageChange = 'navigation' | 'update' | 'content';

export interface ChangeClock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export interface ChangeTiming {
  /** The page must be this quiet before it is read again: a navigation renders in bursts. */
  quietMs: number;
  /** A page that never goes quiet (tickers, ads) is read this long after the change anyway. */
  maxWaitMs: number;
  /** Article updates are read again at most this often; a live blog may change every second. */
  updateIntervalMs: number;
  /**
   * How many times a page that is not an article is checked again as text arrives (per address):
   * an app renders its story once, while a front page that keeps adding teasers never becomes one.
   */
  contentRechecks: number;
  /** Text (characters) the page must gain in one go to be checked again: a story, not a ticker or an ad. */
  contentChars: number;
}

export const CHANGE_TIMING: ChangeTiming = { quietMs: 800, maxWaitMs: 5000, updateIntervalMs: 10_000, contentRechecks: 3, contentChars: 600 };

export class PageChangeWatcher {
  private pending: PageChange | null = null;
  private firstChangeAt = 0;
  private lastReadAt: number;
  private timer: unknown = null;
  private rechecksLeft: number;

  constructor(
    private readonly clock: ChangeClock,
    private readonly onChange: (change: PageChange) => void,
    private readonly timing: ChangeTiming = CHANGE_TIMING,
  ) {
    this.lastReadAt = clock.now();
    this.rechecksLeft = timing.contentRechecks;
  }

  /** The page's address changed (path or query; a new #fragment is the same page). */
  addressChanged(): void {
    if (this.pending === null) this.firstChangeAt = this.clock.now();
    this.pending = 'navigation';
    this.rechecksLeft = this.timing.contentRechecks;
    this.waitForQuiet();
  }

  /** Whether another check of a page that is not an article may come (so added text is worth measuring). */
  get awaitsContent(): boolean {
    return this.rechecksLeft > 0;
  }

  /**
   * A page that was not an article gained `chars` characters of text: once it settles it is
   * checked again, a few times at most per address.
   */
  contentAdded(chars: number): void {
    if (this.settling) {
      this.waitForQuiet();
      return;
    }
    if (chars < this.timing.contentChars || this.rechecksLeft === 0) return;
    this.rechecksLeft -= 1;
    this.firstChangeAt = this.clock.now();
    this.pending = 'content';
    this.waitForQuiet();
  }

  /** The page's DOM changed; `inArticle` when the change touches the article that was read. */
  mutated(inArticle: boolean): void {
    if (this.settling) {
      this.waitForQuiet();
      return;
    }
    if (!inArticle) return;
    if (this.pending === null) this.firstChangeAt = this.clock.now();
    this.pending = 'update';
    this.waitForQuiet();
  }

  /** A new page or new content is rendering: every change pushes the reading back until it is quiet. */
  private get settling(): boolean {
    return this.pending === 'navigation' || this.pending === 'content';
  }

  stop(): void {
    this.clearTimer();
    this.pending = null;
  }

  private waitForQuiet(): void {
    const now = this.clock.now();
    const quietAt = now + this.timing.quietMs;
    const latest = this.firstChangeAt + this.timing.maxWaitMs;
    const earliest = this.pending === 'update' ? this.lastReadAt + this.timing.updateIntervalMs : now;
    this.schedule(Math.max(Math.min(quietAt, latest), earliest) - now);
  }

  private schedule(delayMs: number): void {
    this.clearTimer();
    this.timer = this.clock.setTimeout(() => this.fire(), Math.max(0, delayMs));
  }

  private fire(): void {
    this.timer = null;
    const change = this.pending;
    if (change === null) return;
    this.pending = null;
    this.lastReadAt = this.clock.now();
    this.onChange(change);
  }

  private clearTimer(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }
}

/** How much text `records` add to the page (elements and text nodes added; our own UI aside). */
export function addedText(records: readonly MutationRecord[]): number {
  let chars = 0;
  for (const record of records) {
    for (const node of record.addedNodes) if (!isOwnUi(node)) chars += pageDom(node).textContent(node).length;
  }
  return chars;
}

/** The part of an address that names the page: a new #fragment (a jump to a heading) is not a new page. */
export function pageAddress(href: string): string {
  const url = new URL(href);
  url.hash = '';
  return url.href;
}

// Nodes are the page's: a form among them may shadow any property of itself.
const isOwnUi = (node: Node): boolean => {
  const dom = pageDom(node);
  return dom.nodeType(node) === ELEMENT_NODE && dom.hasAttribute(node as Element, UI_HOST_ATTRIBUTE);
};

/**
 * Whether DOM changes touch the article read from `roots`: text or elements changed inside it, or
 * it left the page (replaced by the next article). Our own card host coming and going is not a change.
 */
export function touchesArticle(records: readonly MutationRecord[], roots: readonly Element[]): boolean {
  const [first] = roots;
  if (!first) return false;
  const dom = pageDom(first);
  if (roots.some((root) => !dom.isConnected(root))) return true;
  return records.some((record) => {
    if (record.type === 'childList' && [...record.addedNodes, ...record.removedNodes].every(isOwnUi)) return false;
    return roots.some((root) => dom.contains(root, record.target));
  });
}
