/**
 * Opening Backstory's panel from the background: Chrome's `chrome.sidePanel` (which the polyfill and
 * its types leave out of `browser`), Firefox's `browser.sidebarAction`. Both browsers refuse unless
 * the call happens inside the handler of the reader's own action (a click, a menu item, a shortcut;
 * in Chrome 116+ also a message sent from a click in the page), so callers must not await anything
 * before it.
 */
interface PanelApis {
  chrome?: { sidePanel?: { open(options: { tabId: number }): Promise<void> } };
  browser?: { sidebarAction?: { open(): Promise<void> } };
}

/** Opens the panel beside `tabId` (in Firefox, the sidebar of the current window, which follows its active tab). */
export function openSidePanel(tabId: number): Promise<void> {
  const apis = globalThis as PanelApis;
  if (apis.chrome?.sidePanel) return apis.chrome.sidePanel.open({ tabId });
  if (apis.browser?.sidebarAction) return apis.browser.sidebarAction.open();
  return Promise.reject(new Error('this browser has no side panel'));
}
