/**
 * The side panel of the production build in a real browser: opened as a tab pinned to the article's
 * tab (`sidepanel.html?tab=<id>`), it lists what the background stored for that tab. Run after
 * `npm run build && npm run build:firefox`.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBrowsersInstalled, launch, type BrowserName, type BrowserUnderTest, type OpenedPage } from './support/browsers';
import { ARTICLE_PATH, BUILDS, NEWS_HOST, SCREENSHOTS } from './support/builds';
import { startFixtureServer, type FixtureServer } from './support/server';
import { waitFor } from './support/wait';

const UNLISTED_PATH = '/page.html';
/** A section front on the listed site: a list of links, not an article. */
const INDEX_PATH = '/news/world';

/** What a script of the panel's document sees: the rendered sections, read back as text. */
const PANEL_SCRIPT = `(() => {
  const texts = (selector) => [...document.querySelectorAll(selector)].map((el) => el.textContent);
  return {
    status: document.querySelector('[role=status]')?.textContent ?? null,
    people: [...document.querySelectorAll('.person')].map((li) => ({
      name: li.querySelector('.name')?.textContent,
      role: li.querySelector('.role')?.textContent ?? null,
      official: !!li.querySelector('.badge'),
    })),
    events: [...document.querySelectorAll('.event')].map((li) => [...li.children].map((el) => el.textContent)),
    links: [...document.querySelectorAll('#related-heading ~ :is(ul, ol) a')].map((a) => a.href),
    headings: texts('h2'),
  };
})()`;

interface PanelContent {
  status: string | null;
  people: { name: string; role: string | null; official: boolean }[];
  events: string[][];
  links: string[];
  headings: string[];
}

describe.each<BrowserName>(['chromium', 'firefox'])('%s side panel, production build', (name) => {
  let server: FixtureServer;
  let browser: BrowserUnderTest;
  let article: OpenedPage;
  let panel: OpenedPage;
  let content: PanelContent;
  let unlistedStatus: string | null;
  let indexStatus: string | null;

  beforeAll(async () => {
    assertBrowsersInstalled();
    if (!existsSync(join(BUILDS[name], 'manifest.json'))) throw new Error(`No build in ${BUILDS[name]}: run npm run build && npm run build:firefox`);
    server = await startFixtureServer(
      join(import.meta.dirname, 'fixtures'),
      { [ARTICLE_PATH]: 'moscow-article.html', [UNLISTED_PATH]: 'moscow-article.html', [INDEX_PATH]: 'section-index.html' },
      [NEWS_HOST],
    );
    browser = await launch(name, { extensionDir: BUILDS[name], mappedHost: NEWS_HOST, httpsPort: server.httpsPort });
    const unlisted = await browser.open(`http://127.0.0.1:${server.httpPort}${UNLISTED_PATH}`);
    article = await browser.open(`https://${NEWS_HOST}${ARTICLE_PATH}`);
    panel = await browser.openOwnPage(`sidepanel.html?tab=${article.tabId}`);
    content = await waitFor('the panel to list the people', async () => {
      const found = (await panel.evaluate(PANEL_SCRIPT)) as PanelContent;
      return found.people.length > 0 && found.events.length > 0 ? found : null;
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
    await panel.screenshot(join(SCREENSHOTS, `${name}-sidepanel.png`));
    const unlistedPanel = await browser.openOwnPage(`sidepanel.html?tab=${unlisted.tabId}`);
    unlistedStatus = await waitFor('the unlisted tab status', async () => ((await unlistedPanel.evaluate(PANEL_SCRIPT)) as PanelContent).status || null);
    const index = await browser.open(`https://${NEWS_HOST}${INDEX_PATH}`);
    const indexPanel = await browser.openOwnPage(`sidepanel.html?tab=${index.tabId}`);
    indexStatus = await waitFor('the section front status', async () => {
      const status = ((await indexPanel.evaluate(PANEL_SCRIPT)) as PanelContent).status;
      return status?.startsWith('Not an article') ? status : null;
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists the people with their roles, officials first', () => {
    expect(content.people).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Gennady Orlovsky', role: 'Deputy Foreign Minister', official: true })]),
    );
    const names = content.people.map((person) => person.name);
    expect(names).toEqual(expect.arrayContaining(['Gennady Orlovsky', 'Helen Whitcombe', 'Pavel Yermakov', 'Lidia Savchenko']));
    const firstNonOfficial = content.people.findIndex((person) => !person.official);
    expect(content.people.slice(firstNonOfficial).every((person) => !person.official)).toBe(true);
  });

  it('shows the summit with its dates, place and distance from publication', () => {
    expect(content.events).toContainEqual(['Danube Summit', '20 June 2013 – 21 June 2013', 'Vienna', '2 months after this article']);
  });

  it('links the related articles', () => {
    expect(content.links).toEqual(
      expect.arrayContaining([
        `https://${NEWS_HOST}/2013/04/10/grain-exporters-ask-for-shared-shipping-registry-a23210`,
        `https://${NEWS_HOST}/2013/03/28/black-sea-trawlers-stay-in-port-as-quota-row-drags-on-a23004`,
        `https://${NEWS_HOST}/2013/02/19/trade-attaches-expelled-in-tit-for-tat-move-a22671`,
      ]),
    );
    expect(content.headings).toEqual(['People', 'Events', 'Related articles', 'Earlier coverage']);
  });

  it('says why a page on a listed site is not an article', () => {
    expect(indexStatus).toMatch(/^Not an article: .*does not look like an article.*section/);
  });

  it('says Backstory is not on for an unlisted site', () => {
    expect(unlistedStatus).toMatch(/Backstory is not on for this page/);
  });

  it('shows a new analysis of its tab without a reload', async () => {
    const key = JSON.stringify(`analysis:${article.tabId}`);
    await panel.evaluate(`(globalThis.browser ?? chrome).storage.session.set({ [${key}]: { isArticle: false, reason: 'replaced by the test' } })`);
    const status = await waitFor('the panel to follow the stored analysis', async () => {
      const found = ((await panel.evaluate(PANEL_SCRIPT)) as PanelContent).status;
      return found?.includes('replaced by the test') ? found : null;
    });
    expect(status).toBe('Not an article: replaced by the test');
  });

  it('cannot be read by the article page', async () => {
    const read = await article.evaluate(
      `fetch(${JSON.stringify(browser.extensionUrl('sidepanel.html'))}).then(() => 'read', () => 'refused')`,
    );
    expect(read).toBe('refused');
  });
});
