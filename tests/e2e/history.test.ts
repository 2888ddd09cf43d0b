/**
 * The reader's own history in real browsers with the production build: article A is read, then
 * article B, which names one of A's people (the full name once, the surname after); B's side panel
 * lists A under that person's earlier coverage with the role A gave them, and forgetting A from the
 * panel takes it out of the archive. Run with `npm run e2e` (builds first).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBrowsersInstalled, launch, type BrowserName, type BrowserUnderTest, type OpenedPage } from './support/browsers';
import { assertBuilt, BUILDS, FIXTURES, NEWS_HOST, SCREENSHOTS } from './support/builds';
import { startFixtureServer, type FixtureServer } from './support/server';
import { waitFor } from './support/wait';

const FIRST_PATH = '/2013/03/02/brezgin-signs-river-treaty-a22801';
const SECOND_PATH = '/2013/05/20/brezgin-named-prime-minister-a23502';
const FIRST_TITLE = 'Brezgin Signs River Treaty in Linz';

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

  const coverage = async () => (await panel.evaluate(COVERAGE_SCRIPT)) as Coverage[];
  const stored = async (tabId: number | null) => waitFor(`the analysis of tab ${tabId}`, async () => (await browser.sessionStorage())[`analysis:${tabId}`] ?? null);

  beforeAll(async () => {
    assertBrowsersInstalled();
    assertBuilt(BUILDS[name]);
    server = await startFixtureServer(FIXTURES, { [FIRST_PATH]: 'history-first.html', [SECOND_PATH]: 'history-second.html' }, [NEWS_HOST]);
    browser = await launch(name, { extensionDir: BUILDS[name], mappedHost: NEWS_HOST, httpsPort: server.httpsPort });
    const first = await browser.open(`https://${NEWS_HOST}${FIRST_PATH}`);
    await stored(first.tabId);
    const second = await browser.open(`https://${NEWS_HOST}${SECOND_PATH}`);
    await stored(second.tabId);
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

  it('forgets the first article from the panel: it is gone from the coverage and the archive', async () => {
    await panel.click(`.coverage button[aria-label^="Forget this article: ${FIRST_TITLE}"]`);
    await waitFor('the article to leave the coverage', async () => ((await coverage()).every((group) => group.entries.length === 0) ? true : null));
    const exported = await waitFor('the archive without it', async () => {
      const archive = (await panel.evaluate(`chrome.runtime.sendMessage({ type: 'exportArchive' })`)) as { articles?: { title: string; read: boolean }[] };
      return archive.articles && !archive.articles.some((article) => article.title === FIRST_TITLE) ? archive.articles : null;
    });
    expect(exported.filter((article) => article.read).map((article) => article.title)).toEqual(['Brezgin Named Prime Minister']);
  });
});
