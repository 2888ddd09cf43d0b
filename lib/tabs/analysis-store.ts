import { storage } from 'wxt/utils/storage';
import type { AnalysisStore } from '../messaging/handler';
import type { Analysis } from '../types';
import { analysisStorageKey } from './keys';

/**
 * Each tab's analysis in session storage: it survives the background being stopped and restarted
 * (MV3 service workers are), and is gone when the browser closes. Nothing is written to disk.
 */
const key = (tabId: number) => `session:${analysisStorageKey(tabId)}` as const;

export const sessionAnalysisStore: AnalysisStore & { forget(tabId: number): Promise<void> } = {
  save: (tabId, analysis) => storage.setItem<Analysis>(key(tabId), analysis),
  load: (tabId) => storage.getItem<Analysis>(key(tabId)),
  forget: (tabId) => storage.removeItem(key(tabId)),
};
