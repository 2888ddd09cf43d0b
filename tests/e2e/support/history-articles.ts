/**
 * The articles the history tests read, served under the listed news site: the second names the
 * first one's Foreign Minister, now Prime Minister (the full name once, the surname after); a third
 * names him by title and surname only.
 */
import type { BrowserUnderTest, OpenedPage } from './browsers';
import { FIXTURES, NEWS_HOST } from './builds';
import { startFixtureServer, type FixtureServer } from './server';
import { waitFor } from './wait';

export const FIRST_ARTICLE = { path: '/2013/03/02/brezgin-signs-river-treaty-a22801', title: 'Brezgin Signs River Treaty in Linz' };
export const SECOND_ARTICLE = { path: '/2013/05/20/brezgin-named-prime-minister-a23502', title: 'Brezgin Named Prime Minister' };
export const SURNAME_ARTICLE = { path: '/2013/06/11/budget-passes-on-second-vote-a23811', title: 'Budget Passes on Second Vote' };

export const serveHistoryArticles = (): Promise<FixtureServer> =>
  startFixtureServer(
    FIXTURES,
    { [FIRST_ARTICLE.path]: 'history-first.html', [SECOND_ARTICLE.path]: 'history-second.html', [SURNAME_ARTICLE.path]: 'history-surname.html' },
    [NEWS_HOST],
  );

/** Opens an article on the news site once the background keeps its analysis (and so has recorded it). */
export async function readArticle(browser: BrowserUnderTest, path: string): Promise<OpenedPage> {
  const page = await browser.open(`https://${NEWS_HOST}${path}`);
  await waitFor(`the analysis of tab ${page.tabId}`, async () => (await browser.sessionStorage())[`analysis:${page.tabId}`] ?? null);
  return page;
}

/** Opens the first article, then the second, each once the one before is analyzed. */
export async function readBothArticles(browser: BrowserUnderTest): Promise<{ first: OpenedPage; second: OpenedPage }> {
  const first = await readArticle(browser, FIRST_ARTICLE.path);
  return { first, second: await readArticle(browser, SECOND_ARTICLE.path) };
}
