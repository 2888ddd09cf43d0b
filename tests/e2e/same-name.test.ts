/**
 * Two people of one full name, in real browsers with the production build: two articles name
 * "Daniel Whitcombe" with no role to tell them apart (a swimmer in 2014, a painter in 2015), so
 * the identity rule takes them for one person and the second's panel lists the first as earlier
 * coverage. "Not the same person" there keeps that these two articles are about two people: the
 * first leaves the second's panel, the second leaves the first's, and the export carries the split.
 * Run with `npm run e2e` (builds first).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBrowsersInstalled, launch, type BrowserName, type BrowserUnderTest, type OpenedPage } from './support/browsers';
import { assertBuilt, BUILDS, FIXTURES, NEWS_HOST } from './support/builds';
import { startFixtureServer, type FixtureServer } from './support/server';
import { readArticle } from './support/history-articles';
import { waitFor } from './support/wait';

const SWIM = { path: '/2014/08/09/charity-swim-across-the-volga-a41210', title: 'Charity Swim Across the Volga Raises Funds' };
const PAINTINGS = { path: '/2015/03/14/paintings-of-old-moscow-courtyards-a44907', title: 'Paintings of Old Moscow Courtyards Go on Show' };
const ARCHIVED = (path: string) => `https://www.themoscowtimes.com${path}`;

/** The titles the panel lists under each person, earlier and since (a string: see probes.ts). */
const COVERAGE_SCRIPT = `(() => [...document.querySelectorAll('.coverage')].map((group) => ({
  person: group.querySelector('h3')?.textContent ?? '',
  listed: [...group.querySelectorAll('li.archived a')].map((link) => link.textContent ?? ''),
})))()`;

describe.each<BrowserName>(['chromium', 'firefox'])('%s: two people of one name', (name) => {
  let server: FixtureServer;
  let browser: BrowserUnderTest;
  let swim: OpenedPage;
  let paintings: OpenedPage;
  let panel: OpenedPage;

  const listedIn = async (page: OpenedPage) => (await page.evaluate(COVERAGE_SCRIPT)) as { person: string; listed: string[] }[];
  const status = async () => (await panel.evaluate(`document.querySelector('.status')?.textContent`)) as string;

  beforeAll(async () => {
    assertBrowsersInstalled();
    assertBuilt(BUILDS[name]);
    server = await startFixtureServer(FIXTURES, { [SWIM.path]: 'same-name-first.html', [PAINTINGS.path]: 'same-name-second.html' }, [NEWS_HOST]);
    browser = await launch(name, { extensionDir: BUILDS[name], mappedHost: NEWS_HOST, httpsPort: server.httpsPort });
    swim = await readArticle(browser, SWIM.path);
    paintings = await readArticle(browser, PAINTINGS.path);
    panel = await browser.openOwnPage(`sidepanel.html?tab=${paintings.tabId}`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists the first article under the name at first: the rule cannot tell the two apart', async () => {
    const found = await waitFor('the earlier coverage in the panel', async () => {
      const groups = await listedIn(panel);
      return groups.length > 0 ? groups : null;
    });
    expect(found).toEqual([{ person: 'Daniel Whitcombe', listed: [SWIM.title] }]);
  });

  it('after "Not the same person", takes each article out of the other’s panel and keeps the split with the archive', async () => {
    await panel.click(`.coverage button[aria-label="Not the same person: ${SWIM.title} is not about Daniel Whitcombe"]`);
    await waitFor('the first article to leave the panel', async () => ((await listedIn(panel)).length === 0 ? true : null));
    // The list may be drawn again (the archive changed) before the answer to the click is.
    expect(await waitFor('the panel to confirm', async () => ((await status())?.startsWith('Noted') ? status() : null))).toBe(
      `Noted: “${SWIM.title}” is about someone else of the same name, and no longer shows under Daniel Whitcombe.`,
    );

    // The other way round: the swim's panel does not list the paintings among the articles since.
    const swimPanel = await browser.openOwnPage(`sidepanel.html?tab=${swim.tabId}`);
    await waitFor('the swim article’s panel', async () => ((await swimPanel.evaluate(`document.querySelector('.coverage, [aria-labelledby=earlier-heading] .empty')?.textContent ?? ''`)) ? true : null));
    expect(await listedIn(swimPanel)).toEqual([]);

    const archive = (await panel.evaluate(`chrome.runtime.sendMessage({ type: 'exportArchive' })`)) as { version: number; splits: unknown[]; corrections: unknown[] };
    expect(archive.version).toBe(2);
    expect(archive.splits).toEqual([{ identity: 'daniel whitcombe', urls: [ARCHIVED(SWIM.path), ARCHIVED(PAINTINGS.path)] }]);
    expect(archive.corrections).toEqual([]);
  });
});
