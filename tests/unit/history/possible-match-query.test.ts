import { describe, expect, it } from 'vitest';
import { ArchiveDatabase } from '../../../lib/history/db';
import type { HistoryStore } from '../../../lib/history/types';
import type { ArticleAnalysis } from '../../../lib/types';
import { person } from '../sidepanel/analysis';
import { AT, articleOn, bystander, freshIndexedDB, lavrov, newStore, putin } from './fake-archive';

async function recordAll(store: HistoryStore, articles: ArticleAnalysis[]): Promise<void> {
  for (const [index, article] of articles.entries()) await store.record(article, AT(`2024-01-01T00:00:${String(index).padStart(2, '0')}.000Z`), []);
}

const sergey = (role: string | null = 'Foreign Minister', official = true) => person('Sergey Lavrov', { role, roles: role ? [role] : [], official, aliases: ['Lavrov'] });
const slugsOf = (articles: Array<{ url: string }>) => articles.map((article) => article.url.replace('https://news.example/', ''));

async function namesIn(deps: ReturnType<typeof freshIndexedDB>): Promise<string[]> {
  const db = new ArchiveDatabase(deps);
  await db.open();
  const names = (await db.names.toArray()).map((row) => row.identity);
  db.close();
  return names;
}

describe('possibleMatches', () => {
  it('lists, per person, the newest articles naming them otherwise, with the name and role as each gave them', async () => {
    const store = newStore();
    await recordAll(store, [
      articleOn('sergey-2010', '2010-01-01', [sergey('Foreign Minister')]),
      articleOn('sergey-2012', '2012-01-01', [sergey('Russia’s top diplomat')]),
      articleOn('putin-full', '2011-01-01', [person('Vladimir Vladimirovich Putin', { role: 'Prime Minister', official: true })]),
      articleOn('sergei-same-name', '2011-06-01', [lavrov()]),
      articleOn('ivan-lavrov', '2011-07-01', [person('Ivan Lavrov', { role: 'Foreign Minister', official: true })]),
    ]);
    const found = await store.possibleMatches(articleOn('now', '2013-04-14', [lavrov(), putin(), person('Anna Petrova')]));
    expect(found.map((match) => [match.personKey, match.identity])).toEqual([
      ['sergei lavrov', 'sergei lavrov'],
      ['vladimir putin', 'vladimir putin'],
    ]);
    expect(found[0]!.articles).toEqual([
      { url: 'https://news.example/sergey-2012', identity: 'sergey lavrov', name: 'Sergey Lavrov', title: 'sergey 2012', site: 'Example News', date: '2012-01-01', role: 'Russia’s top diplomat' },
      { url: 'https://news.example/sergey-2010', identity: 'sergey lavrov', name: 'Sergey Lavrov', title: 'sergey 2010', site: 'Example News', date: '2010-01-01', role: 'Foreign Minister' },
    ]);
    expect(found[1]!.articles.map((match) => [match.name, match.role])).toEqual([['Vladimir Vladimirovich Putin', 'Prime Minister']]);
  });

  it('gives at most `limit` articles per person, newest first across the other names, later ones included', async () => {
    const store = newStore();
    await recordAll(store, [
      articleOn('sergey-2010', '2010-01-01', [sergey()]),
      articleOn('sergey-2011', '2011-01-01', [sergey()]),
      articleOn('s-v-2012', '2012-01-01', [person('Sergei Viktorovich Lavrov', { role: 'Foreign Minister', official: true })]),
      articleOn('sergey-2020', '2020-01-01', [sergey()]),
    ]);
    const [found] = await store.possibleMatches(articleOn('now', '2013-04-14', [lavrov()]), 3);
    expect(slugsOf(found!.articles)).toEqual(['sergey-2020', 's-v-2012', 'sergey-2011']);
    const [fewer] = await store.possibleMatches(articleOn('now', '2013-04-14', [lavrov()]), 1);
    expect(slugsOf(fewer!.articles)).toEqual(['sergey-2020']);
    await expect(store.possibleMatches(articleOn('now', null, [lavrov()]), 0)).rejects.toThrow(RangeError);
  });

  it('leaves out the current article, names the current article itself gives, articles naming both, and a public post against a private role', async () => {
    const store = newStore();
    const current = articleOn('now', '2013-04-14', [person('George W. Bush', { role: 'President', official: true }), person('George H. W. Bush', { role: 'former President', official: true })]);
    await recordAll(store, [
      current,
      articleOn('bush-2000', '2000-01-01', [person('George W. Bush', { role: 'Governor', official: true })]),
      articleOn('bush-1990', '1990-01-01', [person('George H. W. Bush', { role: 'President', official: true })]),
      articleOn('george-bush', '2001-01-01', [bystander('George Bush', 'chief executive of a bakery')]),
      articleOn('sergey-executive', '2002-01-01', [sergey('chief executive of Acme', false)]),
      articleOn('both-lavrovs', '2003-01-01', [lavrov(), sergey()]),
    ]);
    expect(await store.possibleMatches(current)).toEqual([]);
    expect(await store.possibleMatches(articleOn('lavrov', '2013-04-14', [lavrov()]))).toEqual([]);
    // Without a role on either side there is no conflict.
    const [unstated] = await store.possibleMatches(articleOn('lavrov', '2013-04-14', [lavrov(null)]));
    expect(slugsOf(unstated!.articles)).toEqual(['sergey-executive']);
  });

  it('leaves out the names the reader already joined or kept apart; a joined one moves into the coverage with its role', async () => {
    const store = newStore();
    await recordAll(store, [
      articleOn('sergey', '2010-01-01', [sergey('Foreign Minister')]),
      articleOn('sergei-v', '2011-01-01', [person('Sergei Viktorovich Lavrov', { role: 'diplomat', official: true })]),
    ]);
    const current = articleOn('now', '2013-04-14', [lavrov('Prime Minister')]);
    expect((await store.possibleMatches(current))[0]!.articles.map((match) => match.identity)).toEqual(['sergei viktorovich lavrov', 'sergey lavrov']);

    await store.correct({ a: 'sergey lavrov', b: 'sergei lavrov', same: true });
    await store.correct({ a: 'sergei lavrov', b: 'sergei viktorovich lavrov', same: false });
    expect(await store.possibleMatches(current)).toEqual([]);
    const [coverage] = await store.coverage(current);
    expect(coverage!.earlier.map((entry) => [entry.identity, entry.role])).toEqual([['sergey lavrov', 'Foreign Minister']]);
  });

  it('forgets a name with the last article naming it (forgetting one article, an updated page, old ones, or everything), and learns names from an import', async () => {
    const deps = freshIndexedDB();
    const store = newStore(deps);
    await recordAll(store, [
      articleOn('sergey-1', '2010-01-01', [sergey(), putin()]),
      articleOn('sergey-2', '2011-01-01', [sergey()]),
    ]);
    expect((await namesIn(deps)).sort()).toEqual(['sergey lavrov', 'vladimir putin']);

    await store.deleteArticle('https://news.example/sergey-1');
    expect(await namesIn(deps)).toEqual(['sergey lavrov']);
    // The page was updated: it no longer names him.
    await store.record(articleOn('sergey-2', '2011-01-01', [putin()]), AT('2024-02-01T00:00:00.000Z'), []);
    expect(await namesIn(deps)).toEqual(['vladimir putin']);
    await store.deleteSeenBefore(AT('2030-01-01T00:00:00.000Z'));
    expect(await namesIn(deps)).toEqual([]);
    expect(await store.possibleMatches(articleOn('now', '2013-04-14', [lavrov()]))).toEqual([]);

    const file = { format: 'backstory-archive', version: 1, exported: '2024-01-01T00:00:00.000Z', corrections: [], articles: [
      { url: 'https://news.example/imported', title: 'Imported', site: null, published: '2012-01-01', firstSeen: '2012-01-01T00:00:00.000Z', lastSeen: '2012-01-01T00:00:00.000Z',
        authors: [], people: [{ identity: 'sergey lavrov', name: 'Sergey Lavrov', aliases: [], role: null, official: true }], events: [], relatedUrls: [], excerpt: '', read: true },
    ] };
    await store.importAll(file);
    expect(slugsOf((await store.possibleMatches(articleOn('now', '2013-04-14', [lavrov()])))[0]!.articles)).toEqual(['imported']);
    await store.deleteAll();
    expect(await namesIn(deps)).toEqual([]);
    store.close();
  });
});
