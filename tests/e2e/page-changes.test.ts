/**
 * A news site built as a single-page app: the next story replaces the open one without a page
 * load, and a live update adds to the story. The production build reads the page again each time
 * and leaves nothing of the previous reading behind. Run with `npm run e2e` (builds first).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis, ArticleAnalysis } from '../../lib/types';
import { assertBrowsersInstalled, launch, type BrowserName, type BrowserUnderTest, type OpenedPage } from './support/browsers';
import type { PageHighlights } from './support/probes';
import { BUILDS, FIXTURES, NEWS_HOST } from './support/builds';
import { startFixtureServer, type FixtureServer } from './support/server';
import { waitFor } from './support/wait';

const FIRST_PATH = '/2013/04/14/harbor-council-backs-ferry-plan';
const NEXT_PATH = '/2013/04/15/museum-reopens-after-flood';
/** An update is read at most every ten seconds, after the page has been quiet for a moment. */
const UPDATE_WAIT_MS = 25_000;

const names = (analysis: ArticleAnalysis) => analysis.people.map((person) => person.name);
const marked = (highlights: PageHighlights) => Object.values(highlights ?? {}).flat();

describe.each<BrowserName>(['chromium', 'firefox'])('%s: single-page navigation and live updates', (name) => {
  let server: FixtureServer;
  let browser: BrowserUnderTest;
  let page: OpenedPage;

  /** The stored analysis once `ready` accepts it. */
  const analysisWhen = (what: string, ready: (analysis: ArticleAnalysis) => boolean, timeoutMs = 15_000) =>
    waitFor(what, async () => {
      const analysis = (await browser.sessionStorage())[`analysis:${page.tabId}`] as Analysis | undefined;
      return analysis?.isArticle && ready(analysis) ? analysis : null;
    }, timeoutMs);

  const highlightsWhen = (what: string, ready: (texts: string[]) => boolean) =>
    waitFor(what, async () => {
      const texts = marked(await page.highlights());
      return ready(texts) ? texts : null;
    });

  beforeAll(async () => {
    assertBrowsersInstalled();
    if (!existsSync(join(BUILDS[name], 'manifest.json'))) throw new Error(`No build in ${BUILDS[name]}: run npm run build && npm run build:firefox`);
    server = await startFixtureServer(FIXTURES, { [FIRST_PATH]: 'spa-article.html' }, [NEWS_HOST]);
    browser = await launch(name, { extensionDir: BUILDS[name], mappedHost: NEWS_HOST, httpsPort: server.httpsPort });
    page = await browser.open(`https://${NEWS_HOST}${FIRST_PATH}`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reads the first story', async () => {
    const analysis = await analysisWhen('the first story', (found) => names(found).includes('Helena Marsh'));
    expect(names(analysis)).toEqual(expect.arrayContaining(['Helena Marsh', 'Pavel Dranov']));
    expect(await highlightsWhen('the first names marked', (texts) => texts.includes('Helena Marsh'))).toEqual(expect.arrayContaining(['Dranov']));
  });

  it('reads the next story after the app navigates, with nothing left of the first', async () => {
    await page.evaluate('window.showNextStory()');
    const analysis = await analysisWhen('the next story', (found) => found.url.endsWith(NEXT_PATH));
    expect(analysis.title).toBe('City Museum Reopens After Flood');
    expect(names(analysis)).toEqual(expect.arrayContaining(['Oskar Lindgren', 'Irina Volkova']));
    expect(names(analysis)).not.toContain('Helena Marsh');
    const texts = await highlightsWhen('the new names marked', (found) => found.includes('Oskar Lindgren'));
    expect(texts.filter((text) => /Marsh|Dranov/.test(text))).toEqual([]);
    // The old reading's highlights are gone (no empty ones left registered) and at most one card host exists.
    expect(Object.keys((await page.highlights()) ?? {}).every((key) => key.startsWith('backstory-'))).toBe(true);
    expect(await page.evaluate(`document.querySelectorAll('[data-backstory-ui]').length`)).toBeLessThanOrEqual(1);
  });

  it('reads a live update to the open story', async () => {
    await page.evaluate('window.addLiveUpdate()');
    const analysis = await analysisWhen('the live update', (found) => names(found).includes('Marco Bellini'), UPDATE_WAIT_MS);
    expect(names(analysis)).toEqual(expect.arrayContaining(['Oskar Lindgren', 'Marco Bellini']));
    expect(await highlightsWhen('the new name marked', (texts) => texts.includes('Marco Bellini'))).toEqual(expect.arrayContaining(['Lindgren']));
  }, UPDATE_WAIT_MS + 10_000);
});

const LATE_PATH = '/2013/04/18/tram-depot-strike-ends';

describe.each<BrowserName>(['chromium', 'firefox'])('%s: a story the page renders after its load', (name) => {
  let server: FixtureServer;
  let browser: BrowserUnderTest;
  let page: OpenedPage;

  const stored = () => browser.sessionStorage().then((session) => session[`analysis:${page.tabId}`] as Analysis | undefined);

  beforeAll(async () => {
    assertBrowsersInstalled();
    if (!existsSync(join(BUILDS[name], 'manifest.json'))) throw new Error(`No build in ${BUILDS[name]}: run npm run build && npm run build:firefox`);
    server = await startFixtureServer(FIXTURES, { [LATE_PATH]: 'late-article.html' }, [NEWS_HOST]);
    browser = await launch(name, { extensionDir: BUILDS[name], mappedHost: NEWS_HOST, httpsPort: server.httpsPort });
    page = await browser.open(`https://${NEWS_HOST}${LATE_PATH}`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds no article in the empty shell, and says so', async () => {
    const shell = await waitFor('the shell read', async () => ((await stored())?.isArticle === false ? await stored() : null));
    expect(shell).toEqual({ isArticle: false, reason: 'This page has no article text.' });
  });

  it('reads the story once the app has rendered it, without an address change', async () => {
    await page.evaluate('window.renderStory()');
    const analysis = await waitFor('the rendered story', async () => {
      const found = await stored();
      return found?.isArticle && found.people.length > 0 ? found : null;
    });
    expect(names(analysis)).toEqual(expect.arrayContaining(['Ruslan Tegin', 'Marta Kovalenko']));
    expect(await waitFor('the names marked', async () => (marked(await page.highlights()).includes('Ruslan Tegin') ? marked(await page.highlights()) : null))).toEqual(
      expect.arrayContaining(['Kovalenko']),
    );
  });
});
