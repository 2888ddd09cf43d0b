/**
 * The side panel (Chrome `side_panel`, Firefox `sidebar_action`): follows the active tab of its
 * window, or the tab named by `?tab=<id>`, and shows that tab's analysis as the background stored it.
 */
import { render } from 'preact';
import { browser, type Browser } from 'wxt/browser';
import { SidePanel, type PanelNavigation } from '../../components/SidePanel';
import { sendRequest, sendTabRequest } from '../../lib/messaging/client';
import { describeShowFailure, describeShown } from '../../lib/sidepanel/navigation';
import { panelState, pinnedTabId, type AnalysisLookup, type PanelState, type TabFacts } from '../../lib/sidepanel/view-model';
import { sessionFocusStore } from '../../lib/tabs/focus-store';
import { analysisStorageKey, focusStorageKey } from '../../lib/tabs/keys';

const root = document.getElementById('app');
if (!root) throw new Error('sidepanel.html has no #app');

const pinned = pinnedTabId(location.search);
let followed: number | null = null;
/** Only the latest refresh may render: tab switches can overlap slower lookups. */
let generation = 0;
let state: PanelState | null = null;
const NO_NAVIGATION: Omit<PanelNavigation, 'onShowPerson'> = { current: null, focusRequest: 0, announcement: '' };
let navigation = NO_NAVIGATION;
/** Only the latest move may be announced: answers to quick clicks can arrive out of order. */
let move = 0;

function draw(): void {
  if (state && root) render(<SidePanel state={state} navigation={{ ...navigation, onShowPerson: showPerson }} />, root);
}

/** A person's button: the page scrolls to their next mention, and the panel says which one it is. */
async function showPerson(personKey: string): Promise<void> {
  if (followed === null) return;
  const mine = ++move;
  const name = (state?.kind === 'article' && state.article.people.find((person) => person.key === personKey)?.name) || personKey;
  navigation = { ...navigation, current: personKey };
  draw();
  let announcement: string;
  try {
    announcement = describeShown(await sendTabRequest(followed, { type: 'showPerson', personKey }));
  } catch (error) {
    announcement = describeShowFailure(name, error);
  }
  if (mine !== move) return;
  navigation = { ...navigation, announcement };
  draw();
}

/** A person asked for from the page (its menu, the hover card): marked, scrolled to and given keyboard focus. */
async function takeFocus(tabId: number): Promise<void> {
  const personKey = await sessionFocusStore.take(tabId);
  if (personKey === null || tabId !== followed) return;
  navigation = { ...navigation, current: personKey, focusRequest: navigation.focusRequest + 1 };
  draw();
}

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
  if (mine !== generation) return;
  if (tab.tabId !== followed) navigation = NO_NAVIGATION;
  followed = tab.tabId;
  state = panelState(tab, result);
  draw();
  if (followed !== null) await takeFocus(followed);
}

if (pinned === null) browser.tabs.onActivated.addListener(() => void refresh());
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (tabId === followed && change.status === 'complete') void refresh();
});
// A finished analysis appears without reloading the panel.
browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'session' || followed === null) return;
  if (analysisStorageKey(followed) in changes) void refresh();
  // Taking the request removes it, which is a change too: only a new request counts.
  if (changes[focusStorageKey(followed)]?.newValue !== undefined) void takeFocus(followed);
});
void refresh();
