/**
 * The production build in real browsers: a listed news page served locally gets analyzed and the
 * analysis lands in session storage for its tab; an unlisted page gets nothing; the page itself is
 * left exactly as the browser built it. Run with `npm run e2e` (builds first).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis, ArticleAnalysis } from '../../lib/types';
import { assertBrowsersInstalled, launch, type BrowserName, type BrowserUnderTest, type OpenedPage } from './support/browsers';
import { ARTICLE_PATH, assertBuilt, BUILDS, FIXTURES, NEWS_HOST, SCREENSHOTS } from './support/builds';
import type { LongTaskSummary, PageFingerprint, PageHighlights } from './support/probes';
import { startFixtureServer, type FixtureServer } from './support/server';
import { waitFor } from './support/wait';

const ARTICLE_URL = `https://${NEWS_HOST}${ARTICLE_PATH}`;
const UNLISTED_PATH = '/page.html';
/** The same article under both addresses: only the domain decides whether Backstory runs. */
const ROUTES = { [ARTICLE_PATH]: 'moscow-article.html', [UNLISTED_PATH]: 'moscow-article.html' };

const analysisKey = (tabId: number | null) => `analysis:${tabId}`;

function report(name: BrowserName, what: string, value: unknown): void {
  console.log(`[e2e ${name}] ${what}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
}

const describeLongTasks = (summary: LongTaskSummary | null) =>
  summary ? `${summary.count} long task(s), longest ${summary.longest?.durationMs ?? 0} ms, total ${summary.totalMs} ms` : 'Long Tasks API not supported';

describe.each<BrowserName>(['chromium', 'firefox'])('%s, production build', (name) => {
  let server: FixtureServer;
  const browsers: BrowserUnderTest[] = [];
  let unlisted: OpenedPage;
  let article: OpenedPage;
  let stored: Record<string, unknown>;
  let withExtension: PageFingerprint;
  let highlights: PageHighlights;
  let withoutExtension: PageFingerprint;

  const start = async (extensionDir: string | null) => {
    const browser = await launch(name, { extensionDir, mappedHost: NEWS_HOST, httpsPort: server.httpsPort });
    browsers.push(browser);
    return browser;
  };

  beforeAll(async () => {
    assertBrowsersInstalled();
    assertBuilt(BUILDS[name]);
    server = await startFixtureServer(FIXTURES, ROUTES, [NEWS_HOST]);

    let clock = performance.now();
    const lap = () => {
      const now = performance.now();
      const ms = Math.round(now - clock);
      clock = now;
      return `${ms} ms`;
    };

    const browser = await start(BUILDS[name]);
    report(name, 'launch with extension', lap());
    // The unlisted page is opened first: by the time the article's analysis is stored, its own
    // content script (if one wrongly ran) has had as long to report as the article's had.
    unlisted = await browser.open(`http://127.0.0.1:${server.httpPort}${UNLISTED_PATH}`);
    lap();
    article = await browser.open(ARTICLE_URL);
    report(name, 'article load event', lap());
    stored = await waitFor('the analysis of the article tab', async () => {
      const all = await browser.sessionStorage();
      return analysisKey(article.tabId) in all ? all : null;
    });
    report(name, 'load event -> analysis stored', lap());
    highlights = await waitFor('the underlines', async () => {
      const found = await article.highlights();
      return found && Object.keys(found).length > 0 ? found : null;
    });
    report(name, 'analysis stored -> names underlined', lap());
    withExtension = await article.fingerprint();
    report(name, 'main thread with extension', describeLongTasks(await article.longTasks()));
    mkdirSync(SCREENSHOTS, { recursive: true });
    await article.screenshot(join(SCREENSHOTS, `${name}-article.png`));

    const baseline = await (await start(null)).open(ARTICLE_URL);
    withoutExtension = await baseline.fingerprint();
    report(name, 'main thread without extension', describeLongTasks(await baseline.longTasks()));
  });

  afterAll(async () => {
    await Promise.all(browsers.map((browser) => browser.close()));
    await server?.close();
  });

  const articleAnalysis = (): ArticleAnalysis => {
    const analysis = stored[analysisKey(article.tabId)] as Analysis;
    if (!analysis.isArticle) throw new Error(`Stored analysis says not an article: ${analysis.reason}`);
    return analysis;
  };

  it('stores the analysis of the listed article under its tab', () => {
    const analysis = articleAnalysis();
    expect(analysis.url).toBe(ARTICLE_URL);
    expect(analysis.title).toBe('Envoys Trade Letters Ahead of Danube Summit');
    expect(analysis.authors).toEqual(['Marta Kolesnikova']);
    expect(analysis.published).toBe('2013-04-14');
  });

  it('finds the people and their roles', () => {
    const people = articleAnalysis().people;
    expect(people.map((person) => person.name)).toEqual(
      expect.arrayContaining(['Gennady Orlovsky', 'Helen Whitcombe', 'Pavel Yermakov', 'Lidia Savchenko']),
    );
    expect(people.find((person) => person.name === 'Gennady Orlovsky')?.role).toBe('Deputy Foreign Minister');
  });

  it('finds the summit with its dates and place', () => {
    expect(articleAnalysis().events).toContainEqual(
      expect.objectContaining({ name: 'Danube Summit', date: '2013-06-20', end: '2013-06-21', place: 'Vienna' }),
    );
  });

  it('collects the related links and not the most-read list', () => {
    expect(articleAnalysis().related.map((link) => link.url)).toEqual([
      `https://${NEWS_HOST}/2013/04/10/grain-exporters-ask-for-shared-shipping-registry-a23210`,
      `https://${NEWS_HOST}/2013/03/28/black-sea-trawlers-stay-in-port-as-quota-row-drags-on-a23004`,
      `https://${NEWS_HOST}/2013/02/19/trade-attaches-expelled-in-tit-for-tat-move-a22671`,
    ]);
  });

  it('underlines every mention of the people in the live page, officials apart', () => {
    const official = highlights?.['backstory-official'] ?? [];
    const other = highlights?.['backstory-person'] ?? [];
    expect(official).toEqual(expect.arrayContaining(['Gennady Orlovsky']));
    expect(official.length + other.length).toBeGreaterThanOrEqual(articleAnalysis().people.reduce((sum, person) => sum + person.mentions, 0));
    const forms = new Set(articleAnalysis().people.flatMap((person) => [person.name, ...person.aliases]));
    for (const text of [...official, ...other]) expect(forms.has(text.replace(/['’]s$/, ''))).toBe(true);
  });

  it('stores nothing for the same page on an unlisted domain', () => {
    expect(unlisted.tabId).not.toBe(article.tabId);
    // Other session keys (what recording did, archive changes) are not analyses.
    expect(Object.keys(stored).filter((key) => key.startsWith('analysis:'))).toEqual([analysisKey(article.tabId)]);
  });

  it('leaves the page exactly as the browser builds it without the extension', () => {
    // Both loads really rendered the article: two blank pages would compare equal too.
    expect(withoutExtension.text).toContain('Danube Summit in Vienna');
    expect(withExtension.elements).toBe(withoutExtension.elements);
    expect(withExtension.shape).toEqual(withoutExtension.shape);
    expect(withExtension.text).toBe(withoutExtension.text);
    expect(withExtension.shadowHosts).toBe(0);
  });
});
