/**
 * The two real browsers behind one small interface, so the e2e assertions are written once.
 * Chromium is driven by playwright-core (CDP), Firefox ESR by puppeteer-core (WebDriver BiDi);
 * both load the production build from `.output/`.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page as ChromiumPage, type Worker } from 'playwright-core';
import puppeteer, { type Browser as FirefoxBrowser, type ElementHandle, type Page as FirefoxPage } from 'puppeteer-core';
import { waitFor } from './wait';
import {
  FINGERPRINT_SCRIPT,
  HIGHLIGHTS_SCRIPT,
  LONG_TASK_OBSERVER,
  LONG_TASK_SUMMARY,
  type LongTaskSummary,
  type PageFingerprint,
  type PageHighlights,
} from './probes';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const FIREFOX_PATH = '/usr/bin/firefox-esr';
/**
 * The page the extension opens once installed. The launches wait for it, so that a test's own tabs
 * open after it (tab counting and Firefox's background-tab throttling stay predictable).
 */
export const ONBOARDING_PAGE = '/onboarding.html';
/** The gecko id from wxt.config.ts: Firefox keys an add-on's moz-extension:// UUID by it. */
const GECKO_ID = 'backstory@backstory.invalid';

export interface Launch {
  /** Unpacked build to load, or null for the same browser without the extension (the baseline). */
  extensionDir: string | null;
  /**
   * Host name the browser must resolve to the fixture server (several comma-separated; Chromium also
   * takes `*`, every host, so real pages' third-party requests never leave the machine), and that server's HTTPS port.
   */
  mappedHost: string;
  httpsPort: number;
  /** Firefox prefs on top of the ones every launch sets. */
  firefoxPrefs?: Record<string, unknown>;
  /**
   * The reader lets the extension run in private windows (neither browser does by default): Chromium's
   * "Allow in Incognito" switch on chrome://extensions, Firefox's "Run in Private Windows" permission.
   */
  allowPrivateWindows?: boolean;
}

/** What a reader does with files and choices on a page: pick a file, choose an option, download. */
export interface PageFiles {
  /** Gives the file input `selector` finds this file, as the reader picking it would (its change event fires). */
  setInputFile(selector: string, path: string): Promise<void>;
  /** Chooses the option with this value in the select `selector` finds, as the reader would (input and change fire). */
  selectOption(selector: string, value: string): Promise<void>;
  /** Clicks `selector` (real input) and returns the file the click saves in the downloads: its name and its text. */
  download(selector: string): Promise<DownloadedFile>;
}

export interface DownloadedFile {
  fileName: string;
  text: string;
}

export interface OpenedPage extends PageFiles {
  /** The extension's id for the page's tab; null when the browser runs without the extension. */
  tabId: number | null;
  fingerprint(): Promise<PageFingerprint>;
  /** Longest main-thread tasks seen since the document started; null where the browser has no Long Tasks API. */
  longTasks(): Promise<LongTaskSummary | null>;
  /** The CSS highlights registered on the page, as a page script sees them. */
  highlights(): Promise<PageHighlights>;
  screenshot(path: string): Promise<void>;
  /** Evaluates a script expression in the page, as the page's own scripts would. */
  evaluate(expression: string): Promise<unknown>;
  /** Makes the page's tab the active one: a page in a background tab does not run animations (smooth scrolling stalls). */
  bringToFront(): Promise<void>;
  /** Clicks the element `selector` finds with real (trusted) input, as a reader would. */
  click(selector: string): Promise<void>;
  /** Closes the page's tab. */
  close(): Promise<void>;
}

export interface BrowserUnderTest {
  /** Opens `url` in a new tab and waits for its load event. */
  open(url: string): Promise<OpenedPage>;
  /**
   * Opens `url` in a new private (incognito) window, as the extension sees it, and returns the
   * extension's id for its tab. Needs `allowPrivateWindows`; the page itself is not driven.
   */
  openPrivate(url: string): Promise<number>;
  /** Everything the extension keeps in `storage.session`. */
  sessionStorage(): Promise<Record<string, unknown>>;
  /** The address of one of the extension's own pages (`path` relative to the build's root); throws without the extension. */
  extensionUrl(path: string): string;
  /** Opens one of the extension's own pages (`path` as for extensionUrl) in a new tab and waits for its load. */
  openOwnPage(path: string): Promise<OpenedPage>;
  close(): Promise<void>;
}

export type BrowserName = 'chromium' | 'firefox';

/** Fails loudly (never skips) when a browser binary is missing. */
export function assertBrowsersInstalled(): void {
  const missing = [CHROMIUM_PATH, FIREFOX_PATH].filter((path) => !existsSync(path));
  if (missing.length) {
    throw new Error(`e2e needs ${missing.join(' and ')}: install with apt-get install -y chromium firefox-esr`);
  }
}

