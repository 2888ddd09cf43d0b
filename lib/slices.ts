/**
 * Long work on the page's main thread, cut into slices: the work is a generator that yields
 * between small units, and runs until a slice's time is up, then gives the page its thread back.
 */

export interface Slicing {
  /** Resolves when the page has had its turn (idle callback, timeout...). */
  yieldToPage: () => Promise<void>;
  now: () => number;
  /** How long one slice may run. */
  sliceMs?: number;
  /** Stops the work between slices, e.g. when the content script is torn down. */
  signal?: AbortSignal;
}

/** Short enough that a slice and the page's own work in the same frame stay well under a long task (50 ms). */
const DEFAULT_SLICE_MS = 5;

/** Runs `work` to its end in slices; `unitsPerClockRead` spares the clock on tiny units. */
export async function runInSlices<T>(work: Generator<void, T>, slicing: Slicing, unitsPerClockRead = 1): Promise<T> {
  const sliceMs = slicing.sliceMs ?? DEFAULT_SLICE_MS;
  let sliceStart = slicing.now();
  let units = 0;
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
    if (++units < unitsPerClockRead) continue;
    units = 0;
    if (slicing.now() - sliceStart < sliceMs) continue;
    await slicing.yieldToPage();
    slicing.signal?.throwIfAborted();
    sliceStart = slicing.now();
  }
}

/** Runs `work` to its end at once, where there is no page to give way to (tests, the command line). */
export function runToEnd<T>(work: Generator<void, T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}
