import { afterEach, describe, expect, it, vi } from 'vitest';
import { QUOTA_MESSAGE } from '../../../lib/history/errors';
import type { HistoryStore } from '../../../lib/history/types';
import { handleRequest, type BackgroundServices, type Sender } from '../../../lib/messaging/handler';
import type { Analysis, Extraction, Person } from '../../../lib/types';
import { AT, fillTheDisk, lavrov, newStore } from '../history/fake-archive';
import { analysis, person } from '../sidepanel/analysis';
import { sampleArticle } from './article';
import { memoryArchive } from './archive-services';

const ARTICLE_URL = sampleArticle().metadata.canonicalUrl;
const contentScript: Sender = { tabId: 7, fromThisExtension: true, incognito: false };
const privateContentScript: Sender = { ...contentScript, incognito: true };
const extensionPage: Sender = { tabId: null, fromThisExtension: true, incognito: false };
const analyzePage = { type: 'analyzePage', html: '<p>snapshot</p>', url: sampleArticle().metadata.url };

afterEach(() => {
  vi.restoreAllMocks();
});

/** The background with the real archive, on a fresh fake-indexeddb. */
function background(settings?: Parameters<typeof memoryArchive>[0]) {
  const saved = new Map<number, Analysis>();
  const { archive, outcomes } = memoryArchive(settings);
  const services = {
    store: { save: async (tabId: number, analysis: Analysis) => void saved.set(tabId, analysis), load: async (tabId: number) => saved.get(tabId) ?? null },
    readPage: async (): Promise<Extraction> => ({ isArticle: true, article: sampleArticle(), articleElements: [3] }),
    panel: { open: async () => undefined, focus: async () => undefined, shortcut: async () => null },
    history: newStore(),
    archive,
  } satisfies BackgroundServices;
  return { services, saved, outcomes, history: services.history, archive };
}

const analysisOf = (reply: unknown) => (reply as { analysis: Analysis }).analysis;
/** The addresses of the articles the archive holds as read. */
const readArticles = async (history: HistoryStore) => (await history.exportAll(AT('2024-03-12T09:00:00.000Z'))).articles.filter((article) => article.read).map((article) => article.url);

describe('recording an analyzed article', () => {
  it('records it once, says so for the side panel and tells the open pages', async () => {
    const { services, saved, outcomes, history, archive } = background();
    const reply = await handleRequest(analyzePage, contentScript, services);
    expect(analysisOf(reply)).toMatchObject({ isArticle: true, title: sampleArticle().metadata.title });
    expect(saved.get(7)).toEqual(analysisOf(reply));
    expect(await history.get(ARTICLE_URL)).toMatchObject({ title: sampleArticle().metadata.title, read: true, firstSeen: '2024-03-12T09:00:00.000Z' });
    expect(await readArticles(history)).toEqual([ARTICLE_URL]);
    expect(outcomes.get(7)).toEqual({ kind: 'recorded' });
    expect(archive.changes).toBe(1);
    // Read again (a live update): the same records, not a second set.
    const kept = await history.count();
    await handleRequest(analyzePage, contentScript, services);
    expect(await history.count()).toBe(kept);
    expect(await readArticles(history)).toEqual([ARTICLE_URL]);
  });

  it('records nothing from a private window, whatever the settings, and does not even read them', async () => {
    const { services, saved, outcomes, history, archive } = background();
    const settings = vi.spyOn(archive, 'settings');
    const reply = await handleRequest(analyzePage, privateContentScript, services);
    expect(saved.get(7)).toEqual(analysisOf(reply));
    expect(await history.count()).toBe(0);
    expect(outcomes.get(7)).toEqual({ kind: 'private-window' });
    expect(settings).not.toHaveBeenCalled();
    expect(archive.changes).toBe(0);
  });

  it('records nothing while recording is paused', async () => {
    const { services, saved, outcomes, history } = background({ paused: true, excludedSites: [] });
    await handleRequest(analyzePage, contentScript, services);
    expect(saved.get(7)).toMatchObject({ isArticle: true });
    expect(await history.count()).toBe(0);
    expect(outcomes.get(7)).toEqual({ kind: 'paused' });
  });

  it('records nothing from an excluded site, its subdomains included, and names the entry', async () => {
    const { services, outcomes, history } = background({ paused: false, excludedSites: ['other.example', 'example.com'] });
    await handleRequest(analyzePage, contentScript, services);
    expect(await history.count()).toBe(0);
    expect(outcomes.get(7)).toEqual({ kind: 'excluded', site: 'example.com' });
  });

  it('records an article whose site only looks like an excluded one', async () => {
    const { services, outcomes, history } = background({ paused: false, excludedSites: ['ews.example.com', 'example.co'] });
    await handleRequest(analyzePage, contentScript, services);
    expect(await readArticles(history)).toEqual([ARTICLE_URL]);
    expect(outcomes.get(7)).toEqual({ kind: 'recorded' });
  });

  it('keeps and returns the analysis when the disk is full, and keeps the store\'s words for the side panel', async () => {
    const { services, saved, outcomes, archive, history } = background();
    fillTheDisk();
    const reply = await handleRequest(analyzePage, contentScript, services);
    expect(analysisOf(reply)).toMatchObject({ isArticle: true });
    expect(saved.get(7)).toEqual(analysisOf(reply));
    expect(outcomes.get(7)).toEqual({ kind: 'failed', message: QUOTA_MESSAGE });
    expect(archive.changes).toBe(0);
    const tabHistory = await handleRequest({ type: 'getTabHistory', tabId: 7 }, extensionPage, services);
    expect(tabHistory).toMatchObject({ recording: { kind: 'failed', message: QUOTA_MESSAGE } });
    expect(await history.count()).toBe(0);
  });

  it('says in plain words when the archive fails in a way the store did not word, or the settings cannot be read', async () => {
    const { services, outcomes } = background();
    services.history.record = () => Promise.reject(new TypeError('db.articles is undefined'));
    await handleRequest(analyzePage, contentScript, services);
    expect(outcomes.get(7)).toEqual({ kind: 'failed', message: 'Backstory could not write to your history (db.articles is undefined).' });
    services.archive.settings = () => Promise.reject(new Error('storage is gone'));
    await handleRequest(analyzePage, contentScript, services);
    expect(outcomes.get(7)).toEqual({ kind: 'failed', message: expect.stringMatching(/storage is gone/) });
  });

  it('records nothing for a page that is not an article', async () => {
    const { services, outcomes, history } = background();
    services.readPage = async () => ({ isArticle: false, reason: 'No article text.' });
    await handleRequest(analyzePage, contentScript, services);
    await handleRequest({ type: 'recordNotArticle', reason: 'A sign-in form.' }, contentScript, services);
    expect(await history.count()).toBe(0);
    expect(outcomes.size).toBe(0);
  });
});

