/**
 * Moving between the side panel, the hover card and the page, with the production build in real
 * browsers. The panel is opened as a tab pinned to the article's tab (`sidepanel.html?tab=<id>`), as
 * in sidepanel.test.ts. Keyboard shortcuts and the page's context menu cannot be used headless: the
 * messages they send are sent here from the panel's page instead, and the background's handlers are
 * unit-tested (tests/unit/background/navigation.test.ts).
 * Run after `npm run build && npm run build:firefox`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assertBrowsersInstalled,
  launch,
  launchChromiumContext,
  type BrowserName,
  type BrowserUnderTest,
  type OpenedPage,
} from './support/browsers';
import { ARTICLE_PATH, assertBuilt, BUILDS, FIXTURES, NEWS_HOST, SCREENSHOTS } from './support/builds';
import { accessibleButtonBox, mentionBoxScript, type Box } from './support/card';
import type { PageFingerprint } from './support/probes';
import { startFixtureServer, type FixtureServer } from './support/server';
import { waitFor } from './support/wait';

/** The flashed mention as a page script sees it: its text and box, and where the window is. */
interface Flash {
  texts: string[];
  top: number;
  bottom: number;
  viewportHeight: number;
  scrollY: number;
}

const FLASH_SCRIPT = `(() => {
  const flash = CSS.highlights.get('backstory-flash');
  if (!flash || flash.size === 0) return null;
  const ranges = [...flash];
  const box = ranges[0].getBoundingClientRect();
  return { texts: ranges.map((range) => range.toString()), top: box.top, bottom: box.bottom, viewportHeight: innerHeight, scrollY };
})()`;

/** Clicks the panel's button for `name` (a script of the panel's page, as the reader's click would). */
const clickPersonScript = (name: string) => `(() => {
  const button = [...document.querySelectorAll('.people button')].find((b) => b.textContent === ${JSON.stringify(name)});
  if (!button) return false;
  button.click();
  return true;
})()`;

/** Where the service worker keeps the storage changes it saw, for the test to read. */
const CHANGES = '__backstoryE2eStorageChanges';

const ANNOUNCEMENT_SCRIPT = `document.querySelector('.where')?.textContent ?? ''`;

/** Sends a content-script request to the article's tab from the panel's page, as the background does for a shortcut or a menu item. */
const sendToTabScript = (tabId: number | null, message: unknown) =>
  `(globalThis.browser ?? chrome).tabs.sendMessage(${tabId}, ${JSON.stringify(message)})`;

/** Right-clicks (by event, the menu cannot be used headless) on the first `text` in the article, or off any name. */
const contextMenuScript = (text: string | null) => `(() => {
  let x = 5, y = 5;
  if (${JSON.stringify(text)} !== null) {
    const walker = document.createTreeWalker(document.querySelector('article'), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(${JSON.stringify(text)});
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + ${JSON.stringify(text ?? '')}.length);
      const box = range.getBoundingClientRect();
      x = (box.left + box.right) / 2;
      y = (box.top + box.bottom) / 2;
      break;
    }
  }
  const target = document.elementFromPoint(x, y) ?? document.body;
  target.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true, clientX: x, clientY: y, button: 2 }));
  return true;
})()`;

