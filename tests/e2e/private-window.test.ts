/**
 * Nothing is kept from private windows, in real browsers with the production build and the
 * extension allowed there (as a reader would allow it): article A is read in a private window and
 * analyzed there, but stays out of the archive; article B, read in a normal window afterwards, is
 * kept, and its panel finds nothing earlier about the person both name (history.test.ts shows the
 * same pair listed when A was read in a normal window). Run with `npm run e2e` (builds first).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTHING_EARLIER } from '../../components/HistorySections';
import { assertBrowsersInstalled, launch, type BrowserName, type BrowserUnderTest, type OpenedPage } from './support/browsers';
import { assertBuilt, BUILDS, FIXTURES, NEWS_HOST } from './support/builds';
import { startFixtureServer, type FixtureServer } from './support/server';
import { waitFor } from './support/wait';

const PRIVATE_PATH = '/2013/03/02/brezgin-signs-river-treaty-a22801';
const NORMAL_PATH = '/2013/05/20/brezgin-named-prime-minister-a23502';

interface StoredAnalysis {
  isArticle: boolean;
  title?: string;
  people?: { name: string }[];
}

/** What the panel's "Earlier coverage" section says, once it has looked through the history. */
const HISTORY_SCRIPT = `(() => {
  const section = document.getElementById('earlier-heading')?.parentElement;
  if (!section || section.textContent.includes('Looking through your history')) return null;
  return {
    recording: section.querySelector('.recording-note')?.textContent ?? null,
    archived: section.querySelectorAll('li.archived').length,
    text: section.textContent,
  };
})()`;

interface PanelHistory {
  recording: string | null;
  archived: number;
  text: string;
}

describe.each<BrowserName>(['chromium', 'firefox'])('%s: a private window', (name) => {
  let server: FixtureServer;
  let browser: BrowserUnderTest;
  let privateTab: number;
  let privateAnalysis: StoredAnalysis;
  let normal: OpenedPage;

  const session = () => browser.sessionStorage();
  const archivedTitles = async (page: OpenedPage) => {
    const archive = (await page.evaluate(`chrome.runtime.sendMessage({ type: 'exportArchive' })`)) as { articles: { title: string; read: boolean }[] };
    return archive.articles.filter((article) => article.read).map((article) => article.title);
  };
  const panelHistory = async (tabId: number | null) => {
    const panel = await browser.openOwnPage(`sidepanel.html?tab=${tabId}`);
    const history = await waitFor('the panel to look through the history', async () => (await panel.evaluate(HISTORY_SCRIPT)) as PanelHistory | null);
    return { panel, history };
  };

  beforeAll(async () => {
    assertBrowsersInstalled();
    assertBuilt(BUILDS[name]);
    server = await startFixtureServer(FIXTURES, { [PRIVATE_PATH]: 'history-first.html', [NORMAL_PATH]: 'history-second.html' }, [NEWS_HOST]);
    browser = await launch(name, { extensionDir: BUILDS[name], mappedHost: NEWS_HOST, httpsPort: server.httpsPort, allowPrivateWindows: true });
    privateTab = await browser.openPrivate(`https://${NEWS_HOST}${PRIVATE_PATH}`);
    privateAnalysis = await waitFor('the private tab analyzed', async () => ((await session())[`analysis:${privateTab}`] as StoredAnalysis | undefined) ?? null);
    normal = await browser.open(`https://${NEWS_HOST}${NORMAL_PATH}`);
    await waitFor('the normal tab recorded', async () => ((await session())[`recording:${normal.tabId}`] as { kind: string } | undefined)?.kind === 'recorded' || null);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reads the article in the private window: Backstory runs there', () => {
    expect(privateAnalysis).toMatchObject({ isArticle: true, title: 'Brezgin Signs River Treaty in Linz' });
    expect(privateAnalysis.people?.map((person) => person.name)).toContain('Anatoly Brezgin');
  });

  it('keeps nothing of it, and says why in its panel', async () => {
    expect((await session())[`recording:${privateTab}`]).toEqual({ kind: 'private-window' });
    const { panel, history } = await panelHistory(privateTab);
    expect(history.recording).toBe('This article is not added to your history: Backstory keeps nothing from private windows.');
    expect(await archivedTitles(panel)).toEqual(['Brezgin Named Prime Minister']);
  });

  it('has nothing earlier about its people for an article read afterwards in a normal window', async () => {
    const { history } = await panelHistory(normal.tabId);
    expect(history.recording).toBeNull();
    expect(history.archived).toBe(0);
    expect(history.text).toContain(NOTHING_EARLIER);
  });
});
