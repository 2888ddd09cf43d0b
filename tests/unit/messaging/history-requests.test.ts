import { describe, expect, it, vi } from 'vitest';
import { handleRequest, type BackgroundServices, type Sender } from '../../../lib/messaging/handler';
import { HistoryError } from '../../../lib/history/types';
import type { Analysis, Extraction } from '../../../lib/types';
import { sampleArticle } from './article';
import { archivedAnalysis, memoryArchive, memoryHistory } from './memory-history';

const ARTICLE_URL = sampleArticle().metadata.canonicalUrl;
const contentScript: Sender = { tabId: 7, fromThisExtension: true, incognito: false };
const privateContentScript: Sender = { ...contentScript, incognito: true };
const extensionPage: Sender = { tabId: null, fromThisExtension: true, incognito: false };
const analyzePage = { type: 'analyzePage', html: '<p>snapshot</p>', url: sampleArticle().metadata.url };

function background(settings?: Parameters<typeof memoryArchive>[0]) {
  const saved = new Map<number, Analysis>();
  const { archive, outcomes } = memoryArchive(settings);
  const services = {
    store: { save: async (tabId: number, analysis: Analysis) => void saved.set(tabId, analysis), load: async (tabId: number) => saved.get(tabId) ?? null },
    readPage: async (): Promise<Extraction> => ({ isArticle: true, article: sampleArticle(), articleElements: [3] }),
    panel: { open: async () => undefined, focus: async () => undefined, shortcut: async () => null },
    history: memoryHistory(),
    archive,
  } satisfies BackgroundServices;
  return { services, saved, outcomes, history: services.history, archive };
}

const analysisOf = (reply: unknown) => (reply as { analysis: Analysis }).analysis;

describe('recording an analyzed article', () => {
  it('records it once, says so for the side panel and tells the open pages', async () => {
    const { services, saved, outcomes, history, archive } = background();
    const reply = await handleRequest(analyzePage, contentScript, services);
    expect(analysisOf(reply)).toMatchObject({ isArticle: true, title: sampleArticle().metadata.title });
    expect(saved.get(7)).toEqual(analysisOf(reply));
    expect(await history.get(ARTICLE_URL)).toMatchObject({ title: sampleArticle().metadata.title, read: true, firstSeen: '2024-03-12T09:00:00.000Z' });
    expect(outcomes.get(7)).toEqual({ kind: 'recorded' });
    expect(archive.changes).toBe(1);
    // Read again (a live update): the same record, not a second one.
    await handleRequest(analyzePage, contentScript, services);
    expect(await history.count()).toBe(1);
  });

  it('records nothing from a private window, whatever the settings, and does not even read them', async () => {
    const { services, saved, outcomes, history, archive } = background();
    const settings = vi.spyOn(archive, 'settings');
    const reply = await handleRequest(analyzePage, privateContentScript, services);
    expect(saved.get(7)).toEqual(analysisOf(reply));
    expect(history.articles).toEqual([]);
    expect(outcomes.get(7)).toEqual({ kind: 'private-window' });
    expect(settings).not.toHaveBeenCalled();
    expect(archive.changes).toBe(0);
  });

  it('records nothing while recording is paused', async () => {
    const { services, saved, outcomes, history } = background({ paused: true, excludedSites: [] });
    await handleRequest(analyzePage, contentScript, services);
    expect(saved.get(7)).toMatchObject({ isArticle: true });
    expect(history.articles).toEqual([]);
    expect(outcomes.get(7)).toEqual({ kind: 'paused' });
  });

  it('records nothing from an excluded site, its subdomains included, and names the entry', async () => {
    const { services, outcomes, history } = background({ paused: false, excludedSites: ['other.example', 'example.com'] });
    await handleRequest(analyzePage, contentScript, services);
    expect(history.articles).toEqual([]);
    expect(outcomes.get(7)).toEqual({ kind: 'excluded', site: 'example.com' });
  });

  it('records an article whose site only looks like an excluded one', async () => {
    const { services, outcomes, history } = background({ paused: false, excludedSites: ['ews.example.com', 'example.co'] });
    await handleRequest(analyzePage, contentScript, services);
    expect(await history.count()).toBe(1);
    expect(outcomes.get(7)).toEqual({ kind: 'recorded' });
  });

  it('keeps and returns the analysis when the archive is full, and keeps the store\'s words for the side panel', async () => {
    const { services, saved, outcomes, archive } = background();
    services.history.record = () => Promise.reject(new HistoryError('quota', 'Your browser has no room left for Backstory\'s history.'));
    const reply = await handleRequest(analyzePage, contentScript, services);
    expect(analysisOf(reply)).toMatchObject({ isArticle: true });
    expect(saved.get(7)).toEqual(analysisOf(reply));
    expect(outcomes.get(7)).toEqual({ kind: 'failed', message: 'Your browser has no room left for Backstory\'s history.' });
    expect(archive.changes).toBe(0);
    const history = await handleRequest({ type: 'getTabHistory', tabId: 7 }, extensionPage, services);
    expect(history).toMatchObject({ recording: { kind: 'failed', message: expect.stringMatching(/no room left/) } });
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
    expect(history.articles).toEqual([]);
    expect(outcomes.size).toBe(0);
  });
});

