/**
 * The reader's archive through the options page's own controls, in real browsers with the
 * production build: two articles are read; Export saves a JSON file in the downloads (a real
 * download, read back from disk); Delete everything empties the archive (the count says so, the
 * side panel of an article lists nothing earlier); importing the exported file through the file
 * input brings back exactly what was exported; "Delete older articles" removes only the articles
 * last read before the chosen time. Run with `npm run e2e` (builds first).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveExport, ArchivedArticle } from '../../lib/history/types';
import { describeDeletedBefore, startOfDayMonthsBefore } from '../../lib/options/history';
import { assertBrowsersInstalled, launch, type BrowserName, type BrowserUnderTest, type OpenedPage } from './support/browsers';
import { assertBuilt, BUILDS, NEWS_HOST } from './support/builds';
import { FIRST_ARTICLE, readBothArticles, SECOND_ARTICLE, serveHistoryArticles } from './support/history-articles';
import type { FixtureServer } from './support/server';
import { waitFor } from './support/wait';

/** The options page's history controls, found as a reader finds them (by what they are next to). */
const EXPORT_BUTTON = 'p.field-row:has(#import-history) > button';
const DELETE_ALL_BUTTON = 'section[aria-labelledby=history-heading] > button:last-child';
const CONFIRM_DELETE_ALL = '[aria-labelledby=delete-question] button.danger';
const OLDER_THAN = '#delete-older-than';
const DELETE_OLDER_BUTTON = 'p.field-row:has(#delete-older-than) > button';
const CONFIRM_DELETE_OLDER = '[aria-labelledby=delete-older-question] button.danger';

const DAY_MS = 86_400_000;

/** The archive as exported, without the time of the export: what a round trip must keep. */
const contents = (file: ArchiveExport) => ({ ...file, exported: null });