export function launch(name: BrowserName, options: Launch): Promise<BrowserUnderTest> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

/** Every open tab's id, as the extension sees it (no `tabs` permission needed for ids). */
const tabIdsExpression = (api: 'chrome' | 'browser') => `${api}.tabs.query({}).then((tabs) => tabs.map((tab) => tab.id))`;

/**
 * Opens a private window on `url` from an extension context and resolves to its tab's id, refusing
 * a window that is not private. The window the test was using gets the focus back: the drivers open
 * their next tabs in the focused window.
 */
const privateWindowExpression = (api: 'chrome' | 'browser', url: string) =>
  `(async () => {
    const previous = await ${api}.windows.getLastFocused();
    const window = await ${api}.windows.create({ incognito: true, url: ${JSON.stringify(url)} });
    if (!window.incognito) throw new Error('the new window is not private');
    await ${api}.windows.update(previous.id, { focused: true });
    return window.tabs[0].id;
  })()`;

type PageProbes = Omit<OpenedPage, 'tabId' | keyof PageFiles>;

/** What both drivers' pages can do: evaluate an expression; screenshots differ in their option types. */
function pageProbes(
  page: { evaluate(expression: string): Promise<unknown>; bringToFront(): Promise<void>; click(selector: string): Promise<void>; close(): Promise<void> },
  screenshot: (path: string) => Promise<unknown>,
): PageProbes {
  return {
    bringToFront: () => page.bringToFront(),
    click: (selector) => page.click(selector),
    close: () => page.close(),
    fingerprint: async () => (await page.evaluate(FINGERPRINT_SCRIPT)) as PageFingerprint,
    longTasks: async () => (await page.evaluate(LONG_TASK_SUMMARY)) as LongTaskSummary | null,
    highlights: async () => (await page.evaluate(HIGHLIGHTS_SCRIPT)) as PageHighlights,
    evaluate: (expression) => page.evaluate(expression),
    screenshot: async (path) => {
      await screenshot(path);
    },
  };
}

/**
 * Opens a page and finds its tab id as the one tab that was not there before: Chromium only tells
 * an extension a tab's URL with the `tabs` permission, which Backstory does not ask for.
 */
async function withNewTabId(tabIds: () => Promise<number[]> | null, open: () => Promise<PageProbes & PageFiles>): Promise<OpenedPage> {
  const before = new Set(await tabIds());
  const page = await open();
  const after = await tabIds();
  if (!after) return { ...page, tabId: null };
  const added = after.filter((id) => !before.has(id));
  if (added.length !== 1) throw new Error(`Expected one new tab, found ${added.length}`);
  return { ...page, tabId: added[0] ?? null };
}

// ---- Chromium ----

/** Chromium's resolver rules: each mapped host to the fixture server; the server's own address stays itself. */
const hostResolverRules = (mappedHost: string, httpsPort: number): string =>
  [...mappedHost.split(',').map((host) => `MAP ${host.trim()} 127.0.0.1:${httpsPort}`), 'EXCLUDE 127.0.0.1'].join(', ');

/**
 * A Chromium persistent context with the extension loaded (when `extensionDir` is set), for tests
 * that drive the page itself (mouse, screenshots, accessibility tree); `close` also removes its profile.
 */
