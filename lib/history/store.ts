/**
 * PLACEHOLDER, replaced at merge by the real IndexedDB store (branch history-core). It exists only so
 * this branch type-checks and builds: every call fails with HistoryError('unavailable').
 */
import { HistoryError, type HistoryStore } from './types';

const unavailable = (): Promise<never> => Promise.reject(new HistoryError('unavailable', 'Your history is not available in this build of Backstory.'));

export function createHistoryStore(): HistoryStore {
  return {
    record: unavailable,
    get: unavailable,
    coverage: unavailable,
    related: unavailable,
    deleteArticle: unavailable,
    deleteAll: unavailable,
    correct: unavailable,
    exportAll: unavailable,
    importAll: unavailable,
    count: unavailable,
  };
}
