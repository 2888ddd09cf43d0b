/** The reader's archive as the background holds it: the store, and what recording into it needs. */
import { createHistoryStore } from '../../lib/history/store';
import type { HistoryStore } from '../../lib/history/types';
import { RecordingLimiter } from '../../lib/history/recording-limit';
import type { ArchiveServices } from '../../lib/messaging/history-requests';
import { historySettingsOf } from '../../lib/settings/history-settings';
import { loadSettings } from '../../lib/settings/store';
import { announceArchiveChange, sessionRecordingStore } from '../../lib/tabs/recording-store';

/** Opened once per background start; the store itself opens its database on first use. */
export function openHistoryStore(): HistoryStore {
  return createHistoryStore();
}

export const archiveServices: ArchiveServices = {
  settings: async () => historySettingsOf(await loadSettings()),
  outcomes: sessionRecordingStore,
  // One per background start: a restarted service worker counts afresh, which only loosens the cap for a minute.
  limiter: new RecordingLimiter(),
  changed: () => announceArchiveChange(),
  now: () => new Date(),
};
