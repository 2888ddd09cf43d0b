import { describe, expect, it } from 'vitest';
import { orderedSplit, SplitsOf } from '../../../lib/history/splits';
import type { HistoryStore } from '../../../lib/history/types';
import { person } from '../sidepanel/analysis';
import { AT, articleOn, newStore } from './fake-archive';

const NOW = AT('2024-06-01T12:00:00.000Z');
const url = (slug: string) => `https://news.example/${slug}`;
const slugOf = (address: string) => address.replace('https://news.example/', '');
const urlsOf = (entries: Array<{ url: string }>) => entries.map((entry) => slugOf(entry.url));
/** Two John Smiths, no roles to tell them apart. */
const smith = () => person('John Smith', { key: 'john smith' });
const smithIn = (slug: string, published: string) => articleOn(slug, published, [smith()]);

/** Three articles naming John Smith: a bakery (2019), a court case (2021), a marathon (2023). */
async function threeSmiths(): Promise<HistoryStore & { close(): void }> {
  const store = newStore();
  for (const [index, [slug, day]] of [
    ['bakery', '2019-05-01'],
    ['court', '2021-05-01'],
    ['marathon', '2023-05-01'],
  ].entries()) {
    await store.record(smithIn(slug!, day!), AT(`2024-01-0${index + 1}T08:00:00.000Z`), []);
  }
  return store;
}

const coverageOf = async (store: HistoryStore, slug: string, day: string) => (await store.coverage(smithIn(slug, day)))[0]!;

