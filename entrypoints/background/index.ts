import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleRequest } from '../../lib/messaging/handler';
import { sessionAnalysisStore } from '../../lib/tabs/analysis-store';
import { sessionRecordingStore } from '../../lib/tabs/recording-store';
import { archiveServices, openHistoryStore } from './history';
import { showContextMenuOn, sidePanelControl, wireNavigation } from './navigation';
import { openOnboardingOnInstall } from './onboarding';
import { createPageReader } from './page-reader';
import { keepContentScriptRegistered } from './sites';
import { openPanelAndEnableFromToolbar } from './toolbar';

export default defineBackground(() => {
  // An extension page is no content script even when it fills a tab (the panel pinned as a tab, in e2e or by the reader).
  const ownPages = browser.runtime.getURL('/');
  const readPage = createPageReader();
  const history = openHistoryStore();
  browser.runtime.onMessage.addListener((message, sender) =>
    handleRequest(
      message,
      {
        tabId: sender.url?.startsWith(ownPages) ? null : (sender.tab?.id ?? null),
        fromThisExtension: sender.id === browser.runtime.id,
        incognito: sender.tab?.incognito ?? false,
      },
      { store: sessionAnalysisStore, readPage, panel: sidePanelControl, history, archive: archiveServices },
    ),
  );
  browser.tabs.onRemoved.addListener((tabId) => void sessionAnalysisStore.forget(tabId));
  browser.tabs.onRemoved.addListener((tabId) => void sessionRecordingStore.forget(tabId));
  wireNavigation();
  openPanelAndEnableFromToolbar();
  keepContentScriptRegistered(undefined, (scope) => showContextMenuOn(scope?.matches ?? []));
  openOnboardingOnInstall();
});
