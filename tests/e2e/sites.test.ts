/**
 * Where the production build runs, in real browsers: the content script is registered at runtime
 * (nothing in the manifest), so a listed article is analyzed after install; switching the site off
 * in the real options page stops the analysis of the next load; the side panel's button turns it
 * back on and the open tab is analyzed without a reload. In Firefox, whose optional-permission
 * prompt a pref can answer, "Run on every website" brings an open unlisted page into scope at once.
 * Switching the underlines off in the options page takes them out of an open article at once.
 * The options and onboarding pages are screenshotted to .output/e2e/.
 * Run after `npm run build && npm run build:firefox`.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBrowsersInstalled, launch, type BrowserName, type BrowserUnderTest, type OpenedPage } from './support/browsers';
import { ARTICLE_PATH, BUILDS, NEWS_HOST, SCREENSHOTS } from './support/builds';
import { startFixtureServer, type FixtureServer } from './support/server';
import { waitFor } from './support/wait';

const ARTICLE_URL = `https://${NEWS_HOST}${ARTICLE_PATH}`;
const UNLISTED_PATH = '/page.html';
/** Long enough for an analysis that would happen: it is stored ~100 ms after the load event in both browsers. */
const QUIET_MS = 3_000;

const analysisKey = (tabId: number | null) => `analysis:${tabId}`;
const api = (name: BrowserName) => (name === 'chromium' ? 'chrome' : 'browser');
const statusOf = (page: OpenedPage) => page.evaluate(`document.querySelector('[role=status]')?.textContent ?? ''`) as Promise<string>;
const highlightCount = (page: OpenedPage) => page.evaluate(`(() => { let n = 0; CSS.highlights.forEach((h) => { n += h.size; }); return n; })()`) as Promise<number>;

interface Registered {
  id: string;
  matches: string[];
  excludeMatches?: string[];
  js: string[];
  css: string[];
}

