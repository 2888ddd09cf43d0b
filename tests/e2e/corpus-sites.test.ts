/**
 * The corpus pages of sites Backstory does not list, each at its own address, in Firefox: the reader
 * turns on "Run on every website" in the options page (Firefox answers its permission prompt through
 * a pref, as a reader clicking "Allow" would), and every page is then read as an article, with the
 * same people, events and related links the command line finds in the saved file, and its names
 * underlined. The pages' own scripts do not run here (see below). (Chromium's prompt cannot be answered from a test; its main-thread test serves these
 * pages under a listed site's name instead.)
 * Run after `npm run build:firefox`.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze';
import type { Analysis, ArticleAnalysis } from '../../lib/types';
import { analyzeHtml } from '../../scripts/dom';
import { assertBrowsersInstalled, launch, type BrowserUnderTest } from './support/browsers';
import { BUILDS, assertBuilt } from './support/builds';
import { corpusPages } from './support/corpus';
import { startFixtureServer, type FixtureServer } from './support/server';
import { waitFor } from './support/wait';

const unlisted = corpusPages().filter((page) => !page.listed);

/** What a reader is shown of an analysis: who, what happened, what to read next. */
const shown = (analysis: ArticleAnalysis) => ({
  people: analysis.people.map((person) => [person.name, person.role]),
  events: analysis.events.map((event) => [event.name, event.date]),
  related: analysis.related.map((link) => link.title),
});

describe('firefox: corpus pages of sites Backstory does not list, once the reader runs it on every website', () => {
  let server: FixtureServer;
  let browser: BrowserUnderTest;
  const results = new Map<string, { analysis: Analysis; highlighted: number } | Error>();

  beforeAll(async () => {
    assertBrowsersInstalled();
    assertBuilt(BUILDS.firefox);
    const routes = Object.fromEntries(unlisted.map((page) => [page.url.pathname, page.file]));
    const hosts = [...new Set(unlisted.flatMap((page) => [page.url.hostname, ...page.otherHosts]))];
    server = await startFixtureServer('/', routes, hosts);
    browser = await launch('firefox', {
      extensionDir: BUILDS.firefox,
      // Every host the pages load from goes to the fixture server: nothing leaves the machine.
      mappedHost: hosts.join(','),
      httpsPort: server.httpsPort,
      // The pages' own scripts are off: without their servers some replace the story with an error
      // notice, which is not the page the saved file holds (the extension's scripts still run).
      firefoxPrefs: { 'extensions.webextOptionalPermissionPrompts': false, 'javascript.enabled': false },
    });
    const options = await browser.openOwnPage('options.html');
    await waitFor('the options page', () => options.evaluate(`document.querySelector('#all-sites') !== null`));
    await options.click('#all-sites');
    await waitFor('the options page to confirm', async () => ((await options.evaluate(`document.querySelector('[role=status]')?.textContent ?? ''`)) as string).includes('every website'));
    for (const page of unlisted) {
      const tab = await browser.open(page.url.href);
      // One page's failure is reported by that page's test; the others are still read.
      try {
        const analysis = await waitFor(`the analysis of ${page.name}`, async () => (await browser.sessionStorage())[`analysis:${tab.tabId}`] as Analysis | undefined, 30_000);
        const highlighted =
          analysis.isArticle && analysis.people.length > 0
            ? await waitFor(`the underlines on ${page.name}`, async () => ((await tab.evaluate('CSS.highlights.size')) as number) || null, 30_000)
            : 0;
        results.set(page.name, { analysis, highlighted });
      } catch (error) {
        results.set(page.name, error instanceof Error ? error : new Error(String(error)));
      } finally {
        await tab.close();
      }
    }
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('has pages of unlisted sites to read', () => {
    expect(unlisted.length).toBeGreaterThan(20);
  });

  it.each(unlisted.map((page) => [page.name, page] as const))('%s: read as an article, as the command line reads it, names underlined', (name, page) => {
    const result = results.get(name);
    if (result instanceof Error) throw result;
    const offline = analyzeHtml(readFileSync(page.file, 'utf8'), page.url.href, analyzeDocument);
    expect(offline).toMatchObject({ isArticle: true });
    expect(result?.analysis).toMatchObject({ isArticle: true });
    const inBrowser = result?.analysis as ArticleAnalysis;
    expect(shown(inBrowser)).toEqual(shown(offline as ArticleAnalysis));
    // Names are underlined wherever there are names.
    expect(result?.highlighted ?? 0).toBeGreaterThanOrEqual(Math.min(1, inBrowser.people.length));
  });
});
