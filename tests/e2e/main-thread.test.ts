/**
 * The page never feels the extension: on every page of the shared corpus (served under its own
 * news domain), no task of the extension's on the page's main thread runs 50 ms or more (thread
 * time, on every load; wall-clock under a looser bound, best of up to three loads, since a busy
 * machine stretches any task); a page
 * that is not an article costs almost nothing and a site that is not enabled costs nothing at all.
 * Tasks are attributed from a Chromium performance trace (the Long Tasks API cannot tell whose code
 * ran). Firefox has neither Long Tasks nor a trace format this test reads: measured in Chromium only.
 * Run with `npm run build && npx vitest run --config vitest.e2e.config.ts tests/e2e/main-thread.test.ts`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../lib/types';
import { assertBrowsersInstalled, launchChromiumContext } from './support/browsers';
import { BUILDS, FIXTURES } from './support/builds';
import { corpusPages, type CorpusPage } from './support/corpus';
import { startFixtureServer, type FixtureServer } from './support/server';
import { contentScriptTasks, startTrace, stopTrace, type ExtensionTask } from './support/trace';
import { waitFor } from './support/wait';

const LONG_TASK_MS = 50;
/**
 * On a shared 2-CPU test machine the browser's other processes (including the extension's own
 * reading of the page, which runs in parallel by design) take the CPU from the page's thread in
 * the middle of a task, stretching its wall-clock length well past the time it ran. The 50 ms rule
 * is held on the time the thread ran the task; wall-clock must stay under this looser bound.
 */
const BUSY_MACHINE_WALL_MS = 100;
const ATTEMPTS = 3;
/** After the names are marked, how long the trace keeps running to catch any late work. */
const SETTLE_MS = 1500;
const SECTION_FRONT = { host: 'www.themoscowtimes.com', path: '/news' };
const UNLISTED_PATH = '/unlisted-article.html';

/** Where the test loads a corpus page: its own address, or a listed site's name for a site not listed (see above). */
const servedAt = (page: CorpusPage): URL => (page.listed ? page.url : new URL(`https://${SECTION_FRONT.host}/corpus/${page.name}.html`));

interface Measured {
  tasks: ExtensionTask[];
  analysis: Analysis | null;
}

const longest = (tasks: ExtensionTask[]): ExtensionTask => tasks[0] ?? { wallMs: 0, cpuMs: 0 };
const mostCpu = (tasks: ExtensionTask[]): number => Math.max(0, ...tasks.map((task) => task.cpuMs));
const total = (tasks: ExtensionTask[]): number => tasks.reduce((sum, task) => sum + task.wallMs, 0);
const ms = (value: number) => `${value.toFixed(1)} ms`;

function report(what: string, { tasks }: Measured): void {
  const top = longest(tasks);
  console.log(
    `[e2e chromium main thread] ${what}: ${tasks.length} task(s), longest ${ms(top.wallMs)} wall-clock (cpu ${ms(top.cpuMs)}), most cpu in one task ${ms(mostCpu(tasks))}, total ${ms(total(tasks))}`,
  );
}

