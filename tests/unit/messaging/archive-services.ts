/** What recording needs around the archive, for the tests of the background's handler: the archive itself is the real store (tests/unit/history/fake-archive.ts). */
import type { HistorySettings } from '../../../lib/history/types';
import { RecordingLimiter } from '../../../lib/history/recording-limit';
import type { ArchiveServices } from '../../../lib/messaging/history-requests';
import type { RecordingOutcome } from '../../../lib/messaging/protocol';

/** Settings the test may change, outcomes per tab in memory, a count of the change notices, and a fixed clock. */
export function memoryArchive(settings: HistorySettings = { paused: false, excludedSites: [] }) {
  const outcomes = new Map<number, RecordingOutcome>();
  const archive = {
    settings: async () => structuredClone(settings),
    outcomes: {
      save: async (tabId: number, outcome: RecordingOutcome) => void outcomes.set(tabId, outcome),
      load: async (tabId: number) => outcomes.get(tabId) ?? null,
    },
    limiter: new RecordingLimiter(),
    /** How many times the pages were told the archive changed. */
    changes: 0,
    changed: async () => void archive.changes++,
    now: () => new Date('2024-03-12T09:00:00.000Z'),
  } satisfies ArchiveServices & { changes: number };
  return { archive, outcomes, settings };
}