describe('splitting two articles of one name', () => {
  it('takes each article out of the other’s coverage, and nothing else', async () => {
    const store = await threeSmiths();
    expect(urlsOf((await coverageOf(store, 'marathon', '2023-05-01')).earlier)).toEqual(['court', 'bakery']);

    // On the marathon's panel: the bakery's John Smith is someone else.
    await store.splitArticles({ identity: 'john smith', urls: [url('marathon'), url('bakery')] });

    expect(urlsOf((await coverageOf(store, 'marathon', '2023-05-01')).earlier)).toEqual(['court']);
    // Symmetric: the bakery's coverage no longer lists the marathon among the later ones.
    const bakery = await coverageOf(store, 'bakery', '2019-05-01');
    expect(urlsOf(bakery.since)).toEqual(['court']);
    // The court article: the reader said nothing about it, so it lists both.
    expect(urlsOf((await coverageOf(store, 'court', '2021-05-01')).earlier)).toEqual(['bakery']);
    expect(urlsOf((await coverageOf(store, 'court', '2021-05-01')).since)).toEqual(['marathon']);
    // Another article of that name, not yet kept, lists all three.
    expect(urlsOf((await coverageOf(store, 'today', '2024-05-01')).earlier)).toEqual(['marathon', 'court', 'bakery']);
  });

  it('takes the split article out of the related ones too, where that name was all they shared', async () => {
    const store = await threeSmiths();
    const related = async () => (await store.related(smithIn('marathon', '2023-05-01'))).map((article) => slugOf(article.url));
    expect(await related()).toEqual(expect.arrayContaining(['court', 'bakery']));
    await store.splitArticles({ identity: 'john smith', urls: [url('marathon'), url('bakery')] });
    expect(await related()).toEqual(['court']);
  });

  it('still fills the coverage up to its limit when split articles are among the newest', async () => {
    const store = newStore();
    for (let day = 1; day <= 6; day++) await store.record(smithIn(`day-${day}`, `2020-01-0${day}`), AT('2024-01-01T00:00:00.000Z'), []);
    await store.record(smithIn('today', '2021-01-01'), AT('2024-01-01T00:00:00.000Z'), []);
    for (const day of [6, 5]) await store.splitArticles({ identity: 'john smith', urls: [url('today'), url(`day-${day}`)] });
    const coverage = (await store.coverage(smithIn('today', '2021-01-01'), 3))[0]!;
    expect(urlsOf(coverage.earlier)).toEqual(['day-4', 'day-3', 'day-2']);
  });

  it('applies to that name only: another person both articles name is still listed', async () => {
    const store = newStore();
    const jones = () => person('Mary Jones', { key: 'mary jones' });
    await store.record(articleOn('first', '2020-01-01', [smith(), jones()]), NOW, []);
    await store.record(articleOn('second', '2021-01-01', [smith(), jones()]), NOW, []);
    await store.splitArticles({ identity: 'john smith', urls: [url('second'), url('first')] });
    const [smithCoverage, jonesCoverage] = await store.coverage(articleOn('second', '2021-01-01', [smith(), jones()]));
    expect(smithCoverage!.earlier).toEqual([]);
    expect(urlsOf(jonesCoverage!.earlier)).toEqual(['first']);
  });

  it('is kept once, in either order, and normalises the addresses', async () => {
    const store = await threeSmiths();
    await store.splitArticles({ identity: 'john smith', urls: [url('marathon'), `${url('bakery')}?utm_source=mail#top`] });
    await store.splitArticles({ identity: 'john smith', urls: [url('bakery'), url('marathon')] });
    expect((await store.exportAll(NOW)).splits).toEqual([{ identity: 'john smith', urls: [url('bakery'), url('marathon')] }]);
  });

  it('refuses what is not two kept articles and an identity, writing nothing', async () => {
    const store = await threeSmiths();
    const refused = (split: { identity: string; urls: [string, string] }) => store.splitArticles(split).catch((error: unknown) => error);
    expect(await refused({ identity: 'john smith', urls: [url('bakery'), url('bakery/')] })).toBeInstanceOf(TypeError);
    expect(await refused({ identity: 'Smith', urls: [url('bakery'), url('court')] })).toBeInstanceOf(TypeError);
    expect(await refused({ identity: 'john smith', urls: [url('bakery'), 'not an address'] })).toBeInstanceOf(TypeError);
    // An article read in a private window is not kept: nothing is written about it.
    expect(await refused({ identity: 'john smith', urls: [url('bakery'), url('private')] })).toMatchObject({ message: expect.stringMatching(/only while both are in your history/) });
    expect((await store.exportAll(NOW)).splits).toEqual([]);
  });

  it('goes with either article when it is forgotten, deleted as old, or everything is', async () => {
    const store = await threeSmiths();
    const splitAll = async () => {
      await store.splitArticles({ identity: 'john smith', urls: [url('bakery'), url('court')] });
      await store.splitArticles({ identity: 'john smith', urls: [url('court'), url('marathon')] });
    };
    const splits = async () => (await store.exportAll(NOW)).splits.map((split) => split.urls.map(slugOf).join(' / '));
    await splitAll();
    await store.deleteArticle(url('bakery'));
    expect(await splits()).toEqual(['court / marathon']);
    // Read again, the bakery article is listed again: the split went with it.
    await store.record(smithIn('bakery', '2019-05-01'), AT('2024-02-01T08:00:00.000Z'), []);
    expect(urlsOf((await coverageOf(store, 'court', '2021-05-01')).earlier)).toEqual(['bakery']);

    await splitAll();
    // The court article was last seen on 2 January, the bakery (read again) on 1 February.
    expect(await store.deleteSeenBefore(AT('2024-01-02T12:00:00.000Z'))).toBe(1);
    expect(await splits()).toEqual([]);

    await store.record(smithIn('court', '2021-05-01'), AT('2024-02-01T08:00:00.000Z'), []);
    await splitAll();
    await store.deleteAll();
    expect(await splits()).toEqual([]);
  });
});

describe('orderedSplit and SplitsOf', () => {
  it('orders the two addresses, and tells apart only the articles split from this one', () => {
    const split = orderedSplit({ identity: 'john smith', urls: [url('b'), url('a')] });
    expect(split).toEqual({ identity: 'john smith', urls: [url('a'), url('b')] });
    const ofA = new SplitsOf(url('a'), [split, { identity: 'john smith', urls: [url('c'), url('d')] }]);
    expect(ofA.apart('john smith', url('b'))).toBe(true);
    expect(ofA.apart('mary jones', url('b'))).toBe(false);
    // A split not naming this article (the index would not give it) says nothing.
    expect(ofA.apart('john smith', url('d'))).toBe(false);
    expect(new SplitsOf(url('b'), [split]).apart('john smith', url('a'))).toBe(true);
  });
});
