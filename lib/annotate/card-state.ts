/**
 * When the hover card opens and closes, following Wikipedia Page Previews: a short dwell before
 * opening (a pointer passing over a name must not flash a card), a grace period before closing (so
 * the pointer can cross the gap between the word and the card), Escape closes at once. The clock is
 * injected so every transition can be tested without a browser or real time.
 */

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** What the pointer is over: one mention of a person, with whatever the caller needs to place the card. */
export interface CardTarget {
  personKey: string;
}

export interface CardOptions {
  /** Hover time before the card opens. */
  dwellMs?: number;
  /** Time the pointer may spend off both the word and the card before the card closes. */
  closeMs?: number;
  /** Open only while a modifier key is held (for readers who find hover cards intrusive). */
  requireModifier?: boolean;
}

export const DEFAULT_DWELL_MS = 500;
export const DEFAULT_CLOSE_MS = 300;

type Pending = { kind: 'open'; target: CardTarget } | { kind: 'close' };

export class CardStateMachine<T extends CardTarget> {
  /** The card on screen, or null. */
  private shown: T | null = null;
  /** The mention under the pointer (after the modifier check), or null. */
  private hovered: T | null = null;
  private overCard = false;
  /** Escape dismissed this person's card: it stays closed until the pointer leaves their mention. */
  private dismissedKey: string | null = null;
  private pending: Pending | null = null;
  private timer: unknown = null;
  private dwellMs = DEFAULT_DWELL_MS;
  private closeMs = DEFAULT_CLOSE_MS;
  private requireModifier = false;

  constructor(
    private readonly timers: Timers,
    /** Called whenever the card to show changes (null: hide it). */
    private readonly onChange: (target: T | null) => void,
    options: CardOptions = {},
  ) {
    this.configure(options);
  }

  /** New timing or modifier rule (the reader changed a setting): it applies from the next hover on. */
  configure(options: CardOptions): void {
    this.dwellMs = options.dwellMs ?? DEFAULT_DWELL_MS;
    this.closeMs = options.closeMs ?? DEFAULT_CLOSE_MS;
    this.requireModifier = options.requireModifier ?? false;
  }

  get current(): T | null {
    return this.shown;
  }

  /** The pointer is now over `target` (a mention), or over no mention. */
  hoverMention(target: T | null, modifierHeld = false): void {
    const keepsShownCard = target !== null && target.personKey === this.shown?.personKey;
    this.hovered = this.requireModifier && !modifierHeld && !keepsShownCard ? null : target;
    if (this.dismissedKey !== null && this.hovered?.personKey !== this.dismissedKey) this.dismissedKey = null;
    this.reconcile();
  }

  /** The pointer entered or left the card itself. */
  hoverCard(inside: boolean): void {
    this.overCard = inside;
    this.reconcile();
  }

  /** Escape: close now, and do not reopen while the pointer stays on the same mention. */
  dismiss(): void {
    this.dismissedKey = this.hovered?.personKey ?? null;
    this.overCard = false;
    this.cancel();
    this.show(null);
  }

  /** Decides from where the pointer is what should happen next; idempotent, so any event may call it. */
  private reconcile(): void {
    const wanted = this.hovered && this.hovered.personKey !== this.dismissedKey ? this.hovered : null;
    if (wanted && wanted.personKey !== this.shown?.personKey) {
      this.schedule({ kind: 'open', target: wanted }, this.dwellMs);
    } else if (this.shown && !wanted && !this.overCard) {
      this.schedule({ kind: 'close' }, this.closeMs);
    } else {
      this.cancel();
    }
  }

  /** Keeps a timer already running for the same outcome, so moving within a word does not restart the dwell. */
  private schedule(next: Pending, ms: number): void {
    if (this.pending && samePending(this.pending, next)) return;
    this.cancel();
    this.pending = next;
    const timer = this.timers.setTimeout(() => {
      // A cleared timer may still fire in some environments; only the latest one may act.
      if (this.timer !== timer) return;
      this.timer = null;
      this.pending = null;
      this.show(next.kind === 'open' ? (this.hovered ?? null) : null);
    }, ms);
    this.timer = timer;
  }

  private cancel(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
  }

  private show(target: T | null): void {
    if (target === this.shown) return;
    this.shown = target;
    this.onChange(target);
  }
}

function samePending(a: Pending, b: Pending): boolean {
  if (a.kind === 'close' || b.kind === 'close') return a.kind === b.kind;
  return a.target.personKey === b.target.personKey;
}