describe.each<BrowserName>(['chromium', 'firefox'])('%s: the archive from the options page', (name) => {
  let server: FixtureServer;
  let browser: BrowserUnderTest;
  let options: OpenedPage;
  let panel: OpenedPage;
  let files: string;
  /** The file Export saved, as read from the downloads. */
  let exported: ArchiveExport;

  /** What the background answers the options page, as the page itself would ask. */
  const ask = (message: object) => options.evaluate(`chrome.runtime.sendMessage(${JSON.stringify(message)})`);
  const exportArchive = async () => (await ask({ type: 'exportArchive' })) as ArchiveExport;
  const text = (page: OpenedPage, selector: string) => page.evaluate(`document.querySelector(${JSON.stringify(selector)})?.textContent ?? null`);
  /** The titles the side panel lists as earlier coverage of the second article's people. */
  const earlierInPanel = async () => (await panel.evaluate(`[...document.querySelectorAll('.coverage li.archived a')].map((link) => link.textContent)`)) as string[];
  const statusSays = async (expected: string | RegExp) => {
    let status: string | null = null;
    try {
      return await waitFor(`the options page to say ${expected}`, async () => {
        status = (await text(options, '[role=status]')) as string | null;
        return status !== null && (typeof expected === 'string' ? status === expected : expected.test(status)) ? status : null;
      });
    } catch (error) {
      throw new Error(`${(error as Error).message}; it says: ${status}`, { cause: error });
    }
  };
  const archiveFile = (fileName: string, file: ArchiveExport | string) => {
    const path = join(files, fileName);
    writeFileSync(path, typeof file === 'string' ? file : JSON.stringify(file, null, 2));
    return path;
  };

  beforeAll(async () => {
    assertBrowsersInstalled();
    assertBuilt(BUILDS[name]);
    files = mkdtempSync(join(tmpdir(), 'backstory-e2e-archive-'));
    server = await serveHistoryArticles();
    browser = await launch(name, { extensionDir: BUILDS[name], mappedHost: NEWS_HOST, httpsPort: server.httpsPort });
    const { second } = await readBothArticles(browser);
    panel = await browser.openOwnPage(`sidepanel.html?tab=${second.tabId}`);
    options = await browser.openOwnPage('options.html');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (files) rmSync(files, { recursive: true, force: true });
  });

  it('exports the articles read and the reader\'s corrections as a JSON file in the downloads', async () => {
    // A correction, so that the round trip carries one too.
    expect(await ask({ type: 'correctIdentity', a: 'anatoly brezgin', b: 'anatoli brezgin', same: true })).toEqual({ corrected: true });
    await waitFor('the panel to list the first article', async () => ((await earlierInPanel()).includes(FIRST_ARTICLE.title) ? true : null));

    await options.bringToFront();
    const download = await options.download(EXPORT_BUTTON);
    expect(download.fileName).toMatch(/^backstory-history-\d{4}-\d{2}-\d{2}\.json$/);
    await statusSays(`Exported: your history is in ${download.fileName}, in your downloads.`);
    exported = JSON.parse(download.text) as ArchiveExport;
    expect(exported).toMatchObject({ format: 'backstory-archive', version: 2, corrections: [{ a: 'anatoli brezgin', b: 'anatoly brezgin', same: true }] });
    expect(exported.articles.filter((article) => article.read).map((article) => article.title).sort()).toEqual([SECOND_ARTICLE.title, FIRST_ARTICLE.title]);
    // The file holds what the archive holds.
    expect(contents(exported)).toEqual(contents(await exportArchive()));
  });

  it('deletes everything with the real buttons: the count says empty and the side panel lists nothing earlier', async () => {
    expect(await text(options, '.archive-count')).toMatch(/^Your history holds \d+ articles?\.$/);
    await options.click(DELETE_ALL_BUTTON);
    expect(await text(options, '#delete-question')).toMatch(/^Delete all \d+ articles? and your corrections\? This cannot be undone\.$/);
    await options.click(CONFIRM_DELETE_ALL);
    await statusSays('Deleted: your history is empty.');
    await waitFor('the count to say empty', async () => (await text(options, '.archive-count')) === 'Your history is empty.');
    expect(await exportArchive()).toMatchObject({ articles: [], corrections: [] });
    // The open panel follows the change.
    await waitFor('the panel to list nothing earlier', async () => ((await earlierInPanel()).length === 0 ? true : null));
  });

  it('imports the exported file through the file input: the archive is again exactly as exported', async () => {
    await options.setInputFile('#import-history', archiveFile('exported.json', exported));
    const articles = exported.articles.length;
    await statusSays(`Imported ${articles} ${articles === 1 ? 'article' : 'articles'} and 1 correction into your history.`);
    expect(contents(await exportArchive())).toEqual(contents(exported));
    await waitFor('the count of the articles imported', async () => (await text(options, '.archive-count')) === `Your history holds ${articles} articles.`);
    await waitFor('the panel to list the first article again', async () => ((await earlierInPanel()).includes(FIRST_ARTICLE.title) ? true : null));
  });

  it('refuses a file that is not a history in plain words, and keeps the archive as it was', async () => {
    await options.setInputFile('#import-history', archiveFile('notes.json', '{"format": "shopping-list"}'));
    await statusSays(/^Not imported from notes\.json: .*This is not a Backstory history file \(file\.format: not "backstory-archive"\)\. Nothing was imported\.$/);
    expect(contents(await exportArchive())).toEqual(contents(exported));
  });

  it('deletes the articles last read more than the chosen time ago, and only those', async () => {
    const now = Date.now();
    const readAgo = (slug: string, days: number): ArchivedArticle => {
      const seen = new Date(now - days * DAY_MS).toISOString();
      return { ...exported.articles[0]!, url: `https://${NEWS_HOST}/archive/${slug}`, title: `Read ${days} days ago`, firstSeen: seen, lastSeen: seen, read: true };
    };
    const twoYearsAgo = [readAgo('two-years', 730), readAgo('two-years-and-a-day', 731)];
    const sevenMonthsAgo = readAgo('seven-months', 213);
    await options.setInputFile('#import-history', archiveFile('older.json', { ...exported, articles: [...twoYearsAgo, sevenMonthsAgo], corrections: [] }));
    await statusSays('Imported 3 articles into your history.');

    await options.selectOption(OLDER_THAN, '12');
    await options.click(DELETE_OLDER_BUTTON);
    expect(await text(options, '#delete-older-question')).toBe('Delete the articles you last read more than 1 year ago? This cannot be undone.');
    await options.click(CONFIRM_DELETE_OLDER);
    // The page and this test run in the same time zone (the browser inherits it), so the day it names is this one.
    await statusSays(describeDeletedBefore(2, startOfDayMonthsBefore(new Date(now), 12)));
    const byUrl = (a: ArchivedArticle, b: ArchivedArticle) => a.url.localeCompare(b.url);
    expect((await exportArchive()).articles.sort(byUrl)).toEqual([...exported.articles, sevenMonthsAgo].sort(byUrl));

    // A shorter time takes the one read seven months ago too; what was read today stays.
    await options.selectOption(OLDER_THAN, '6');
    await options.click(DELETE_OLDER_BUTTON);
    await options.click(CONFIRM_DELETE_OLDER);
    await statusSays(describeDeletedBefore(1, startOfDayMonthsBefore(new Date(now), 6)));
    expect(contents(await exportArchive())).toEqual(contents(exported));
  });
});
