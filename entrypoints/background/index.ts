import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleRequest } from '../../lib/messaging/handler';
import { sessionAnalysisStore } from '../../lib/tabs/analysis-store';
import { sidePanelControl, wireNavigation } from './navigation';
import { createPageReader } from './page-reader';

export default defineBackground(() => {
  // An extension page is no content script even when it fills a tab (the panel pinned as a tab, in e2e or by the reader).
  const ownPages = browser.runtime.getURL('/');
  const readPage = createPageReader();
  browser.runtime.onMessage.addListener((message, sender) =>
    handleRequest(
      message,
      { tabId: sender.url?.startsWith(ownPages) ? null : (sender.tab?.id ?? null), fromThisExtension: sender.id === browser.runtime.id },
      { store: sessionAnalysisStore, readPage, panel: sidePanelControl },
    ),
  );
  browser.tabs.onRemoved.addListener((tabId) => void sessionAnalysisStore.forget(tabId));
  wireNavigation();
  openSidePanelFromToolbar();
});

interface PanelApis {
  chrome?: { sidePanel?: { setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void> } };
  browser?: { sidebarAction?: { toggle(): Promise<void> } };
}

/** The toolbar button opens the panel: Chrome's side panel by behaviour, Firefox's sidebar by hand (it has no `chrome.sidePanel`). */
function openSidePanelFromToolbar(): void {
  const apis = globalThis as PanelApis;
  const sidePanel = apis.chrome?.sidePanel;
  if (sidePanel) {
    sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => console.error('Backstory: side panel behaviour', error));
    return;
  }
  const sidebar = apis.browser?.sidebarAction;
  // toggle() must run inside the click's user-input handler, so no await before it.
  if (sidebar) browser.action.onClicked.addListener(() => void sidebar.toggle());
}