export async function launchChromiumContext({ extensionDir, mappedHost, httpsPort, allowPrivateWindows }: Launch): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'backstory-e2e-chromium-'));
  const extensionArgs = extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : [];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless=new',
      ...extensionArgs,
      `--host-resolver-rules=${hostResolverRules(mappedHost, httpsPort)}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  if (extensionDir) await waitFor('the onboarding page opened at install', async () => context.pages().some((page) => page.url().endsWith(ONBOARDING_PAGE)));
  if (extensionDir && allowPrivateWindows) await allowInIncognito(context);
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

async function launchChromium(options: Launch): Promise<BrowserUnderTest> {
  const { extensionDir } = options;
  const { context, close } = await launchChromiumContext(options);
  await context.addInitScript(LONG_TASK_OBSERVER);
  const worker = extensionDir ? await extensionWorker(context) : null;
  const inWorker = async <T>(expression: string): Promise<T> => {
    if (!worker) throw new Error('This Chromium runs without the extension');
    return (await worker.evaluate(expression)) as T;
  };
  const tabIds = () => (worker ? inWorker<number[]>(tabIdsExpression('chrome')) : null);
  const open = (url: string) =>
    withNewTabId(tabIds, async () => {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return { ...pageProbes(page, (path) => page.screenshot({ path, fullPage: true })), ...chromiumFiles(page) };
    });
  const extensionUrl = (path: string) => {
    if (!worker) throw new Error('This Chromium runs without the extension');
    return new URL(path, worker.url()).href;
  };
  return {
    open,
    openPrivate: (url) => inWorker(privateWindowExpression('chrome', url)),
    sessionStorage: () => inWorker('chrome.storage.session.get(null)'),
    extensionUrl,
    openOwnPage: (path) => open(extensionUrl(path)),
    close,
  };
}

/**
 * Flips the extension's "Allow in Incognito" switch as chrome://extensions does. Chromium reloads
 * the extension for it and leaves an unpacked one disabled, so it is enabled again, as the reader
 * would find it; its service worker starts anew at the next event.
 */
async function allowInIncognito(context: BrowserContext): Promise<void> {
  const installed = await extensionWorker(context);
  const extensionId = new URL(installed.url()).host;
  const page = await context.newPage();
  await page.goto('chrome://extensions');
  const id = JSON.stringify(extensionId);
  await page.evaluate(`chrome.developerPrivate.updateExtensionConfiguration({ extensionId: ${id}, incognitoAccess: true })`);
  await waitFor('the extension allowed in incognito and enabled', async () => {
    await page.evaluate(`chrome.management.setEnabled(${id}, true)`);
    return page.evaluate(`chrome.developerPrivate.getExtensionInfo(${id}).then((info) => info.state === 'ENABLED' && info.incognitoAccess.isActive)`);
  });
  await page.close();
  await waitFor('the reloaded extension\'s service worker', async () => context.serviceWorkers().some((worker) => worker !== installed));
}

/** Playwright sees each download the page starts (the persistent context accepts them) and keeps the file until the browser closes. */
function chromiumFiles(page: ChromiumPage): PageFiles {
  return {
    setInputFile: (selector, path) => page.setInputFiles(selector, path),
    selectOption: async (selector, value) => {
      await page.selectOption(selector, value);
    },
    download: async (selector) => {
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), page.click(selector)]);
      return { fileName: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
    },
  };
}

async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers().at(-1) ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
}

// ---- Firefox ----

/**
 * Firefox prefs: resolve the news host to 127.0.0.1, send its port 443 to the fixture server's port,
 * and keep the HSTS preload list from refusing the self-signed certificate. The extension's UUID
 * is fixed so the test can open one of its pages (Firefox gives each install a random one).
 */
function firefoxPrefs(mappedHost: string, httpsPort: number, extensionUuid: string): Record<string, unknown> {
  return {
    'network.dns.localDomains': mappedHost,
    'network.socket.forcePort': `443=${httpsPort}`,
    'network.stricttransportsecurity.preloadlist': false,
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: extensionUuid }),
  };
}

/**
 * Firefox ESR with the extension installed (when `extensionDir` is set), for tests that drive the
 * page itself; `uuid` is the moz-extension:// UUID the extension gets.
 */
export async function launchFirefoxBrowser(
  { extensionDir, mappedHost, httpsPort, firefoxPrefs: extraPrefs, allowPrivateWindows }: Launch,
  uuid: string = randomUUID(),
): Promise<FirefoxBrowser> {
  const profile = allowPrivateWindows ? profileAllowingPrivateWindows() : undefined;
  const browser = await puppeteer.launch({
    ...(profile && { userDataDir: profile }),
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    protocol: 'webDriverBiDi',
    acceptInsecureCerts: true,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: { ...firefoxPrefs(mappedHost, httpsPort, uuid), ...extraPrefs },
    // WebDriver BiDi refuses to navigate to moz-extension:// pages without it.
    args: ['--remote-allow-system-access'],
  });
  if (profile) browser.on('disconnected', () => rmSync(profile, { recursive: true, force: true }));
  if (extensionDir) {
    await browser.installExtension(extensionDir);
    // BiDi reports a moz-extension:// tab as about:blank (see openExtensionPage): ask the document itself.
    const onboarding = `moz-extension://${uuid}${ONBOARDING_PAGE}`;
    await waitFor('the onboarding page opened at install', async () => {
      const addresses = await Promise.all((await browser.pages()).map((page) => page.evaluate('location.href').catch(() => null)));
      return addresses.includes(onboarding);
    });
  }
  return browser;
}

/**
 * A new Firefox profile in which the extension holds the "Run in Private Windows" permission: about:addons
 * keeps it in the profile's extension-preferences.json (Firefox ESR), where the add-on finds it when installed.
 */
