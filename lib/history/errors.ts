/**
 * IndexedDB's and Dexie's errors, in words for the reader. Each says that nothing already kept was
 * lost, which holds because every write is one transaction: a failed one changes nothing.
 */
import { HistoryError } from './types';

export const QUOTA_MESSAGE =
  "Your browser has no room left for Backstory's history: delete older articles or everything in the options page. Nothing already kept was lost.";
export const BLOCKED_MESSAGE =
  "Backstory's history needs an update that another open Backstory page holds back: close Backstory's other pages (options, side panels) or restart the browser. Nothing already kept was lost.";
export const NEWER_MESSAGE =
  "Backstory's history was saved by a newer version of Backstory: update Backstory to open it. Nothing already kept was lost.";
export const UNAVAILABLE_MESSAGE =
  "Backstory's history cannot be opened in this browser profile (is its storage turned off or full?). Nothing already kept was lost.";

/** The error's name and the names of the errors it wraps (Dexie keeps the IndexedDB one as `inner`). */
function names(error: unknown): string[] {
  const found: string[] = [];
  for (let current = error; current instanceof Error || isDomException(current); current = (current as { inner?: unknown }).inner) {
    found.push((current as Error).name);
    if (found.length > 5) break;
  }
  return found;
}

// Node's and some test environments' DOMException is not an Error subclass.
const isDomException = (value: unknown): value is DOMException => typeof DOMException !== 'undefined' && value instanceof DOMException;

/** The HistoryError an archive operation's failure means, or the error itself when it is none of them. */
export function historyErrorOf(error: unknown): unknown {
  if (error instanceof HistoryError) return error;
  const chain = names(error);
  if (chain.includes('QuotaExceededError')) return new HistoryError('quota', QUOTA_MESSAGE);
  if (chain.includes('VersionError')) return new HistoryError('blocked', NEWER_MESSAGE);
  return error;
}

/** The HistoryError for a database that would not open. */
export function openErrorOf(error: unknown): HistoryError {
  const mapped = historyErrorOf(error);
  if (mapped instanceof HistoryError) return mapped;
  // The browser's own words stay with it, for the console.
  return Object.assign(new HistoryError('unavailable', UNAVAILABLE_MESSAGE), { cause: error });
}

export const blockedError = (): HistoryError => new HistoryError('blocked', BLOCKED_MESSAGE);