describe.each<BrowserName>(['chromium', 'firefox'])('%s, between the side panel and the page', (name) => {
  let server: FixtureServer;
  let browser: BrowserUnderTest;
  let article: OpenedPage;
  let panel: OpenedPage;
  let before: PageFingerprint;

  const announcementAfter = async (previous: string) =>
    waitFor('the panel to say where the page went', async () => {
      const text = (await panel.evaluate(ANNOUNCEMENT_SCRIPT)) as string;
      return text && text !== previous ? text : null;
    });

  beforeAll(async () => {
    assertBrowsersInstalled();
    assertBuilt(BUILDS[name]);
    server = await startFixtureServer(FIXTURES, { [ARTICLE_PATH]: 'moscow-article.html' }, [NEWS_HOST]);
    browser = await launch(name, { extensionDir: BUILDS[name], mappedHost: NEWS_HOST, httpsPort: server.httpsPort });
    article = await browser.open(`https://${NEWS_HOST}${ARTICLE_PATH}`);
    await waitFor('the underlines', async () => Object.keys((await article.highlights()) ?? {}).length > 0);
    before = await article.fingerprint();
    panel = await browser.openOwnPage(`sidepanel.html?tab=${article.tabId}`);
    await waitFor('the person buttons', () => panel.evaluate(`document.querySelectorAll('.people button').length > 3`));
    // As beside a real side panel, the article is the tab in view: a page in a background tab does not animate its scrolling.
    await article.bringToFront();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('scrolls the page to a person\'s mention below the fold and flashes it, briefly', async () => {
    expect(await article.evaluate('scrollY')).toBe(0);
    expect(await panel.evaluate(clickPersonScript('Lidia Savchenko'))).toBe(true);
    const flash = await waitFor('the mention to be flashed and scrolled into view', async () => {
      const found = (await article.evaluate(FLASH_SCRIPT)) as Flash | null;
      return found && found.top >= 0 && found.bottom <= found.viewportHeight ? found : null;
    });
    expect(flash.texts).toEqual(['Lidia Savchenko']);
    expect(flash.scrollY).toBeGreaterThan(0);
    expect(await announcementAfter('')).toBe('Lidia Savchenko: mention 1 of 1 in the page');
    // The flash lasts about 1.5 s.
    await waitFor('the flash to end', async () => (await article.evaluate(FLASH_SCRIPT)) === null, 5_000);
    expect(Object.keys((await article.highlights()) ?? {})).not.toContain('backstory-flash');
  });

  it('cycles through one person\'s mentions on repeated clicks, saying which one each is', async () => {
    const said: string[] = [];
    let previous = (await panel.evaluate(ANNOUNCEMENT_SCRIPT)) as string;
    for (let click = 0; click < 5; click++) {
      await panel.evaluate(clickPersonScript('Gennady Orlovsky'));
      previous = await announcementAfter(previous);
      said.push(previous);
      const flash = await waitFor('the flash', () => article.evaluate(FLASH_SCRIPT) as Promise<Flash | null>);
      expect(flash.texts[0]).toMatch(/Orlovsky$/);
    }
    const ordinals = said.map((text) => /^Gennady Orlovsky: mention (\d+) of (\d+) in the page$/.exec(text)?.slice(1).map(Number));
    const total = ordinals[0]?.[1] ?? 0;
    expect(total).toBeGreaterThanOrEqual(4);
    // From where the page was (the Savchenko paragraph) to his last mention, then round from the first.
    expect(ordinals).toEqual(said.map((_, click) => [((total - 1 + click) % total) + 1, total]));
    mkdirSync(SCREENSHOTS, { recursive: true });
    await article.screenshot(join(SCREENSHOTS, `${name}-flash.png`));
  });

  it('moves to the next mention of anyone on the shortcut\'s message', async () => {
    await waitFor('the flash to end', async () => (await article.evaluate(FLASH_SCRIPT)) === null, 5_000);
    const first = (await panel.evaluate(sendToTabScript(article.tabId, { type: 'showNextMention' }))) as { name: string; ordinal: number; total: number };
    const firstFlash = (await article.evaluate(FLASH_SCRIPT)) as Flash;
    const second = (await panel.evaluate(sendToTabScript(article.tabId, { type: 'showNextMention' }))) as { name: string; ordinal: number; total: number };
    const secondFlash = (await article.evaluate(FLASH_SCRIPT)) as Flash;
    expect(first).toMatchObject({ name: expect.any(String), ordinal: expect.any(Number), total: expect.any(Number) });
    expect(second).toMatchObject({ name: expect.any(String), ordinal: expect.any(Number) });
    expect(firstFlash.texts).toHaveLength(1);
    expect(secondFlash.texts).toHaveLength(1);
    // Two steps land on two different mentions, each of the person the reply names.
    expect(`${first.name} ${first.ordinal}`).not.toBe(`${second.name} ${second.ordinal}`);
    expect(first.name.endsWith(firstFlash.texts[0]?.replace(/['’]s$/, '').split(' ').pop() ?? '?')).toBe(true);
    expect(second.name.endsWith(secondFlash.texts[0]?.replace(/['’]s$/, '').split(' ').pop() ?? '?')).toBe(true);
  });

  it('tells whose name the page\'s context menu was opened on', async () => {
    await article.evaluate(contextMenuScript('Whitcombe'));
    expect(await panel.evaluate(sendToTabScript(article.tabId, { type: 'getContextMenuPerson' }))).toEqual({ personKey: expect.stringMatching(/whitcombe/) });
    await article.evaluate(contextMenuScript(null));
    expect(await panel.evaluate(sendToTabScript(article.tabId, { type: 'getContextMenuPerson' }))).toEqual({ personKey: null });
  });

  it('refuses a malformed request without moving the page', async () => {
    // The last move may still be scrolling smoothly.
    const { scrollY } = await waitFor('the page to stop scrolling', async () => {
      const first = await article.evaluate('scrollY');
      await new Promise((done) => setTimeout(done, 300));
      const second = await article.evaluate('scrollY');
      return first === second ? { scrollY: second } : null;
    });
    expect(await panel.evaluate(sendToTabScript(article.tabId, { type: 'showPerson', personKey: 'gennady orlovsky', behavior: 'instant' }))).toEqual({
      error: 'Malformed request',
    });
    expect(await article.evaluate('scrollY')).toBe(scrollY);
  });

  it('focuses and marks the person the page asks for', async () => {
    const key = JSON.stringify(`focus:${article.tabId}`);
    // What the background stores for a menu item or the card's button.
    await panel.evaluate(
      `(globalThis.browser ?? chrome).storage.session.set({ [${key}]: { personKey: 'pavel yermakov', at: Date.now() } })`,
    );
    const focused = await waitFor('the panel to focus the person', () =>
      panel.evaluate(`(() => {
        const active = document.activeElement;
        return active?.matches('.people button[aria-current=true]') ? active.textContent : null;
      })()`),
    );
    expect(focused).toBe('Pavel Yermakov');
    await panel.bringToFront();
    // Taken once: the request is gone from storage.
    expect(await panel.evaluate(`(globalThis.browser ?? chrome).storage.session.get(${key})`)).toEqual({});
    mkdirSync(SCREENSHOTS, { recursive: true });
    await panel.screenshot(join(SCREENSHOTS, `${name}-panel-focused.png`));
  });

  it('declares the shortcuts with their suggested keys', async () => {
    const commands = (await panel.evaluate(`(globalThis.browser ?? chrome).commands.getAll()`)) as { name: string; shortcut?: string }[];
    const byName = Object.fromEntries(commands.map((command) => [command.name, command.shortcut]));
    expect(byName['next-mention']).toBe('Alt+Shift+J');
    expect(byName[name === 'firefox' ? '_execute_sidebar_action' : '_execute_action']).toBe('Alt+Shift+K');
  });

  it('leaves the page\'s DOM as it was', async () => {
    const after = await article.fingerprint();
    expect(after.shape).toEqual(before.shape);
    expect(after.text).toBe(before.text);
    expect(after.shadowHosts).toBe(0);
  });
});

/**
 * The card's "Open in side panel" button, clicked with the real mouse (the card is in a closed
 * shadow root: found through the accessibility tree). Chrome lets that click open the side panel
 * from the background's message listener.
 */
describe('chromium, from the hover card to the side panel', () => {
  let server: FixtureServer;
  let close: () => Promise<void>;
  let context: BrowserContext;
  let page: Page;
  let cdp: CDPSession;
  let worker: Worker;

  beforeAll(async () => {
    assertBrowsersInstalled();
    assertBuilt(BUILDS.chromium);
    server = await startFixtureServer(FIXTURES, { [ARTICLE_PATH]: 'moscow-article.html' }, [NEWS_HOST]);
    const launched = await launchChromiumContext({ extensionDir: BUILDS.chromium, mappedHost: NEWS_HOST, httpsPort: server.httpsPort });
    ({ context, close } = launched);
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    page = await context.newPage();
    cdp = await context.newCDPSession(page);
    await page.goto(`https://${NEWS_HOST}${ARTICLE_PATH}`, { waitUntil: 'load' });
    await waitFor('the underlines', () => page.evaluate(`CSS.highlights.size > 0`));
  });

  afterAll(async () => {
    await close?.();
    await server?.close();
  });

  it('opens the side panel on the person from the card\'s button', async () => {
    const [tabId] = (await worker.evaluate(`chrome.tabs.query({ url: 'https://${NEWS_HOST}/*' }).then((tabs) => tabs.map((tab) => tab.id))`)) as number[];
    // Every change to session storage, as the background sees it.
    await worker.evaluate(`chrome.storage.session.onChanged.addListener((changes) => (globalThis.${CHANGES} ??= []).push(changes))`);
    const word = (await page.evaluate(mentionBoxScript('Orlovsky'))) as Box;
    await page.mouse.move(5, 5);
    await page.mouse.move((word.left + word.right) / 2, (word.top + word.bottom) / 2, { steps: 5 });
    const button = await waitFor('the card\'s button', () => accessibleButtonBox(cdp, 'Open in side panel'), 3_000);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'chromium-card-panel-button.png') });
    expect(await openSidePanels()).toEqual([]);

    await page.mouse.move((button.left + button.right) / 2, (button.top + button.bottom) / 2, { steps: 5 });
    await page.mouse.down();
    await page.mouse.up();

    const panels = await waitFor('the side panel to open', async () => {
      const open = await openSidePanels();
      // A panel still loading has no address yet.
      return open.length > 0 && open.every(Boolean) ? open : null;
    });
    expect(panels).toEqual([expect.stringMatching(/\/sidepanel\.html$/)]);
    // The background asked the panel to focus the person, and the panel took the request.
    const focusChanges = await waitFor('the panel to take the person to focus', async () => {
      const all = ((await worker.evaluate(`globalThis.${CHANGES} ?? []`)) as Record<string, { newValue?: unknown }>[]).flatMap((changes) =>
        Object.entries(changes).filter(([key]) => key === `focus:${tabId}`),
      );
      return all.length >= 2 ? all.map(([, change]) => change.newValue) : null;
    });
    expect(focusChanges).toEqual([expect.objectContaining({ personKey: expect.stringMatching(/orlovsky/) }), undefined]);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    expect(nodes.filter((node) => node.role?.value === 'alert')).toEqual([]);
  });

  /** The addresses of the extension's side panels now open. */
  const openSidePanels = async () =>
    (await worker.evaluate(`chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] }).then((found) => found.map((context) => context.documentUrl))`)) as string[];
});
