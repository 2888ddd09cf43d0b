/**
 * IndexedDB's and Dexie's errors, in words for the reader. Each says that nothing already kept was
 * lost, which holds because every write is one transaction: a failed one changes nothing.
 */
import { HistoryError } from './types';

export const QUOTA_MESSAGE =
  "Your browser has no room left for Backstory's history: forget some articles in the side panel, or delete the older ones or everything in the options page. Nothing already kept was lost.";
export const BLOCKED_MESSAGE =
  "Backstory's history needs an update that another open Backstory page holds back: close Backstory's other pages (options, side panels) or restart the browser. Nothing already kept was lost.";
export const UNAVAILABLE_MESSAGE =
  "Backstory's history cannot be opened in this browser profile (is its storage turned off or full?). Nothing already kept was lost.";

/** Whether the error is, or wraps, one named `name` (Dexie keeps the IndexedDB error as `inner`). */
function isOrWraps(error: unknown, name: string, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  return (error as { name?: unknown }).name === name || isOrWraps((error as { inner?: unknown }).inner, name, depth + 1);
}

/**
 * The HistoryError an archive operation's failure means, or the error itself when it is none of
 * them. No VersionError: Dexie 4 opens a database a newer Backstory left at that version, adding
 * what this version's schema lacks (tested in failures.test.ts).
 */
export function historyErrorOf(error: unknown): unknown {
  if (error instanceof HistoryError) return error;
  if (isOrWraps(error, 'QuotaExceededError')) return new HistoryError('quota', QUOTA_MESSAGE);
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
