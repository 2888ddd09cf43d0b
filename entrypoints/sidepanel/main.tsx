/**
 * The side panel (Chrome `side_panel`, Firefox `sidebar_action`): follows the active tab of its
 * window, or the tab named by `?tab=<id>`, and shows that tab's analysis as the background stored it.
 */
import { render } from 'preact';
import { browser, type Browser } from 'wxt/browser';
import '../../components/extension-page.css';
import type { PanelHistory } from '../../components/HistorySections';
import { SidePanel, type PanelNavigation } from '../../components/SidePanel';
import { currentScope } from '../../lib/access/browser-state';
import { enableSiteInBrowser } from '../../lib/access/enable-site';
import { pageSite } from '../../lib/access/page-site';
import { inScope } from '../../lib/access/registration';
import { errorMessage } from '../../lib/error-message';
import { sendRequest, sendTabRequest } from '../../lib/messaging/client';
import { watchSettings } from '../../lib/settings/store';
import { historyView, type HistoryLookup, type HistoryView } from '../../lib/sidepanel/history-view';
import { describeShowFailure, describeShown } from '../../lib/sidepanel/navigation';
import { panelState, pinnedTabId, type AnalysisLookup, type PanelState, type TabFacts } from '../../lib/sidepanel/view-model';
import { sessionFocusStore } from '../../lib/tabs/focus-store';
import { ARCHIVE_CHANGED_KEY, analysisStorageKey, focusStorageKey, recordingStorageKey } from '../../lib/tabs/keys';

const root = document.getElementById('app');
if (!root) throw new Error('sidepanel.html has no #app');

const pinned = pinnedTabId(location.search);
let followed: number | null = null;
/**
 * The tab the latest refresh looks up (drawn or not yet): a change to its analysis that lands while
 * that lookup is under way must start another one, or the panel would keep the stale answer.
 */
let lookingAt: number | null = null;
let followedUrl: string | undefined;
/** The outcome of the reader's last "Enable" click, shown until the panel follows another tab. */
let notice: string | null = null;
const optionsUrl = browser.runtime.getURL('/options.html');
/** Only the latest refresh may render: tab switches can overlap slower lookups. */
let generation = 0;
let state: PanelState | null = null;
const NO_NAVIGATION: Omit<PanelNavigation, 'onShowPerson'> = { current: null, focusRequest: 0, announcement: '' };
let navigation = NO_NAVIGATION;
/** Only the latest move may be announced: answers to quick clicks can arrive out of order. */
let move = 0;
/** The reader's history for the article shown; null while it is looked up. */
let past: HistoryView | null = null;

function draw(): void {
  if (state && root) {
    const history: PanelHistory = { view: past, onForget: forgetArticle, onNotSamePerson: notSamePerson, onPossibleMatch: answerPossibleMatch };
    render(<SidePanel state={state} navigation={{ ...navigation, onShowPerson: showPerson }} actions={{ optionsUrl, onEnableSite }} notice={notice} history={history} />, root);
  }
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
  const url = tab?.url;
  return { tabId: tab?.id ?? null, url, enabled: url !== undefined && inScope(await currentScope(), url) };
}

async function lookup(tabId: number | null): Promise<AnalysisLookup> {
  if (tabId === null) return { ok: true, analysis: null };
  try {
    return { ok: true, analysis: await sendRequest({ type: 'getTabAnalysis', tabId }) };
  } catch (error) {
    return { ok: false, error: errorMessage(error) };
  }
}

async function lookupHistory(tabId: number | null): Promise<HistoryLookup> {
  if (tabId === null) return { ok: true, history: null };
  try {
    return { ok: true, history: await sendRequest({ type: 'getTabHistory', tabId }) };
  } catch (error) {
    return { ok: false, error: errorMessage(error) };
  }
}

async function refresh(): Promise<void> {
  const mine = ++generation;
  const tab = await tabFacts();
  lookingAt = tab.tabId;
  const [result, history] = await Promise.all([lookup(tab.tabId), lookupHistory(tab.tabId)]);
  if (mine !== generation) return;
  if (tab.tabId !== followed) {
    navigation = NO_NAVIGATION;
    notice = null;
  }
  followed = tab.tabId;
  followedUrl = tab.url;
  state = panelState(tab, result);
  past = state.kind === 'article' ? historyView(history, state.article) : null;
  draw();
  if (followed !== null) await takeFocus(followed);
}

/** The button's click handler: enableSite asks the browser before awaiting anything, as the prompt requires. */
function onEnableSite(): void {
  const site = pageSite(followedUrl);
  if (site.kind !== 'web') return;
  const settle = (text: string | null) => {
    notice = text;
    void refresh();
  };
  enableSiteInBrowser(site).then(
    (granted) => settle(granted ? null : `Backstory stays off on ${site.host}: the browser did not give it access.`),
    (error: unknown) => settle(`Could not turn Backstory on for ${site.host}: ${errorMessage(error)}`),
  );
}

/** A history action's outcome is said in the status line; the panel then shows the archive as it now is. */
function settleHistoryAction(action: Promise<unknown>, done: string, failed: string): void {
  action.then(
    () => (notice = done),
    (error: unknown) => (notice = `${failed}: ${errorMessage(error)}`),
  ).finally(() => void refresh());
}

function forgetArticle({ url, title }: { url: string; title: string }): void {
  settleHistoryAction(sendRequest({ type: 'deleteArchivedArticle', url }), `Forgotten: “${title}” is no longer in your history.`, `Could not forget “${title}”`);
}

const notSamePerson: PanelHistory['onNotSamePerson'] = (person, entry) => {
  if (!entry.notSame) return;
  settleHistoryAction(
    sendRequest(entry.notSame),
    entry.notSame.type === 'splitArticles'
      ? `Noted: “${entry.title}” is about someone else of the same name, and no longer shows under ${person.name}.`
      : `Noted: “${entry.title}” is about someone else, and no longer shows under ${person.name}.`,
    'Could not save your correction',
  );
};

const answerPossibleMatch: PanelHistory['onPossibleMatch'] = (person, match, same) => {
  settleHistoryAction(
    sendRequest({ type: 'correctIdentity', a: person.identity, b: match.identity, same }),
    same
      ? `Noted: ${match.name} is ${person.name}; “${match.title}” and any other article naming ${match.name} now show under ${person.name}.`
      : `Noted: ${match.name} in “${match.title}” is someone else; Backstory will not suggest ${match.name} for ${person.name} again.`,
    'Could not save your answer',
  );
};

if (pinned === null) browser.tabs.onActivated.addListener(() => void refresh());
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (tabId === followed && change.status === 'complete') void refresh();
});
// A finished analysis appears without reloading the panel.
browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'session' || lookingAt === null) return;
  // The archive changed (here, in another window or on the options page), or this tab's analysis or recording did.
  if (ARCHIVE_CHANGED_KEY in changes || analysisStorageKey(lookingAt) in changes || recordingStorageKey(lookingAt) in changes) void refresh();
  // Taking the request removes it, which is a change too: only a new request counts.
  if (followed !== null && changes[focusStorageKey(followed)]?.newValue !== undefined) void takeFocus(followed);
});
// Enabling or switching off a site changes what the panel says about the tab.
browser.permissions.onAdded.addListener(() => void refresh());
browser.permissions.onRemoved.addListener(() => void refresh());
watchSettings(() => void refresh());
void refresh();
