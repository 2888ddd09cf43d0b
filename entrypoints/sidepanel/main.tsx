/**
 * The side panel (Chrome `side_panel`, Firefox `sidebar_action`): follows the active tab of its
 * window, or the tab named by `?tab=<id>`, and shows that tab's analysis as the background stored it.
 */
import { render } from 'preact';
import { browser, type Browser } from 'wxt/browser';
import { SidePanel } from '../../components/SidePanel';
import { sendRequest } from '../../lib/messaging/client';
import { panelState, pinnedTabId, type AnalysisLookup, type TabFacts } from '../../lib/sidepanel/view-model';
import { analysisStorageKey } from '../../lib/tabs/keys';

const root = document.getElementById('app');
if (!root) throw new Error('sidepanel.html has no #app');

const pinned = pinnedTabId(location.search);
let followed: number | null = null;
/** Only the latest refresh may render: tab switches can overlap slower lookups. */
let generation = 0;

async function tabFacts(): Promise<TabFacts> {
  const tab: Browser.tabs.Tab | undefined =
    pinned !== null
      ? await browser.tabs.get(pinned).catch(() => undefined)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return { tabId: tab?.id ?? null, url: tab?.url };
}

async function lookup(tabId: number | null): Promise<AnalysisLookup> {
  if (tabId === null) return { ok: true, analysis: null };
  try {
    return { ok: true, analysis: await sendRequest({ type: 'getTabAnalysis', tabId }) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

async function refresh(): Promise<void> {
  const mine = ++generation;
  const tab = await tabFacts();
  const result = await lookup(tab.tabId);
  if (mine !== generation || !root) return;
  followed = tab.tabId;
  render(<SidePanel state={panelState(tab, result)} />, root);
}

if (pinned === null) browser.tabs.onActivated.addListener(() => void refresh());
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (tabId === followed && change.status === 'complete') void refresh();
});
// A finished analysis appears without reloading the panel.
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'session' && followed !== null && analysisStorageKey(followed) in changes) void refresh();
});
void refresh();