describe('the history of the article in a tab', () => {
  const current = archivedAnalysis('https://news.example/2020/pm', '2020-01-20', [['Sergei Lavrov', 'Prime Minister'], 'Anna Petrova']);

  async function reading() {
    const setup = background();
    const { history, services } = setup;
    await history.record(archivedAnalysis('https://news.example/2013/fm', '2013-05-02', [['Sergei Lavrov', 'Foreign Minister']]), new Date('2013-05-02T10:00:00Z'), []);
    await history.record(archivedAnalysis('https://other.example/2016/talks', '2016-09-09', [['Lavrov', 'negotiator']]), new Date('2016-09-09T10:00:00Z'), []);
    await history.record(archivedAnalysis('https://news.example/2022/later', '2022-02-02', ['Sergei Lavrov']), new Date('2024-01-01T10:00:00Z'), []);
    await history.record(archivedAnalysis('https://news.example/2019/weather', '2019-01-01', ['Someone Else']), new Date('2019-01-01T10:00:00Z'), []);
    await services.store.save(4, current);
    await services.archive.outcomes.save(4, { kind: 'recorded' });
    return setup;
  }

  it('gives each person their earlier articles newest first, with the role they had, and the later ones apart', async () => {
    const { services } = await reading();
    const reply = await handleRequest({ type: 'getTabHistory', tabId: 4 }, extensionPage, services);
    if (!reply || !('coverage' in reply)) throw new Error(`expected a tab history, got ${JSON.stringify(reply)}`);
    const lavrov = reply.coverage.find((person) => person.personKey === 'sergei lavrov');
    expect(lavrov?.earlier.map((entry) => [entry.date, entry.role])).toEqual([
      ['2016-09-09', 'negotiator'],
      ['2013-05-02', 'Foreign Minister'],
    ]);
    expect(lavrov?.since.map((entry) => entry.url)).toEqual(['https://news.example/2022/later']);
    expect(reply.coverage.find((person) => person.personKey === 'anna petrova')).toMatchObject({ earlier: [], since: [] });
    expect(reply.related.map((article) => article.url)).toEqual(expect.arrayContaining(['https://news.example/2013/fm', 'https://news.example/2022/later']));
    expect(reply.related.map((article) => article.url)).not.toContain('https://news.example/2019/weather');
    expect(reply.recording).toEqual({ kind: 'recorded' });
  });

  it('carries the articles that may name a person otherwise, and the reader’s answer takes one out', async () => {
    const { services, history } = await reading();
    await history.record(archivedAnalysis('https://news.example/2012/sergey', '2012-01-01', [['Sergey Lavrov', 'Foreign Minister']]), new Date('2012-01-01T10:00:00Z'), []);
    const reply = await handleRequest({ type: 'getTabHistory', tabId: 4 }, extensionPage, services);
    if (!reply || !('possibleMatches' in reply)) throw new Error(`expected a tab history, got ${JSON.stringify(reply)}`);
    expect(reply.possibleMatches).toEqual([
      { personKey: 'sergei lavrov', identity: 'sergei lavrov', articles: [expect.objectContaining({ url: 'https://news.example/2012/sergey', identity: 'sergey lavrov', name: 'Sergey Lavrov', role: 'Foreign Minister' })] },
    ]);
    await handleRequest({ type: 'correctIdentity', a: 'sergei lavrov', b: 'sergey lavrov', same: false }, extensionPage, services);
    expect(await handleRequest({ type: 'getTabHistory', tabId: 4 }, extensionPage, services)).toMatchObject({ possibleMatches: [] });
  });

  it('answers null for a tab with no article analysis', async () => {
    const { services } = await reading();
    expect(await handleRequest({ type: 'getTabHistory', tabId: 99 }, extensionPage, services)).toBeNull();
    await services.store.save(5, { isArticle: false, reason: 'No article text.' });
    expect(await handleRequest({ type: 'getTabHistory', tabId: 5 }, extensionPage, services)).toBeNull();
  });

  it('keeps the reader\'s "not the same person", so the article no longer counts for that person', async () => {
    const { services, archive } = await reading();
    expect(await handleRequest({ type: 'correctIdentity', a: 'sergei lavrov', b: 'lavrov', same: false }, extensionPage, services)).toEqual({ corrected: true });
    expect(archive.changes).toBe(1);
    const reply = await handleRequest({ type: 'getTabHistory', tabId: 4 }, extensionPage, services);
    if (!reply || !('coverage' in reply)) throw new Error('expected a tab history');
    expect(reply.coverage[0]?.earlier.map((entry) => entry.url)).toEqual(['https://news.example/2013/fm']);
  });

  it('forgets one article, then everything', async () => {
    const { services, history, archive } = await reading();
    expect(await handleRequest({ type: 'getArchiveSummary' }, extensionPage, services)).toEqual({ articles: 4 });
    expect(await handleRequest({ type: 'deleteArchivedArticle', url: 'https://news.example/2013/fm' }, extensionPage, services)).toEqual({ deleted: true });
    expect(await history.get('https://news.example/2013/fm')).toBeNull();
    expect(await handleRequest({ type: 'getArchiveSummary' }, extensionPage, services)).toEqual({ articles: 3 });
    expect(await handleRequest({ type: 'deleteArchive' }, extensionPage, services)).toEqual({ deleted: true });
    expect(await handleRequest({ type: 'getArchiveSummary' }, extensionPage, services)).toEqual({ articles: 0 });
    expect(archive.changes).toBe(2);
  });

  it('exports everything as a file that imports back into an empty archive unchanged', async () => {
    const { services } = await reading();
    await handleRequest({ type: 'correctIdentity', a: 'sergei lavrov', b: 'lavrov', same: false }, extensionPage, services);
    const file = await handleRequest({ type: 'exportArchive' }, extensionPage, services);
    expect(file).toMatchObject({ format: 'backstory-archive', exported: '2024-03-12T09:00:00.000Z', corrections: [{ a: 'sergei lavrov', b: 'lavrov', same: false }] });

    const fresh = background();
    // The file goes through the message channel as JSON, like the options page sends it.
    const imported = await handleRequest({ type: 'importArchive', file: JSON.parse(JSON.stringify(file)) }, extensionPage, fresh.services);
    expect(imported).toEqual({ articles: 4, corrections: 1 });
    expect(fresh.archive.changes).toBe(1);
    expect(await handleRequest({ type: 'exportArchive' }, extensionPage, fresh.services)).toEqual(file);
  });

  it('refuses a file that is not an archive in the store\'s words, and changes nothing', async () => {
    const { services, archive } = await reading();
    await expect(handleRequest({ type: 'importArchive', file: { format: 'something else' } }, extensionPage, services)).rejects.toThrow(
      'This file is not a history exported by Backstory.',
    );
    expect(await handleRequest({ type: 'getArchiveSummary' }, extensionPage, services)).toEqual({ articles: 4 });
    expect(archive.changes).toBe(0);
  });

  it.each([
    { type: 'getTabHistory', tabId: 4 },
    { type: 'deleteArchivedArticle', url: 'https://news.example/2013/fm' },
    { type: 'correctIdentity', a: 'sergei lavrov', b: 'lavrov', same: false },
    { type: 'deleteArchive' },
    { type: 'exportArchive' },
    { type: 'importArchive', file: { format: 'backstory-archive', version: 1, exported: '2024-01-01T00:00:00Z', articles: [], corrections: [] } },
    { type: 'getArchiveSummary' },
  ])('refuses %j from a content script, or from another extension, and changes nothing', async (request) => {
    const { services, history, archive } = await reading();
    const before = structuredClone({ articles: history.articles, corrections: history.corrections });
    expect(await handleRequest(request, contentScript, services)).toEqual({ error: `${request.type} comes from an extension page` });
    expect(await handleRequest(request, { ...extensionPage, fromThisExtension: false }, services)).toEqual({ error: 'Unknown sender' });
    expect({ articles: history.articles, corrections: history.corrections }).toEqual(before);
    expect(archive.changes).toBe(0);
  });
});
