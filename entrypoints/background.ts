import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleRequest } from '../lib/messaging/handler';
import { sessionAnalysisStore } from '../lib/tabs/analysis-store';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) =>
    handleRequest(message, { tabId: sender.tab?.id ?? null, fromThisExtension: sender.id === browser.runtime.id }, sessionAnalysisStore),
  );
  browser.tabs.onRemoved.addListener((tabId) => void sessionAnalysisStore.forget(tabId));
});
