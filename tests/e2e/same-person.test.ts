/**
 * "Maybe the same person" in real browsers with the production build: an article naming "Anatoli
 * Brezgin" (Deputy Foreign Minister) and "Vera A. Sokolova" is read, then one naming "Anatoly
 * Brezgin" (Prime Minister) and "Vera Sokolova". The identity rule links neither pair; the side
 * panel suggests the first article under both people. After "Same person" it is in Brezgin's
 * earlier coverage with its role; after "Not the same person" it is no longer suggested for Sokolova.
 * Run with `npm run e2e` (builds first).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBrowsersInstalled, launch, type BrowserName, type BrowserUnderTest, type OpenedPage } from './support/browsers';
import { assertBuilt, BUILDS, FIXTURES, NEWS_HOST, SCREENSHOTS } from './support/builds';
import { startFixtureServer, type FixtureServer } from './support/server';
import { waitFor } from './support/wait';

const VARIANT_PATH = '/2011/10/07/brezgin-opens-talks-on-danube-tolls-a9914';
const FULL_NAME_PATH = '/2013/05/20/brezgin-named-prime-minister-a23502';
const VARIANT_TITLE = 'Brezgin Opens Talks on Danube Tolls';

interface Group {
  person: string;
  roles: string;
  earlier: { title: string; role: string }[];
  suggested: { title: string; named: string; when: string }[];
}

/** The panel's groups per person as the reader sees them (a string: see probes.ts). */
const GROUPS_SCRIPT = `(() => [...document.querySelectorAll('.coverage')].map((group) => ({
  person: group.querySelector('h3')?.textContent ?? '',
  roles: group.querySelector('.role-history')?.textContent ?? '',
  earlier: [...group.querySelectorAll('li.archived')].map((item) => ({
    title: item.querySelector('a')?.textContent ?? '',
    role: item.querySelector('.role')?.textContent ?? '',
  })),
  suggested: [...group.querySelectorAll('.possible-matches li')].map((item) => ({
    title: item.querySelector('a')?.textContent ?? '',
    named: item.querySelector('.named')?.textContent ?? '',
    when: item.querySelector('.when')?.textContent ?? '',
  })),
})))()`;

describe.each<BrowserName>(['chromium', 'firefox'])('%s: maybe the same person', (name) => {
  let server: FixtureServer;
  let browser: BrowserUnderTest;
  let panel: OpenedPage;

  const groups = async () => (await panel.evaluate(GROUPS_SCRIPT)) as Group[];
  const groupOf = async (person: string) => (await groups()).find((group) => group.person === person) ?? null;
  const brezgin = () => groupOf('Anatoly Brezgin');
  const status = async () => (await panel.evaluate(`document.querySelector('.status')?.textContent`)) as string;
  const stored = async (tabId: number | null) => waitFor(`the analysis of tab ${tabId}`, async () => (await browser.sessionStorage())[`analysis:${tabId}`] ?? null);

  beforeAll(async () => {
    assertBrowsersInstalled();
    assertBuilt(BUILDS[name]);
    server = await startFixtureServer(FIXTURES, { [VARIANT_PATH]: 'history-variant.html', [FULL_NAME_PATH]: 'history-second.html' }, [NEWS_HOST]);
    browser = await launch(name, { extensionDir: BUILDS[name], mappedHost: NEWS_HOST, httpsPort: server.httpsPort });
    const variant = await browser.open(`https://${NEWS_HOST}${VARIANT_PATH}`);
    await stored(variant.tabId);
    const fullName = await browser.open(`https://${NEWS_HOST}${FULL_NAME_PATH}`);
    await stored(fullName.tabId);
    panel = await browser.openOwnPage(`sidepanel.html?tab=${fullName.tabId}`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('suggests the article naming another spelling, or a middle initial, under the person, with the name and role it gave, and links nothing by itself', async () => {
    const found = await waitFor('suggestions in the panel', async () => {
      const all = await groups();
      return all.filter((group) => group.suggested.length > 0).length === 2 ? all : null;
    });
    const [brezginGroup, sokolovaGroup] = ['Anatoly Brezgin', 'Vera Sokolova'].map((person) => found.find((group) => group.person === person));
    expect(brezginGroup?.suggested).toEqual([{ title: VARIANT_TITLE, named: 'Anatoli Brezgin, Deputy Foreign Minister', when: '7 October 2011 · The Moscow Times' }]);
    expect(sokolovaGroup?.suggested).toEqual([{ title: VARIANT_TITLE, named: 'Vera A. Sokolova, opposition leader', when: '7 October 2011 · The Moscow Times' }]);
    expect(found.map((group) => group.earlier)).toEqual([[], []]);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await panel.screenshot(join(SCREENSHOTS, `${name}-maybe-same-person.png`));
  });

  it('after "Same person", lists the article in the earlier coverage with its role, in the role history', async () => {
    await panel.click(`.possible-matches button[aria-label="Same person: Anatoli Brezgin in ${VARIANT_TITLE} is Anatoly Brezgin"]`);
    const group = await waitFor('the article in the earlier coverage', async () => {
      const found = await brezgin();
      return found && found.earlier.length > 0 ? found : null;
    });
    expect(group.earlier).toEqual([{ title: VARIANT_TITLE, role: 'Deputy Foreign Minister' }]);
    expect(group.suggested).toEqual([]);
    expect(group.roles).toBe('Roles: Deputy Foreign Minister (2011) → Prime Minister (this article)');
    // The list may be drawn again (the archive changed) before the answer to the click is.
    expect(await waitFor('the panel to confirm', async () => ((await status())?.includes('Anatoli Brezgin') ? status() : null))).toMatch(/^Noted: Anatoli Brezgin is Anatoly Brezgin/);
  });

  it('after "Not the same person", no longer suggests the article, and keeps both answers with the archive', async () => {
    await panel.click(`.possible-matches button[aria-label="Not the same person: Vera A. Sokolova in ${VARIANT_TITLE} is not Vera Sokolova"]`);
    await waitFor('the suggestion to go', async () => ((await groupOf('Vera Sokolova')) === null ? true : null));
    expect(await waitFor('the panel to confirm', async () => ((await status())?.includes('Sokolova') ? status() : null))).toMatch(
      /^Noted: Vera A\. Sokolova in “Brezgin Opens Talks on Danube Tolls” is someone else/,
    );
    expect((await brezgin())?.earlier).toEqual([{ title: VARIANT_TITLE, role: 'Deputy Foreign Minister' }]);
    const archive = (await panel.evaluate(`chrome.runtime.sendMessage({ type: 'exportArchive' })`)) as { corrections: unknown[] };
    expect(archive.corrections).toEqual(
      expect.arrayContaining([
        { a: 'anatoli brezgin', b: 'anatoly brezgin', same: true },
        { a: 'vera a sokolova', b: 'vera sokolova', same: false },
      ]),
    );
  });
});
