/**
 * The reader's settings in `storage.local` (kept on this device only, never synced): one versioned
 * item holding the whole settings object, so a later change of shape is one numbered migration.
 * Every read goes through parseSettings, so a bad stored value never reaches the caller.
 */
import { storage } from 'wxt/utils/storage';
import { mergeSettings, parseSettings, siteSwitch, type ReaderSettings } from './reader-settings';

const settingsItem = storage.defineItem<unknown>('local:settings', { version: 1 });

export async function loadSettings(): Promise<ReaderSettings> {
  return parseSettings(await settingsItem.getValue());
}

/** This context's writes, one after another: two quick changes must not each start from the same old value. */
let writes: Promise<unknown> = Promise.resolve();

/**
 * Applies the change `update` computes from the stored settings, and returns the result; rejects
 * a bad value (see mergeSettings). The change is computed inside the queue, from the latest value.
 */
export function updateSettings(update: (current: ReaderSettings) => Partial<ReaderSettings>): Promise<ReaderSettings> {
  const saved = writes.then(async () => {
    const current = await loadSettings();
    const next = mergeSettings(current, update(current));
    await settingsItem.setValue(next);
    return next;
  });
  writes = saved.catch(() => undefined);
  return saved;
}

export const saveSettings = (change: Partial<ReaderSettings>): Promise<ReaderSettings> => updateSettings(() => change);

/** Switches one listed site on or off. */
export const switchListedSite = (site: string, enabled: boolean): Promise<ReaderSettings> =>
  updateSettings((current) => siteSwitch(current, site, enabled));

/** Calls `onChange` with the new and the previous settings whenever any context saves them; returns the unwatch. */
export function watchSettings(onChange: (settings: ReaderSettings, previous: ReaderSettings) => void): () => void {
  return settingsItem.watch((next, previous) => onChange(parseSettings(next), parseSettings(previous)));
}