describe('chromium: the extension on the page main thread', () => {
  const pages = corpusPages();
  let server: FixtureServer;
  let context: BrowserContext;
  let closeBrowser: () => Promise<void>;
  let extensionOrigin: string;
  const measured = new Map<string, Measured>();
  /** The most CPU one task took, over every load of a page (not only the quietest). */
  const worstCpu = new Map<string, number>();

  /** Opens `url` in a fresh tab while tracing; waits until the extension is done with it (or, with `expectAnalysis` false, a while). */
  async function measure(url: string, expectAnalysis: boolean): Promise<Measured> {
    const worker = context.serviceWorkers()[0];
    if (!worker) throw new Error('The extension service worker is not running');
    const tabIds = () => worker.evaluate(`chrome.tabs.query({}).then((tabs) => tabs.map((tab) => tab.id))`) as Promise<number[]>;
    const before = new Set(await tabIds());
    const page = await context.newPage();
    const tabId = (await tabIds()).find((id) => !before.has(id));
    const cdp = await context.newCDPSession(page);
    await startTrace(cdp);
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    let analysis: Analysis | null = null;
    if (expectAnalysis) {
      analysis = await waitFor(`the analysis of ${url}`, async () => {
        const stored = (await worker.evaluate(`chrome.storage.session.get(${JSON.stringify(`analysis:${tabId}`)})`)) as Record<string, Analysis>;
        return stored[`analysis:${tabId}`] ?? null;
      }, 30_000);
      if (analysis.isArticle && analysis.people.length > 0) {
        await waitFor(`the underlines on ${url}`, async () => ((await page.evaluate('CSS.highlights.size')) as number) > 0 || null, 10_000);
      }
    }
    await page.waitForTimeout(SETTLE_MS);
    const tasks = contentScriptTasks(await stopTrace(cdp), extensionOrigin);
    await page.close();
    return { tasks, analysis };
  }

  beforeAll(async () => {
    assertBrowsersInstalled();
    if (!existsSync(join(BUILDS.chromium, 'manifest.json'))) throw new Error(`No build in ${BUILDS.chromium}: run npm run build`);
    const routes: Record<string, string> = {
      [SECTION_FRONT.path]: join(FIXTURES, 'section-index.html'),
      [UNLISTED_PATH]: join(FIXTURES, 'moscow-article.html'),
    };
    for (const page of pages) routes[servedAt(page).pathname] = page.file;
    const hosts = [...new Set([SECTION_FRONT.host, ...pages.map((page) => servedAt(page).hostname)])];
    server = await startFixtureServer('/', routes, hosts);
    // Every host resolves to the fixture server: the pages' third-party requests fail fast instead of waiting on the network.
    ({ context, close: closeBrowser } = await launchChromiumContext({ extensionDir: BUILDS.chromium, mappedHost: '*', httpsPort: server.httpsPort }));
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    // Node gives non-web URLs the origin "null": the extension origin is spelled out.
    extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
    for (const page of pages) {
      // A busy machine stretches any task while the OS runs something else; the quietest of a few
      // loads is the extension's own cost (each load is reported).
      for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
        const result = await measure(servedAt(page).href, true);
        report(`${page.name} (load ${attempt})`, result);
        worstCpu.set(page.name, Math.max(worstCpu.get(page.name) ?? 0, mostCpu(result.tasks)));
        const best = measured.get(page.name);
        if (!best || longest(result.tasks).wallMs < longest(best.tasks).wallMs) measured.set(page.name, result);
        if (longest(result.tasks).wallMs < LONG_TASK_MS) break;
      }
    }
    const sectionFront = await measure(`https://${SECTION_FRONT.host}${SECTION_FRONT.path}`, true);
    measured.set('section front', sectionFront);
    report('section front (not an article)', sectionFront);
    const unlisted = await measure(`http://127.0.0.1:${server.httpPort}${UNLISTED_PATH}`, false);
    measured.set('unlisted', unlisted);
    report('article on a site not enabled', unlisted);
  }, 600_000);

  afterAll(async () => {
    await closeBrowser?.();
    await server?.close();
  });

  it.each(pages.map((page) => page.name))('%s: read as an article, with no extension task running 50 ms or more', (name) => {
    const result = measured.get(name);
    expect(result?.analysis).toMatchObject({ isArticle: true });
    expect(result?.tasks.length).toBeGreaterThan(0);
    expect(worstCpu.get(name)).toBeLessThan(LONG_TASK_MS);
    expect(longest(result?.tasks ?? []).wallMs).toBeLessThan(BUSY_MACHINE_WALL_MS);
  });

  it('a page that is not an article costs only the script start-up and the cheap check, and says why', () => {
    const result = measured.get('section front');
    expect(result?.analysis).toMatchObject({ isArticle: false, reason: expect.any(String) });
    const tasks = result?.tasks ?? [];
    expect(tasks.reduce((sum, task) => sum + task.cpuMs, 0)).toBeLessThan(LONG_TASK_MS);
    expect(total(tasks)).toBeLessThan(BUSY_MACHINE_WALL_MS);
  });

  it('a site that is not enabled costs nothing: no extension code runs on it', () => {
    expect(measured.get('unlisted')?.tasks).toEqual([]);
  });
});