function profileAllowingPrivateWindows(): string {
  const profile = mkdtempSync(join(tmpdir(), 'backstory-e2e-firefox-'));
  const permissions = { [GECKO_ID]: { permissions: ['internal:privateBrowsingAllowed'], origins: [] } };
  writeFileSync(join(profile, 'extension-preferences.json'), JSON.stringify(permissions));
  return profile;
}

async function launchFirefox(options: Launch): Promise<BrowserUnderTest> {
  const { extensionDir } = options;
  const uuid = randomUUID();
  const downloads = mkdtempSync(join(tmpdir(), 'backstory-e2e-downloads-'));
  const browser = await launchFirefoxBrowser({ ...options, firefoxPrefs: { ...downloadPrefs(downloads), ...options.firefoxPrefs } }, uuid);
  const extensionPage = extensionDir ? await openExtensionPage(browser, uuid) : null;
  const inExtension = async <T>(expression: string): Promise<T> => {
    if (!extensionPage) throw new Error('This Firefox runs without the extension');
    return (await extensionPage.evaluate(expression)) as T;
  };
  const tabIds = () => (extensionPage ? inExtension<number[]>(tabIdsExpression('browser')) : null);
  const extensionUrl = (path: string) => {
    if (!extensionDir) throw new Error('This Firefox runs without the extension');
    return new URL(path, `moz-extension://${uuid}/`).href;
  };
  return {
    open: (url) =>
      withNewTabId(tabIds, async () => {
        const page = await browser.newPage();
        await page.evaluateOnNewDocument(LONG_TASK_OBSERVER);
        await page.goto(url, { waitUntil: 'load' });
        return { ...pageProbes(page, (path) => page.screenshot({ path: path as `${string}.png`, fullPage: true })), ...firefoxFiles(page, downloads) };
      }),
    openPrivate: (url) => inExtension(privateWindowExpression('browser', url)),
    sessionStorage: () => inExtension('browser.storage.session.get(null)'),
    extensionUrl,
    openOwnPage: (path) =>
      withNewTabId(tabIds, async () => {
        const page = await browser.newPage();
        // As in openExtensionPage: BiDi never reports a moz-extension:// navigation as finished.
        page.goto(extensionUrl(path), { timeout: 0 }).catch(() => undefined);
        await waitFor('an extension page to load', () =>
          page.evaluate(`location.protocol === 'moz-extension:' && document.readyState === 'complete'`).catch(() => false),
        );
        return { ...pageProbes(page, (file) => page.screenshot({ path: file as `${string}.png`, fullPage: true })), ...firefoxFiles(page, downloads) };
      }),
    close: async () => {
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}

/** Firefox saves every download in `dir` without asking (WebDriver BiDi's download behaviour applies to new user contexts only). */
const downloadPrefs = (dir: string): Record<string, unknown> => ({
  'browser.download.dir': dir,
  'browser.download.folderList': 2,
  'browser.download.useDownloadDir': true,
  'browser.download.always_ask_before_handling_new_types': false,
});

/** Files through puppeteer; a download is the new file in the downloads folder, read once written and Firefox has no `.part` file left there. */
function firefoxFiles(page: FirefoxPage, downloads: string): PageFiles {
  return {
    setInputFile: async (selector, path) => {
      const input = await page.$(selector);
      if (!input) throw new Error(`No element matches ${selector}`);
      await (input as ElementHandle<HTMLInputElement>).uploadFile(path);
      await input.dispose();
    },
    selectOption: async (selector, value) => {
      await page.select(selector, value);
    },
    download: async (selector) => {
      const before = new Set(readdirSync(downloads));
      await page.click(selector);
      const fileName = await waitFor(`a download into ${downloads}`, async () => {
        const files = readdirSync(downloads);
        if (files.some((file) => file.endsWith('.part'))) return null;
        // Firefox creates the file empty, then writes it through the .part file.
        return files.find((file) => !before.has(file) && statSync(join(downloads, file)).size > 0) ?? null;
      });
      return { fileName, text: readFileSync(join(downloads, fileName), 'utf8') };
    },
  };
}

/**
 * A tab on one of the extension's own documents: it runs with the extension's principal, so
 * `browser.storage.session` and `browser.tabs` are there to read (BiDi cannot reach the background).
 * Firefox loads the document but never reports the navigation as finished to BiDi, so the test
 * polls for the extension API instead of awaiting `goto`.
 */
async function openExtensionPage(browser: FirefoxBrowser, uuid: string): Promise<FirefoxPage> {
  const page = await browser.newPage();
  page.goto(`moz-extension://${uuid}/manifest.json`, { timeout: 0 }).catch(() => undefined);
  await waitFor('an extension page', () => page.evaluate(`location.protocol === 'moz-extension:' && typeof browser?.storage?.session === 'object'`).catch(() => false));
  return page;
}
