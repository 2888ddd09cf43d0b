import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readArchiveFile } from '../../../lib/history/archive-file';
import { isIdentity } from '../../../lib/history/identity';
import { HistoryError, type ArchivedArticle, type ArchiveExport, type ArticleSplit, type IdentityCorrection } from '../../../lib/history/types';
import { event } from '../sidepanel/analysis';
import { AT, articleOn, lavrov, newStore, putin } from './fake-archive';

const NOW = AT('2024-06-01T12:00:00.000Z');

/** Valid archives, as exportAll would write them (addresses normalised, identities folded, times as toISOString gives). */
const day = fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
const time = fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((date) => date.toISOString());
const word = fc.stringMatching(/^[a-z]{2,8}$/);
const identity = fc.tuple(word, word).map(([first, last]) => `${first} ${last}`).filter(isIdentity);
const address = fc.tuple(fc.constantFrom('https://news.example/', 'http://www.other.example/world/'), word).map(([base, slug]) => base + slug);
const person = fc.record({ identity, name: fc.string(), aliases: fc.array(fc.string(), { maxLength: 3 }), role: fc.option(fc.string()), official: fc.boolean() });
const archivedEvent = fc.record({ name: fc.string(), date: fc.option(day), end: fc.option(day), place: fc.option(fc.string()) });
const article: fc.Arbitrary<ArchivedArticle> = fc.record({
  url: address,
  title: fc.string(),
  site: fc.option(fc.string()),
  published: fc.option(day),
  firstSeen: time,
  lastSeen: time,
  authors: fc.array(fc.string(), { maxLength: 2 }),
  people: fc.array(person, { maxLength: 4 }),
  events: fc.array(archivedEvent, { maxLength: 2 }),
  relatedUrls: fc.array(address, { maxLength: 3 }),
  excerpt: fc.string({ maxLength: 280 }),
  read: fc.boolean(),
});
const correction: fc.Arbitrary<IdentityCorrection> = fc.record({ a: identity, b: identity, same: fc.boolean() }).map(({ a, b, same }) => (a <= b ? { a, b, same } : { a: b, b: a, same }));
/** Splits name two of the archive's articles. */
const splitsOf = (urls: string[]): fc.Arbitrary<ArticleSplit[]> =>
  urls.length < 2
    ? fc.constant([])
    : fc.uniqueArray(
        fc.record({ identity, pair: fc.uniqueArray(fc.constantFrom(...urls), { minLength: 2, maxLength: 2 }) }).map(({ identity: name, pair: [x, y] }): ArticleSplit => ({ identity: name, urls: x! < y! ? [x!, y!] : [y!, x!] })),
        { selector: (split) => JSON.stringify(split), maxLength: 3 },
      );
const archive = fc
  .record({
    articles: fc.uniqueArray(article, { selector: (item) => item.url, maxLength: 8 }),
    corrections: fc.uniqueArray(correction, { selector: ({ a, b }) => `${a}|${b}`, maxLength: 3 }),
  })
  .chain((contents) => splitsOf(contents.articles.map((item) => item.url)).map((splits) => ({ ...contents, splits })));

const file = (contents: Partial<ArchiveExport>): ArchiveExport => ({ format: 'backstory-archive', version: 2, exported: NOW.toISOString(), articles: [], corrections: [], splits: [], ...contents });
/** A file as Backstory wrote it before splits (format version 1). */
const fileV1 = ({ splits: _splits, ...contents }: ArchiveExport) => ({ ...contents, version: 1 });

async function filledStore() {
  const store = newStore();
  await store.record(
    articleOn('letters', '2013-04-14', [lavrov(), putin()], { events: [event('G20 meeting', { date: '2013-09-05', end: '2013-09-06', place: 'St. Petersburg' })], related: [{ title: 'Meetings', url: 'https://news.example/meetings' }] }),
    AT('2013-04-15T08:00:00.000Z'),
    ['Envoys traded letters.'],
  );
  await store.correct({ a: 'sergey lavrov', b: 'sergei lavrov', same: true });
  await store.record(articleOn('lavrov-namesake', '2014-01-01', [lavrov(null)]), AT('2014-01-02T08:00:00.000Z'), []);
  await store.splitArticles({ identity: 'sergei lavrov', urls: ['https://news.example/lavrov-namesake', 'https://news.example/letters'] });
  return store;
}

