/**
 * One reading of the page: its listeners, timers and highlights end together when the page is
 * read again (a single-page-app navigation, a live update) or the content script goes away.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** What the content script's parts need to clean up after themselves: the context itself, or one reading. */
export type Lifetime = Pick<
  ContentScriptContext,
  'signal' | 'isInvalid' | 'onInvalidated' | 'addEventListener' | 'setTimeout' | 'requestAnimationFrame' | 'requestIdleCallback'
>;

export class ReadingLifetime implements Lifetime {
  private readonly controller = new AbortController();
  private readonly cleanups = new Set<() => void>();

  constructor(parent: Lifetime) {
    const stopFollowingParent = parent.onInvalidated(() => this.end());
    this.cleanups.add(stopFollowingParent);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get isInvalid(): boolean {
    return this.signal.aborted;
  }

  /** Ends this reading: listeners come off, timers stop, cleanups run once. */
  end(): void {
    if (this.isInvalid) return;
    this.controller.abort('The page is being read again');
    for (const cleanup of this.cleanups) cleanup();
    this.cleanups.clear();
  }

  onInvalidated(cleanup: () => void): () => void {
    if (this.isInvalid) {
      cleanup();
      return () => undefined;
    }
    this.cleanups.add(cleanup);
    return () => void this.cleanups.delete(cleanup);
  }

  addEventListener(target: EventTarget, type: string, handler: (event: never) => void, options?: AddEventListenerOptions): void {
    // The prototype's method: an image named "addEventListener" shadows the page document's own.
    Reflect.apply(EventTarget.prototype.addEventListener, target, [type, handler as EventListener, { ...options, signal: this.signal }]);
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = window.setTimeout(() => {
      cancel();
      handler();
    }, timeout);
    const cancel = this.onInvalidated(() => window.clearTimeout(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = window.requestAnimationFrame((time) => {
      cancel();
      callback(time);
    });
    const cancel = this.onInvalidated(() => window.cancelAnimationFrame(id));
    return id;
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = window.requestIdleCallback((deadline) => {
      cancel();
      callback(deadline);
    }, options);
    const cancel = this.onInvalidated(() => window.cancelIdleCallback(id));
    return id;
  }
}
