/**
 * The hover card in a real Chromium with the production build: hovering a highlighted surname
 * opens the card after the dwell, in one host element whose closed shadow root the page cannot
 * open; Escape closes it. The page cannot read a closed root, so the card's text is read from the
 * browser's accessibility tree (which is built from the flattened tree) and its pixels from screenshots.
 * Run with `npm run build && npx vitest run --config vitest.e2e.config.ts tests/e2e/card.test.ts`.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser as FirefoxBrowser, Page as FirefoxPage } from 'puppeteer-core';
import { assertBrowsersInstalled, launchChromiumContext, launchFirefoxBrowser } from './support/browsers';
import { accessibleText, mentionBoxScript, type Box } from './support/card';
import { ARTICLE_PATH, BUILDS, FIXTURES, NEWS_HOST, SCREENSHOTS } from './support/builds';
import { startFixtureServer, type FixtureServer } from './support/server';
import { waitFor } from './support/wait';

const SURNAME = 'Orlovsky';
const ROLE = 'Deputy Foreign Minister';

const CARD_TEXT = /Mentioned \d+ times in this article/;
const occurrences = (text: string, needle: string) => text.split(needle).length - 1;

const highlightCount = (page: Page) =>
  page.evaluate(`(() => { let n = 0; CSS.highlights.forEach((h) => { n += h.size; }); return n; })()`) as Promise<number>;

describe('chromium, hover card', () => {
  let server: FixtureServer;
  let close: () => Promise<void>;
  let page: Page;
  let cdp: CDPSession;

  beforeAll(async () => {
    assertBrowsersInstalled();
    if (!existsSync(join(BUILDS.chromium, 'manifest.json'))) throw new Error(`No build in ${BUILDS.chromium}: run npm run build`);
    server = await startFixtureServer(FIXTURES, { [ARTICLE_PATH]: 'moscow-article.html' }, [NEWS_HOST]);
    const launched = await launchChromiumContext({ extensionDir: BUILDS.chromium, mappedHost: NEWS_HOST, httpsPort: server.httpsPort });
    close = launched.close;
    page = await launched.context.newPage();
    cdp = await launched.context.newCDPSession(page);
    await page.goto(`https://${NEWS_HOST}${ARTICLE_PATH}`, { waitUntil: 'load' });
    await waitFor('the mention highlights', () => highlightCount(page));
  });

  afterAll(async () => {
    await close?.();
    await server?.close();
  });

  it('adds nothing to the page before the reader hovers', async () => {
    expect(await page.evaluate(`document.querySelector('[data-backstory-ui]') === null`)).toBe(true);
    expect(await accessibleText(cdp)).not.toMatch(CARD_TEXT);
  });

  it('opens the card after the dwell, in a closed shadow root, and closes it on Escape', async () => {
    const box = (await page.evaluate(mentionBoxScript(SURNAME))) as Box | null;
    expect(box).not.toBeNull();
    const word = box as Box;
    await page.mouse.move(5, 5);
    const before = await page.screenshot();
    // The article states the role itself: the card adds more occurrences (text and its inline boxes).
    const rolesBefore = occurrences(await accessibleText(cdp), ROLE);
    await page.mouse.move((word.left + word.right) / 2, (word.top + word.bottom) / 2, { steps: 5 });
    // Still inside the dwell: nothing yet.
    expect(await page.evaluate(`document.querySelector('[data-backstory-ui]') === null`)).toBe(true);
    await page.waitForTimeout(700);

    expect(await page.evaluate(`document.querySelectorAll('[data-backstory-ui]').length`)).toBe(1);
    // Closed: the page's scripts cannot open it.
    expect(await page.evaluate(`document.querySelector('[data-backstory-ui]').shadowRoot === null`)).toBe(true);
    const text = await accessibleText(cdp);
    expect(text).toMatch(CARD_TEXT);
    expect(occurrences(text, ROLE)).toBeGreaterThan(rolesBefore);
    expect(text).toContain('Official');

    mkdirSync(SCREENSHOTS, { recursive: true });
    const after = await page.screenshot({ path: join(SCREENSHOTS, 'chromium-card.png') });
    expect(after.equals(before)).toBe(false);

    await page.keyboard.press('Escape');
    await waitFor('the card to close', async () => !CARD_TEXT.test(await accessibleText(cdp)), 2_000);
  });

  it('closes about 300 ms after the pointer leaves the word', async () => {
    const word = (await page.evaluate(mentionBoxScript(SURNAME))) as Box;
    await page.mouse.move(5, 5);
    await page.mouse.move((word.left + word.right) / 2, (word.top + word.bottom) / 2, { steps: 5 });
    const opening = performance.now();
    await waitFor('the card to open', async () => CARD_TEXT.test(await accessibleText(cdp)), 2_000, 25);
    expect(performance.now() - opening).toBeGreaterThan(400);
    await page.mouse.move(5, 5, { steps: 2 });
    expect(await accessibleText(cdp)).toMatch(CARD_TEXT);
    await waitFor('the card to close', async () => !CARD_TEXT.test(await accessibleText(cdp)), 2_000);
  });
});

/**
 * Firefox has no CDP accessibility tree here, so the card is checked by its host, its closed root
 * and its pixels: the page looks different with the card and exactly as before once Escape closed it.
 */
describe('firefox, hover card', () => {
  let server: FixtureServer;
  let browser: FirefoxBrowser;
  let page: FirefoxPage;

  beforeAll(async () => {
    assertBrowsersInstalled();
    if (!existsSync(join(BUILDS.firefox, 'manifest.json'))) throw new Error(`No build in ${BUILDS.firefox}: run npm run build:firefox`);
    server = await startFixtureServer(FIXTURES, { [ARTICLE_PATH]: 'moscow-article.html' }, [NEWS_HOST]);
    browser = await launchFirefoxBrowser({ extensionDir: BUILDS.firefox, mappedHost: NEWS_HOST, httpsPort: server.httpsPort });
    page = await browser.newPage();
    await page.goto(`https://${NEWS_HOST}${ARTICLE_PATH}`, { waitUntil: 'load' });
    await waitFor('the mention highlights', () => page.evaluate(`(() => { let n = 0; CSS.highlights.forEach((h) => { n += h.size; }); return n; })()`) as Promise<number>);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens the card in a closed shadow root after the dwell and closes it on Escape', async () => {
    expect(await page.evaluate(`document.querySelector('[data-backstory-ui]') === null`)).toBe(true);
    const word = (await page.evaluate(mentionBoxScript(SURNAME))) as Box | null;
    expect(word).not.toBeNull();
    const { left, top, right, bottom } = word as Box;
    await page.mouse.move(5, 5);
    const before = Buffer.from(await page.screenshot());
    await page.mouse.move((left + right) / 2, (top + bottom) / 2, { steps: 5 });
    await new Promise((done) => setTimeout(done, 700));

    expect(await page.evaluate(`document.querySelectorAll('[data-backstory-ui]').length`)).toBe(1);
    expect(await page.evaluate(`document.querySelector('[data-backstory-ui]').shadowRoot === null`)).toBe(true);
    mkdirSync(SCREENSHOTS, { recursive: true });
    const after = Buffer.from(await page.screenshot({ path: join(SCREENSHOTS, 'firefox-card.png') }));
    expect(after.equals(before)).toBe(false);

    await page.keyboard.press('Escape');
    await waitFor('the card to close', async () => Buffer.from(await page.screenshot()).equals(before), 2_000);
  });
});
