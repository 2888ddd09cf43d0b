/**
 * The card on a touch screen and both themes, in Chromium with the production build: tapping a name
 * opens the card as a bottom sheet at once (a tap has no hover), tapping elsewhere closes it; with a
 * dark colour scheme the card and the side panel switch to their dark styles. Screenshots of each go
 * to .output/e2e/ (the card's closed shadow root can only be seen, not read, from outside).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBrowsersInstalled, launchChromiumContext } from './support/browsers';
import { ARTICLE_PATH, assertBuilt, BUILDS, FIXTURES, NEWS_HOST, SCREENSHOTS } from './support/builds';
import { accessibleText, mentionBoxScript, type Box } from './support/card';
import { startFixtureServer, type FixtureServer } from './support/server';
import { waitFor } from './support/wait';

const CARD_TEXT = /Mentioned \d+ times in this article/;
const SURNAME = 'Orlovsky';

const highlightCount = (page: Page) =>
  page.evaluate(`(() => { let n = 0; CSS.highlights.forEach((h) => { n += h.size; }); return n; })()`) as Promise<number>;

/** Relative luminance (0 black .. 1 white) of a CSS rgb() colour. */
function luminance(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

describe('chromium: touch and colour schemes', () => {
  let server: FixtureServer;
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;
  let cdp: CDPSession;

  const tap = async (x: number, y: number) => {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };

  beforeAll(async () => {
    assertBrowsersInstalled();
    assertBuilt(BUILDS.chromium);
    server = await startFixtureServer(FIXTURES, { [ARTICLE_PATH]: 'moscow-article.html' }, [NEWS_HOST]);
    ({ context, close } = await launchChromiumContext({ extensionDir: BUILDS.chromium, mappedHost: NEWS_HOST, httpsPort: server.httpsPort }));
    page = await context.newPage();
    cdp = await context.newCDPSession(page);
    await page.goto(`https://${NEWS_HOST}${ARTICLE_PATH}`, { waitUntil: 'load' });
    await waitFor('the mention highlights', () => highlightCount(page));
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await close?.();
    await server?.close();
  });

  it('opens the card as a bottom sheet on a tap, without waiting, and closes it on a tap elsewhere', async () => {
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    const word = (await page.evaluate(mentionBoxScript(SURNAME))) as Box;
    await tap((word.left + word.right) / 2, (word.top + word.bottom) / 2);
    await waitFor('the sheet to open', async () => CARD_TEXT.test(await accessibleText(cdp)), 1_000, 25);
    expect(await accessibleText(cdp)).toContain('Deputy Foreign Minister');
    await page.screenshot({ path: join(SCREENSHOTS, 'chromium-card-sheet.png') });
    await tap(5, 5);
    await waitFor('the sheet to close', async () => !CARD_TEXT.test(await accessibleText(cdp)), 2_000);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: false });
  });

  it('shows the card in the dark scheme', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const word = (await page.evaluate(mentionBoxScript(SURNAME))) as Box;
    await page.mouse.move(5, 5);
    await page.mouse.move((word.left + word.right) / 2, (word.top + word.bottom) / 2, { steps: 5 });
    await waitFor('the card to open', async () => CARD_TEXT.test(await accessibleText(cdp)), 3_000);
    expect(await accessibleText(cdp)).toContain('Deputy Foreign Minister');
    await page.screenshot({ path: join(SCREENSHOTS, 'chromium-card-dark.png') });
    await page.keyboard.press('Escape');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('draws the side panel dark in the dark scheme and light otherwise', async () => {
    const worker = context.serviceWorkers()[0];
    if (!worker) throw new Error('The extension service worker is not running');
    // The article's tab, pinned with ?tab= as a panel opened beside it would follow it.
    const [articleTab] = (await worker.evaluate(`chrome.tabs.query({ url: 'https://${NEWS_HOST}/*' }).then((tabs) => tabs.map((tab) => tab.id))`)) as number[];
    const panelUrl = new URL(`sidepanel.html?tab=${articleTab}`, worker.url()).href;
    const panel = await context.newPage();
    const background = async (scheme: 'dark' | 'light') => {
      await panel.emulateMedia({ colorScheme: scheme });
      await panel.goto(panelUrl, { waitUntil: 'load' });
      await panel.waitForSelector('text=Gennady Orlovsky');
      return (await panel.evaluate(`getComputedStyle(document.body).backgroundColor`)) as string;
    };
    const dark = await background('dark');
    await panel.screenshot({ path: join(SCREENSHOTS, 'chromium-sidepanel-dark.png') });
    const light = await background('light');
    expect(luminance(dark)).toBeLessThan(0.3);
    expect(luminance(light)).toBeGreaterThan(0.7);
    await panel.close();
  });
});