describe('the history of the article in a tab', () => {
  const articleAt = (path: string, published: string, people: Person[]) => {
    const url = `https://news.example/${path}`;
    return analysis({ url, canonicalUrl: url, title: `Article at ${path}`, published, people });
  };
  const current = articleAt('2020/pm', '2020-01-20', [lavrov('Prime Minister'), person('Anna Petrova')]);
  const sergeyLavrov = person('Sergey Lavrov', { key: 'sergey lavrov', role: 'Foreign Minister', roles: ['Foreign Minister'], official: true });

  /** Four articles about Lavrov read over the years (one spelling him Sergey), one about someone else, and the tab's article read now. */
  async function reading() {
    const setup = background();
    const { history, services } = setup;
    await history.record(articleAt('2013/fm', '2013-05-02', [lavrov('Foreign Minister')]), AT('2013-05-02T10:00:00Z'), []);
    await history.record(articleAt('2016/talks', '2016-09-09', [lavrov('Deputy Prime Minister')]), AT('2016-09-09T10:00:00Z'), []);
    await history.record(articleAt('2018/spelling', '2018-03-03', [sergeyLavrov]), AT('2018-03-03T10:00:00Z'), []);
    await history.record(articleAt('2022/later', '2022-02-02', [lavrov(null)]), AT('2024-01-01T10:00:00Z'), []);
    await history.record(articleAt('2019/weather', '2019-01-01', [person('Someone Else')]), AT('2019-01-01T10:00:00Z'), []);
    await services.store.save(4, current);
    await services.archive.outcomes.save(4, { kind: 'recorded' });
    return setup;
  }

  async function tabHistory(services: BackgroundServices) {
    const reply = await handleRequest({ type: 'getTabHistory', tabId: 4 }, extensionPage, services);
    if (!reply || !('coverage' in reply)) throw new Error(`expected a tab history, got ${JSON.stringify(reply)}`);
    return reply;
  }
  const earlierOfLavrov = async (services: BackgroundServices) =>
    (await tabHistory(services)).coverage.find((entry) => entry.personKey === 'sergei lavrov')?.earlier.map((entry) => entry.url);

  it('gives each person their earlier articles newest first, with the role they had, and the later ones apart', async () => {
    const { services } = await reading();
    const reply = await tabHistory(services);
    const lavrovCoverage = reply.coverage.find((entry) => entry.personKey === 'sergei lavrov');
    expect(lavrovCoverage?.earlier.map((entry) => [entry.date, entry.role])).toEqual([
      ['2016-09-09', 'Deputy Prime Minister'],
      ['2013-05-02', 'Foreign Minister'],
    ]);
    expect(lavrovCoverage?.since.map((entry) => entry.url)).toEqual(['https://news.example/2022/later']);
    expect(reply.coverage.find((entry) => entry.personKey === 'anna petrova')).toMatchObject({ earlier: [], since: [] });
    expect(reply.related.map((article) => article.url)).toEqual(expect.arrayContaining(['https://news.example/2013/fm', 'https://news.example/2022/later']));
    expect(reply.related.map((article) => article.url)).not.toContain('https://news.example/2019/weather');
    expect(reply.recording).toEqual({ kind: 'recorded' });
  });

  it('carries the articles that may name a person otherwise, and the reader’s answer takes one out', async () => {
    const { services } = await reading();
    expect((await tabHistory(services)).possibleMatches).toEqual([
      {
        personKey: 'sergei lavrov',
        identity: 'sergei lavrov',
        articles: [expect.objectContaining({ url: 'https://news.example/2018/spelling', identity: 'sergey lavrov', name: 'Sergey Lavrov', role: 'Foreign Minister' })],
      },
    ]);
    await handleRequest({ type: 'correctIdentity', a: 'sergei lavrov', b: 'sergey lavrov', same: false }, extensionPage, services);
    expect((await tabHistory(services)).possibleMatches).toEqual([]);
  });

  it('answers null for a tab with no article analysis', async () => {
    const { services } = await reading();
    expect(await handleRequest({ type: 'getTabHistory', tabId: 99 }, extensionPage, services)).toBeNull();
    await services.store.save(5, { isArticle: false, reason: 'No article text.' });
    expect(await handleRequest({ type: 'getTabHistory', tabId: 5 }, extensionPage, services)).toBeNull();
  });

  it('keeps the reader\'s "same person", and their "not the same person" after it', async () => {
    const { services, archive } = await reading();
    expect(await earlierOfLavrov(services)).toEqual(['https://news.example/2016/talks', 'https://news.example/2013/fm']);
    expect(await handleRequest({ type: 'correctIdentity', a: 'sergei lavrov', b: 'sergey lavrov', same: true }, extensionPage, services)).toEqual({ corrected: true });
    expect(await earlierOfLavrov(services)).toEqual(['https://news.example/2018/spelling', 'https://news.example/2016/talks', 'https://news.example/2013/fm']);
    await handleRequest({ type: 'correctIdentity', a: 'sergey lavrov', b: 'sergei lavrov', same: false }, extensionPage, services);
    expect(await earlierOfLavrov(services)).toEqual(['https://news.example/2016/talks', 'https://news.example/2013/fm']);
    expect(archive.changes).toBe(2);
  });

  it('tells two articles naming Lavrov apart once the tab\'s article is kept, and says which address it is kept under', async () => {
    const { services, history, archive } = await reading();
    const split = { type: 'splitArticles', identity: 'sergei lavrov', urls: ['https://news.example/2013/fm', 'https://news.example/2020/pm'] };
    // Not kept (read in a private window, say): nothing is written about it.
    expect((await tabHistory(services)).keptUrl).toBeNull();
    await expect(handleRequest(split, extensionPage, services)).rejects.toThrow(/only while both are in your history/);
    expect(archive.changes).toBe(0);

    await history.record(current, AT('2020-01-20T10:00:00Z'), []);
    expect((await tabHistory(services)).keptUrl).toBe('https://news.example/2020/pm');
    expect(await handleRequest(split, extensionPage, services)).toEqual({ split: true });
    expect(await earlierOfLavrov(services)).toEqual(['https://news.example/2016/talks']);
    expect(archive.changes).toBe(1);
  });

  it('forgets one article, then everything', async () => {
    const { services, history, archive } = await reading();
    expect(await handleRequest({ type: 'getArchiveSummary' }, extensionPage, services)).toEqual({ articles: 5 });
    expect(await handleRequest({ type: 'deleteArchivedArticle', url: 'https://news.example/2013/fm' }, extensionPage, services)).toEqual({ deleted: true });
    expect(await history.get('https://news.example/2013/fm')).toBeNull();
    expect(await earlierOfLavrov(services)).toEqual(['https://news.example/2016/talks']);
    expect(await handleRequest({ type: 'getArchiveSummary' }, extensionPage, services)).toEqual({ articles: 4 });
    await handleRequest({ type: 'correctIdentity', a: 'sergei lavrov', b: 'sergey lavrov', same: true }, extensionPage, services);
    expect(await handleRequest({ type: 'deleteArchive' }, extensionPage, services)).toEqual({ deleted: true });
    expect(await handleRequest({ type: 'getArchiveSummary' }, extensionPage, services)).toEqual({ articles: 0 });
    expect(await history.exportAll(AT('2024-03-12T09:00:00.000Z'))).toMatchObject({ articles: [], corrections: [] });
    expect(archive.changes).toBe(3);
  });

  it('deletes the articles last read before a time, says how many, and keeps those read since, an old one read again included', async () => {
    const { services, history, archive } = await reading();
    // Read again in 2024: its last visit is recent, so it stays.
    await history.record(articleAt('2016/talks', '2016-09-09', [lavrov('Deputy Prime Minister')]), AT('2024-02-01T10:00:00Z'), []);
    expect(await handleRequest({ type: 'deleteArticlesSeenBefore', before: '2019-01-01T10:00:00.000Z' }, extensionPage, services)).toEqual({ deleted: 2 });
    expect(archive.changes).toBe(1);
    expect((await readArticles(history)).sort()).toEqual(['https://news.example/2016/talks', 'https://news.example/2019/weather', 'https://news.example/2022/later']);
    expect(await earlierOfLavrov(services)).toEqual(['https://news.example/2016/talks']);
    expect(await handleRequest({ type: 'deleteArticlesSeenBefore', before: '2019-01-01T10:00:00.000Z' }, extensionPage, services)).toEqual({ deleted: 0 });
    expect(await handleRequest({ type: 'getArchiveSummary' }, extensionPage, services)).toEqual({ articles: 3 });
  });

  it('exports everything as a file that imports back into an empty archive unchanged', async () => {
    const { services } = await reading();
    await handleRequest({ type: 'correctIdentity', a: 'sergei lavrov', b: 'sergey lavrov', same: true }, extensionPage, services);
    const file = await handleRequest({ type: 'exportArchive' }, extensionPage, services);
    expect(file).toMatchObject({ format: 'backstory-archive', exported: '2024-03-12T09:00:00.000Z', corrections: [{ a: 'sergei lavrov', b: 'sergey lavrov', same: true }] });
    expect(file).toHaveProperty('articles', expect.arrayContaining([expect.objectContaining({ url: 'https://news.example/2013/fm', lastSeen: '2013-05-02T10:00:00.000Z' })]));

    const fresh = background();
    // The file goes through the message channel as JSON, like the options page sends it.
    const imported = await handleRequest({ type: 'importArchive', file: JSON.parse(JSON.stringify(file)) }, extensionPage, fresh.services);
    expect(imported).toEqual({ articles: 5, corrections: 1 });
    expect(fresh.archive.changes).toBe(1);
    expect(await handleRequest({ type: 'exportArchive' }, extensionPage, fresh.services)).toEqual(file);
  });

  it('refuses a file that is not an archive in the store\'s words, and changes nothing', async () => {
    const { services, archive } = await reading();
    const request = { type: 'importArchive', file: { format: 'something else' } };
    await expect(handleRequest(request, extensionPage, services)).rejects.toMatchObject({
      kind: 'invalid-import',
      message: 'This is not a Backstory history file (file.format: not "backstory-archive"). Nothing was imported.',
    });
    expect(await handleRequest({ type: 'getArchiveSummary' }, extensionPage, services)).toEqual({ articles: 5 });
    expect(archive.changes).toBe(0);
  });

  it.each([
    { type: 'getTabHistory', tabId: 4 },
    { type: 'deleteArchivedArticle', url: 'https://news.example/2013/fm' },
    { type: 'correctIdentity', a: 'sergei lavrov', b: 'sergey lavrov', same: true },
    { type: 'splitArticles', identity: 'sergei lavrov', urls: ['https://news.example/2013/fm', 'https://news.example/2016/talks'] },
    { type: 'deleteArchive' },
    { type: 'deleteArticlesSeenBefore', before: '2030-01-01T00:00:00.000Z' },
    { type: 'exportArchive' },
    { type: 'importArchive', file: { format: 'backstory-archive', version: 1, exported: '2024-01-01T00:00:00.000Z', articles: [], corrections: [] } },
    { type: 'getArchiveSummary' },
  ])('refuses %j from a content script, or from another extension, and changes nothing', async (request) => {
    const { services, history, archive } = await reading();
    const before = await history.exportAll(AT('2024-03-12T09:00:00.000Z'));
    expect(await handleRequest(request, contentScript, services)).toEqual({ error: `${request.type} comes from an extension page` });
    expect(await handleRequest(request, { ...extensionPage, fromThisExtension: false }, services)).toEqual({ error: 'Unknown sender' });
    expect(await history.exportAll(AT('2024-03-12T09:00:00.000Z'))).toEqual(before);
    expect(archive.changes).toBe(0);
  });
});
