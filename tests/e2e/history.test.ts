/**
 * The reader's own history in real browsers with the production build: article A is read, then
 * article B, which names one of A's people (the full name once, the surname after); B's side panel
 * lists A under that person's earlier coverage with the role A gave them. A third article naming
 * him by surname only lists both, until the reader says it is someone else; forgetting A from the
 * panel takes it out of the archive. Run with `npm run e2e` (builds first).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBrowsersInstalled, launch, type BrowserName, type BrowserUnderTest, type OpenedPage } from './support/browsers';
import { assertBuilt, BUILDS, NEWS_HOST, SCREENSHOTS } from './support/builds';
import { FIRST_ARTICLE, readArticle, readBothArticles, SECOND_ARTICLE, serveHistoryArticles, SURNAME_ARTICLE } from './support/history-articles';
import type { FixtureServer } from './support/server';
import { waitFor } from './support/wait';

const FIRST_TITLE = FIRST_ARTICLE.title;

interface Coverage {
  person: string;
  entries: { title: string; role: string; when: string }[];
  roles: string;
}

/** The panel's earlier-coverage groups as the reader sees them (a string: see probes.ts). */
const COVERAGE_SCRIPT = `(() => [...document.querySelectorAll('.coverage')].map((group) => ({
  person: group.querySelector('h3')?.textContent ?? '',
  roles: group.querySelector('.role-history')?.textContent ?? '',
  entries: [...group.querySelectorAll('li.archived')].map((item) => ({
    title: item.querySelector('a')?.textContent ?? '',
    role: item.querySelector('.role')?.textContent ?? '',
    when: item.querySelector('.when')?.textContent ?? '',
  })),
})))()`;

describe.each<BrowserName>(['chromium', 'firefox'])('%s: earlier coverage from the reader\'s history', (name) => {
  let server: FixtureServer;
  let browser: BrowserUnderTest;
  let panel: OpenedPage;

  const coverage = async (page: OpenedPage = panel) => (await page.evaluate(COVERAGE_SCRIPT)) as Coverage[];

  beforeAll(async () => {
    assertBrowsersInstalled();
    assertBuilt(BUILDS[name]);
    server = await serveHistoryArticles();
    browser = await launch(name, { extensionDir: BUILDS[name], mappedHost: NEWS_HOST, httpsPort: server.httpsPort });
    const { second } = await readBothArticles(browser);
    panel = await browser.openOwnPage(`sidepanel.html?tab=${second.tabId}`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists the first article under the person both name, with the role it gave them', async () => {
    const groups = await waitFor('earlier coverage in the panel', async () => {
      const found = await coverage();
      return found.some((group) => group.entries.length > 0) ? found : null;
    });
    const brezgin = groups.find((group) => group.person === 'Anatoly Brezgin');
    expect(brezgin?.entries).toEqual([expect.objectContaining({ title: FIRST_TITLE, role: 'Foreign Minister' })]);
    expect(brezgin?.roles).toMatch(/Foreign Minister.*Prime Minister/);
    // Nobody else in the second article appears in the first.
    expect(groups.filter((group) => group.entries.length > 0).map((group) => group.person)).toEqual(['Anatoly Brezgin']);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await panel.screenshot(join(SCREENSHOTS, `${name}-earlier-coverage.png`));
  });

  it('lists both under a person a third article names by surname only, until the reader says it is someone else', async () => {
    const third = await readArticle(browser, SURNAME_ARTICLE.path);
    const thirdPanel = await browser.openOwnPage(`sidepanel.html?tab=${third.tabId}`);
    const groups = await waitFor('earlier coverage of the surname', async () => {
      const found = await coverage(thirdPanel);
      return found.some((group) => group.entries.length > 0) ? found : null;
    });
    expect(groups.map((group) => group.person)).toEqual(['Brezgin']);
    expect(groups[0]!.entries).toEqual([
      expect.objectContaining({ title: SECOND_ARTICLE.title, role: 'Prime Minister' }),
      expect.objectContaining({ title: FIRST_TITLE, role: 'Foreign Minister' }),
    ]);
    await thirdPanel.click(`.coverage button[aria-label="Not the same person: ${SECOND_ARTICLE.title} is not about Brezgin"]`);
    await waitFor('the surname to stand alone again', async () => ((await coverage(thirdPanel)).every((group) => group.entries.length === 0) ? true : null));
  });

  it('forgets the first article from the panel: it is gone from the coverage and the archive', async () => {
    await panel.click(`.coverage button[aria-label^="Forget this article: ${FIRST_TITLE}"]`);
    await waitFor('the article to leave the coverage', async () => ((await coverage()).every((group) => group.entries.length === 0) ? true : null));
    const exported = await waitFor('the archive without it', async () => {
      const archive = (await panel.evaluate(`chrome.runtime.sendMessage({ type: 'exportArchive' })`)) as { articles?: { title: string; read: boolean }[] };
      return archive.articles && !archive.articles.some((article) => article.title === FIRST_TITLE) ? archive.articles : null;
    });
    expect(exported.filter((article) => article.read).map((article) => article.title)).toEqual([SECOND_ARTICLE.title, SURNAME_ARTICLE.title]);
  });
});
