/**
 * How many new articles the archive takes in a minute. A page can change its address in a loop
 * (`history.pushState`), each address a "new article": without a cap it could fill the reader's
 * history. A reader opens a few articles a minute; the caps sit well above that. The same article
 * again (a revisit, a live update) is not new and always passes. Pure: the clock comes in.
 */
export interface RecordingLimits {
  perTab: number;
  allTabs: number;
  windowMs: number;
}

export const RECORDING_LIMITS: RecordingLimits = { perTab: 6, allTabs: 60, windowMs: 60_000 };

interface Admitted {
  tabId: number;
  key: string;
  at: number;
}

export class RecordingLimiter {
  private admitted: Admitted[] = [];

  constructor(readonly limits: RecordingLimits = RECORDING_LIMITS) {}

  /** Whether tab `tabId` may record article `key` at `now` (ms); when yes, it counts. */
  admit(tabId: number, key: string, now: number): boolean {
    this.admitted = this.admitted.filter((entry) => now - entry.at < this.limits.windowMs);
    if (this.admitted.some((entry) => entry.tabId === tabId && entry.key === key)) return true;
    const ofTab = this.admitted.filter((entry) => entry.tabId === tabId).length;
    if (ofTab >= this.limits.perTab || this.admitted.length >= this.limits.allTabs) return false;
    this.admitted.push({ tabId, key, at: now });
    return true;
  }
}
