import { storage } from 'wxt/utils/storage';
import { focusStorageKey } from './keys';

/**
 * The person the side panel should bring forward for a tab (asked for from the page's context menu
 * or the hover card), kept in session storage until the panel picks it up: the panel may still be
 * loading when the request is made, and it learns of later ones from storage change events.
 */
export interface FocusRequest {
  personKey: string;
  /** When it was asked for (ms since the epoch): makes every request a change, and lets a stale one be dropped. */
  at: number;
}

/** A request the panel has not picked up by then was for a panel that did not open; showing it later would surprise. */
export const FOCUS_REQUEST_TTL_MS = 60_000;

const key = (tabId: number) => `session:${focusStorageKey(tabId)}` as const;

function isFocusRequest(value: unknown): value is FocusRequest {
  if (typeof value !== 'object' || value === null) return false;
  const { personKey, at } = value as Record<string, unknown>;
  return typeof personKey === 'string' && typeof at === 'number';
}

export const sessionFocusStore = {
  request: (tabId: number, personKey: string, now: number = Date.now()): Promise<void> =>
    storage.setItem<FocusRequest>(key(tabId), { personKey, at: now }),

  /** The person to focus for the tab, or null; removes the request so it is acted on once. */
  async take(tabId: number, now: number = Date.now()): Promise<string | null> {
    const stored = await storage.getItem<unknown>(key(tabId));
    if (stored === null) return null;
    await storage.removeItem(key(tabId));
    return isFocusRequest(stored) && now - stored.at <= FOCUS_REQUEST_TTL_MS ? stored.personKey : null;
  },

  forget: (tabId: number): Promise<void> => storage.removeItem(key(tabId)),
};
