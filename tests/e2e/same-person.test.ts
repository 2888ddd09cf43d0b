/**
 * "Maybe the same person" in real browsers with the production build: an article naming "Anatoli
 * Brezgin" (Deputy Foreign Minister) is read, then one naming "Anatoly Brezgin" (Prime Minister).
 * The identity rule does not link the two spellings; the side panel suggests the first article
 * under Anatoly Brezgin, and after "Same person" lists it in his earlier coverage with its role.
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
  const brezgin = async () => (await groups()).find((group) => group.person === 'Anatoly Brezgin') ?? null;
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

  it('suggests the article naming another spelling under the person, with the name and role it gave, and links nothing by itself', async () => {
    const group = await waitFor('a suggestion in the panel', async () => {
      const found = await brezgin();
      return found && found.suggested.length > 0 ? found : null;
    });
    expect(group.suggested).toEqual([{ title: VARIANT_TITLE, named: 'Anatoli Brezgin, Deputy Foreign Minister', when: '7 October 2011 · The Moscow Times' }]);
    expect(group.earlier).toEqual([]);
    // Nobody else is suggested: the other people's names match no one.
    expect((await groups()).filter((other) => other.suggested.length > 0).map((other) => other.person)).toEqual(['Anatoly Brezgin']);
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
    expect(await panel.evaluate(`document.querySelector('.status')?.textContent`)).toMatch(/^Noted: Anatoli Brezgin is Anatoly Brezgin/);
    // The reader's answer is kept with the archive.
    const archive = (await panel.evaluate(`chrome.runtime.sendMessage({ type: 'exportArchive' })`)) as { corrections: unknown[] };
    expect(archive.corrections).toEqual([{ a: 'anatoli brezgin', b: 'anatoly brezgin', same: true }]);
  });
});
