/**
 * The toolbar button: one click opens the side panel and, on a web site Backstory is not enabled
 * on, asks for that site (the browser's prompt; no prompt when it is granted already). Chrome's
 * side panel and Firefox's sidebar are opened by hand, so the same click can do both.
 */
import { browser, type Browser } from 'wxt/browser';
import { enableSiteInBrowser } from '../../lib/access/enable-site';
import { pageSite, type PageSite } from '../../lib/access/page-site';
import { openSidePanel } from './open-side-panel';
import { logFailure } from './log-failure';

export interface ToolbarApis {
  openPanel(tab: Browser.tabs.Tab): void;
  enableSite(site: Extract<PageSite, { kind: 'web' }>): Promise<boolean>;
}

/**
 * Both calls must happen inside the click's user-input handler, so nothing is awaited before
 * them. `activeTab` is what tells us the tab's address here; a browser page (or any page the
 * browser keeps from extensions) has none to enable: the panel explains.
 */
export function onToolbarClick(tab: Browser.tabs.Tab, apis: ToolbarApis): void {
  apis.openPanel(tab);
  const site = pageSite(tab.url);
  if (site.kind === 'web') apis.enableSite(site).catch((error: unknown) => console.error(`Backstory: could not enable ${site.host}`, error));
}

interface PanelBehaviourApi {
  chrome?: { sidePanel?: { setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void> } };
}

export function openPanelAndEnableFromToolbar(): void {
  // Chrome keeps the behaviour across updates, and earlier versions had it open the panel by itself,
  // which leaves no click handler to ask for the site.
  (globalThis as PanelBehaviourApi).chrome?.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(logFailure('side panel behaviour', 'error'));
  const openPanel = (tab: Browser.tabs.Tab) => {
    if (tab.id !== undefined) openSidePanel(tab.id).catch(logFailure('side panel', 'error'));
  };
  browser.action.onClicked.addListener((tab) => onToolbarClick(tab, { openPanel, enableSite: enableSiteInBrowser }));
}