describe.each<BrowserName>(['chromium', 'firefox'])('%s, where Backstory runs', (name) => {
  let server: FixtureServer;
  let browser: BrowserUnderTest;
  let unlisted: OpenedPage;
  let options: OpenedPage;

  const stored = async (tab: OpenedPage) => (await browser.sessionStorage())[analysisKey(tab.tabId)];
  const waitForAnalysis = (tab: OpenedPage, what: string) => waitFor(what, () => stored(tab));
  const registered = () => options.evaluate(`${api(name)}.scripting.getRegisteredContentScripts()`) as Promise<Registered[]>;
  const grantedOrigins = async () => ((await options.evaluate(`${api(name)}.permissions.getAll()`)) as { origins: string[] }).origins;

  beforeAll(async () => {
    assertBrowsersInstalled();
    if (!existsSync(join(BUILDS[name], 'manifest.json'))) throw new Error(`No build in ${BUILDS[name]}: run npm run build && npm run build:firefox`);
    server = await startFixtureServer(join(import.meta.dirname, 'fixtures'), { [ARTICLE_PATH]: 'moscow-article.html', [UNLISTED_PATH]: 'moscow-article.html' }, [NEWS_HOST]);
    // Firefox answers optional-permission requests itself with this pref (no prompt to click).
    browser = await launch(name, {
      extensionDir: BUILDS[name],
      mappedHost: NEWS_HOST,
      httpsPort: server.httpsPort,
      firefoxPrefs: { 'extensions.webextOptionalPermissionPrompts': false },
    });
    unlisted = await browser.open(`http://127.0.0.1:${server.httpPort}${UNLISTED_PATH}`);
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  // Each test builds on the one before: one browser, one install, as a reader would go.

  it('opened the onboarding page at install (the launch waits for it), which says what stays on the device', async () => {
    const onboarding = await browser.openOwnPage('onboarding.html');
    const text = (await onboarding.evaluate(`document.body.innerText`)) as string;
    expect(text).toMatch(/Backstory is ready/);
    expect(text).toMatch(/never leaves your browser/);
    await onboarding.screenshot(join(SCREENSHOTS, `${name}-onboarding.png`));
  });

  it('analyzes a listed article after install, through the script registered at runtime', async () => {
    options = await browser.openOwnPage('options.html');
    const scripts = await registered();
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.matches).toContain('https://*.themoscowtimes.com/*');
    expect(scripts[0]?.css.map((path) => path.replace(/^\//, ''))).toEqual(['content-scripts/article.css']);
    const article = await browser.open(ARTICLE_URL);
    expect(await waitForAnalysis(article, 'the analysis of the listed article')).toMatchObject({ isArticle: true });
    await waitFor('the underlines', () => highlightCount(article));
    expect(await stored(unlisted)).toBeUndefined();
  });

  it('shows the options page with every listed site on', async () => {
    await waitFor('the options page', () => options.evaluate(`document.querySelectorAll('input[name=site]').length`) as Promise<number>);
    expect(await options.evaluate(`[...document.querySelectorAll('input[name=site]')].every((box) => box.checked)`)).toBe(true);
    expect(await options.evaluate(`document.querySelector('#hover-delay').value`)).toBe('500');
    await options.screenshot(join(SCREENSHOTS, `${name}-options.png`));
  });

  let reloaded: OpenedPage;

  it('stops analyzing the listed site on the next load once it is switched off in the options page', async () => {
    await options.click('input[name=site][value="themoscowtimes.com"]');
    expect(await waitFor('the options page to confirm', async () => ((await statusOf(options)).includes('off on themoscowtimes.com') ? statusOf(options) : null))).toMatch(
      /^Backstory is off on themoscowtimes\.com/,
    );
    await waitFor('the registration to exclude the site', async () => (await registered())[0]?.excludeMatches?.includes('https://*.themoscowtimes.com/*'));
    reloaded = await browser.open(ARTICLE_URL);
    await new Promise((done) => setTimeout(done, QUIET_MS));
    expect(await reloaded.evaluate('document.title')).toMatch(/Danube Summit/);
    expect(await stored(reloaded)).toBeUndefined();
    expect(await highlightCount(reloaded)).toBe(0);
  });

  it('turns the site back on from the side panel button, and the open tab is analyzed without a reload', async () => {
    const panel = await browser.openOwnPage(`sidepanel.html?tab=${reloaded.tabId}`);
    expect(await waitFor('the panel to offer the site', () => statusOf(panel))).toBe(`Backstory is not on for ${NEWS_HOST}.`);
    expect(await panel.evaluate(`document.querySelector('.actions button').textContent`)).toBe(`Enable Backstory on ${NEWS_HOST}`);
    await panel.click('.actions button');
    expect(await waitForAnalysis(reloaded, 'the analysis of the tab after enabling')).toMatchObject({ isArticle: true });
    await waitFor('the underlines in the enabled tab', () => highlightCount(reloaded));
    await waitFor('the panel to list the people', () => panel.evaluate(`document.querySelectorAll('.person').length`) as Promise<number>);
  });

  it('takes the underlines away in the open tab when they are switched off, and draws them again', async () => {
    await options.click('#underline');
    await waitFor('the underlines to go', async () => (await highlightCount(reloaded)) === 0);
    // The tab follows the stored setting; the page says so once the save has settled: either may come first.
    expect(await waitFor('the options page to confirm', async () => ((await statusOf(options)).startsWith('Saved') ? statusOf(options) : null))).toBe(
      'Saved: names are not underlined.',
    );
    await options.click('#underline');
    await waitFor('the underlines to come back', () => highlightCount(reloaded));
  });

  if (name === 'firefox') {
    it('runs on an open unlisted page once "Run on every website" is granted, and stops asking for every site when unticked', async () => {
      expect(await stored(unlisted)).toBeUndefined();
      await options.click('#all-sites');
      expect(await waitForAnalysis(unlisted, 'the analysis of the unlisted page')).toMatchObject({ isArticle: true });
      expect(await grantedOrigins()).toContain('*://*/*');
      expect((await registered())[0]?.matches).toEqual(['*://*/*']);
      await options.click('#all-sites');
      await waitFor('the all-sites permission to be removed', async () => !(await grantedOrigins()).includes('*://*/*'));
      expect((await registered())[0]?.matches).not.toContain('*://*/*');
      expect(await waitFor('the options page to confirm', async () => ((await statusOf(options)).includes('no longer') ? statusOf(options) : null))).toBe(
        'Backstory no longer runs on every website.',
      );
    });
  }
});
