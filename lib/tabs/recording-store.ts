import { storage } from 'wxt/utils/storage';
import type { RecordingOutcomeStore } from '../messaging/history-requests';
import type { RecordingOutcome } from '../messaging/protocol';
import { ARCHIVE_CHANGED_KEY, recordingStorageKey } from './keys';

/**
 * What became of recording each tab's article (kept, paused, failed…), in session storage beside
 * the tab's analysis and gone with it, so the side panel can say it.
 */
const key = (tabId: number) => `session:${recordingStorageKey(tabId)}` as const;

const OUTCOME_KINDS: readonly string[] = ['recorded', 'paused', 'private-window', 'excluded', 'too-many', 'failed'] satisfies RecordingOutcome['kind'][];

function isRecordingOutcome(value: unknown): value is RecordingOutcome {
  return typeof value === 'object' && value !== null && OUTCOME_KINDS.includes((value as { kind?: unknown }).kind as string);
}

export const sessionRecordingStore: RecordingOutcomeStore & { forget(tabId: number): Promise<void> } = {
  save: (tabId, outcome) => storage.setItem<RecordingOutcome>(key(tabId), outcome),
  load: async (tabId) => {
    const stored = await storage.getItem<unknown>(key(tabId));
    return isRecordingOutcome(stored) ? stored : null;
  },
  forget: (tabId) => storage.removeItem(key(tabId)),
};

let changes = 0;

/** Marks the archive as changed: IndexedDB tells no other context, storage change events do. */
export const announceArchiveChange = (now: number = Date.now()): Promise<void> =>
  // The count makes two changes within one millisecond two changes (an equal value raises no event).
  storage.setItem<string>(`session:${ARCHIVE_CHANGED_KEY}`, `${now}-${++changes}`);