describe('export and import', () => {
  it('round-trips the archive exactly, as data and as text', async () => {
    const store = await filledStore();
    const exported = await store.exportAll(NOW);
    expect(exported.articles).toHaveLength(3);
    expect(exported.corrections).toEqual([{ a: 'sergei lavrov', b: 'sergey lavrov', same: true }]);
    expect(exported.splits).toEqual([{ identity: 'sergei lavrov', urls: ['https://news.example/lavrov-namesake', 'https://news.example/letters'] }]);

    const other = newStore();
    expect(await other.importAll(JSON.parse(JSON.stringify(exported)))).toEqual({ articles: 3, corrections: 2 });
    const again = await other.exportAll(NOW);
    expect(JSON.stringify(again)).toBe(JSON.stringify(exported));
    // What was imported is indexed: coverage and related work on it.
    const [coverage] = await other.coverage(articleOn('later', '2020-01-01', [lavrov()]));
    expect(coverage!.earlier.map((entry) => entry.url)).toEqual(['https://news.example/lavrov-namesake', 'https://news.example/letters']);
    // The split came along: the namesake's article does not list the letters.
    const [namesake] = await other.coverage(articleOn('lavrov-namesake', '2014-01-01', [lavrov(null)]));
    expect(namesake!.earlier).toEqual([]);
  });

  it('imports a file of the previous format version (no splits)', async () => {
    const store = await filledStore();
    const exported = await store.exportAll(NOW);
    const other = newStore();
    expect(await other.importAll(JSON.parse(JSON.stringify(fileV1(exported))))).toEqual({ articles: 3, corrections: 1 });
    expect(await other.exportAll(NOW)).toEqual({ ...exported, splits: [] });
  });

  it('round-trips any valid archive', async () => {
    await fc.assert(
      fc.asyncProperty(archive, async ({ articles, corrections, splits }) => {
        const store = newStore();
        const original = file({
          articles: [...articles].sort((a, b) => (a.url < b.url ? -1 : 1)),
          corrections: [...corrections].sort((x, y) => (`${x.a}\u0000${x.b}` < `${y.a}\u0000${y.b}` ? -1 : 1)),
          // In key order: identity, then the two addresses.
          splits: [...splits].sort((x, y) => ([x.identity, ...x.urls].join('\u0000') < [y.identity, ...y.urls].join('\u0000') ? -1 : 1)),
        });
        await store.importAll(original);
        expect(JSON.stringify(await store.exportAll(NOW))).toBe(JSON.stringify(original));
        store.close();
      }),
      { numRuns: 40 },
    );
  });

  it('adds to what is kept, replacing the same address', async () => {
    const store = await filledStore();
    const replacement: ArchivedArticle = { ...(await store.get('https://news.example/meetings'))!, title: 'Imported title' };
    const added: ArchivedArticle = { ...replacement, url: 'https://news.example/added' };
    await store.importAll(file({ articles: [replacement, added] }));
    expect((await store.exportAll(NOW)).articles.map((article) => article.url)).toEqual([
      'https://news.example/added',
      'https://news.example/lavrov-namesake',
      'https://news.example/letters',
      'https://news.example/meetings',
    ]);
    expect((await store.get('https://news.example/meetings'))!.title).toBe('Imported title');
  });

  const spoilt = (article: ArchivedArticle, change: Partial<ArchivedArticle>) => file({ articles: [{ ...article, ...change }] });
  it.each<[string, (article: ArchivedArticle) => unknown, string]>([
    ['not an object', () => 'nonsense', 'file: not a record'],
    ['another format', () => file({ format: 'other' as 'backstory-archive' }), 'file.format'],
    ['a newer version', () => file({ version: 3 }), 'file.version: not a version this Backstory reads'],
    ['a missing field', () => ({ format: 'backstory-archive', version: 1, exported: NOW.toISOString(), articles: [] }), 'file.corrections: missing'],
    ['splits in a version 1 file', (article) => ({ ...file({ articles: [article] }), version: 1 }), 'file.splits: not a field Backstory writes'],
    ['a version 2 file without splits', (article) => ({ ...fileV1(file({ articles: [article] })), version: 2 }), 'file.splits: missing'],
    ['an unknown field', () => ({ ...file({}), extra: 1 }), 'file.extra: not a field Backstory writes'],
    ['a day that does not exist', (article) => spoilt(article, { published: '2013-02-30' }), 'file.articles[0].published: not a date'],
    ['an address not normalised', (article) => spoilt(article, { url: `${article.url}?utm_source=x` }), 'file.articles[0].url'],
    ['a time not as Backstory writes it', (article) => spoilt(article, { firstSeen: '2013-04-15' }), 'file.articles[0].firstSeen'],
    ['a long excerpt', (article) => spoilt(article, { excerpt: 'x'.repeat(281) }), 'file.articles[0].excerpt'],
    ['a name for an identity', (article) => spoilt(article, { people: [{ ...article.people[0]!, identity: 'Sergei Lavrov' }] }), 'file.articles[0].people[0].identity'],
    ['a list that is not one', (article) => spoilt(article, { authors: 'Ivan' as unknown as string[] }), 'file.articles[0].authors: not a list'],
    ['the same article twice', (article) => file({ articles: [article, { ...article, title: 'again' }] }), 'file.articles[1].url: the same article twice'],
    [
      'the same pair twice',
      () => file({ corrections: [{ a: 'ab cd', b: 'ef gh', same: true }, { a: 'ef gh', b: 'ab cd', same: false }] }),
      'file.corrections[1]: the same two identities twice',
    ],
    ...(
      [
        ['a split of one article', ['https://news.example/a', 'https://news.example/a'], 'not two different addresses in order'],
        ['a split out of order', ['https://news.example/b', 'https://news.example/a'], 'not two different addresses in order'],
        ['a split of three articles', ['https://news.example/a', 'https://news.example/b', 'https://news.example/c'], 'not two different addresses in order'],
        ['a split of an address not normalised', ['https://news.example/a/', 'https://news.example/b'], 'file.splits[0].urls[0]: not a web address'],
      ] as const
    ).map(([name, urls, where]): [string, (article: ArchivedArticle) => unknown, string] => [
      name,
      (article) => file({ articles: [article, { ...article, url: 'https://news.example/a' }, { ...article, url: 'https://news.example/b' }], splits: [{ identity: 'ab cd', urls: urls as unknown as [string, string] }] }),
      where,
    ]),
    ['a split naming an article not in the file', (article) => file({ articles: [article], splits: [{ identity: 'ab cd', urls: [article.url, 'https://news.example/zz'].sort() as [string, string] }] }), 'not an article in this file'],
    ['a split of a name that is no identity', (article) => file({ articles: [article, { ...article, url: 'https://news.example/a' }], splits: [{ identity: 'Ab Cd', urls: ['https://news.example/a', article.url].sort() as [string, string] }] }), 'file.splits[0].identity'],
    [
      'the same split twice',
      (article) => file({ articles: [article, { ...article, url: 'https://news.example/a' }], splits: Array<ArticleSplit>(2).fill({ identity: 'ab cd', urls: ['https://news.example/a', article.url].sort() as [string, string] }) }),
      'file.splits[1]: the same split twice',
    ],
  ])('refuses %s, says where, and changes nothing', async (_, badFile, where) => {
    const store = await filledStore();
    const before = await store.exportAll(NOW);
    const refusal = await store.importAll(badFile(before.articles.find((article) => article.read)!)).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(HistoryError);
    expect(refusal).toMatchObject({ kind: 'invalid-import' });
    expect((refusal as Error).message).toContain(where);
    expect((refusal as Error).message).toMatch(/^This is not a Backstory history file \(.*\)\. Nothing was imported\.$/);
    expect(await store.exportAll(NOW)).toEqual(before);
  });

  it('reads a valid file into its articles, corrections and splits, untouched', () => {
    const contents = { articles: [], corrections: [{ a: 'ab cd', b: 'ef gh', same: true }], splits: [] };
    expect(readArchiveFile(file(contents))).toEqual(contents);
  });
});
