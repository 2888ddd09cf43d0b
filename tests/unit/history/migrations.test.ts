import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArchiveDatabase, DEFAULT_DATABASE_NAME } from '../../../lib/history/db';
import { declareSchema, MIGRATIONS, SCHEMA_VERSION } from '../../../lib/history/migrations';
import { createHistoryStore } from '../../../lib/history/store';
import { event, person } from '../sidepanel/analysis';
import { AT, articleOn, freshIndexedDB, lavrov } from './fake-archive';
import { V1_ROW, V1_UNREAD_ROW } from './v1-archive';
import { V2_ROW, V2_UNREAD_ROW } from './v2-archive';
import { V3_NAMES, V3_ROW, V3_UNREAD_ROW } from './v3-archive';

/** What an archive at each earlier version holds, in that version's shape. Every earlier version needs one. */
const EARLIER_ARCHIVES: Record<number, { articles: object[]; corrections: object[]; names?: object[] }> = {
  1: { articles: [V1_ROW, V1_UNREAD_ROW], corrections: [{ a: 'sergei lavrov', b: 'sergey lavrov', same: true }] },
  2: { articles: [V2_ROW, V2_UNREAD_ROW], corrections: [{ a: 'sergei lavrov', b: 'sergey lavrov', same: true }] },
  3: { articles: [V3_ROW, V3_UNREAD_ROW], corrections: [{ a: 'sergei lavrov', b: 'sergey lavrov', same: true }], names: V3_NAMES },
};

async function archiveAtVersion(version: number) {
  const deps = freshIndexedDB();
  const older = new Dexie(DEFAULT_DATABASE_NAME, deps);
  declareSchema(older, MIGRATIONS.filter((migration) => migration.version <= version));
  const { articles, corrections, names } = EARLIER_ARCHIVES[version]!;
  await older.table('articles').bulkPut(articles);
  await older.table('corrections').bulkPut(corrections);
  if (names) await older.table('names').bulkPut(names);
  older.close();
  return deps;
}

describe('schema', () => {
  it('numbers its versions 1, 2, … with no gap, and has an earlier archive to upgrade from for each', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(Array.from({ length: MIGRATIONS.length }, (_, index) => index + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
    expect(Object.keys(EARLIER_ARCHIVES).map(Number)).toEqual(MIGRATIONS.slice(0, -1).map((migration) => migration.version));
  });

  it('has the tables and indexes the queries use', async () => {
    const db = new ArchiveDatabase(freshIndexedDB());
    await db.open();
    const articles = db.articles.schema;
    expect(articles.primKey.keyPath).toBe('url');
    expect(articles.indexes.map((index) => [index.name, index.multi])).toEqual([
      ['personKeys', true],
      ['eventKeys', true],
      ['lastSeen', false],
    ]);
    expect(db.corrections.schema.primKey.keyPath).toEqual(['a', 'b']);
    expect(db.names.schema.primKey.keyPath).toEqual(['surname', 'identity']);
    expect(db.splits.schema.primKey.keyPath).toEqual(['identity', 'urls']);
    expect(db.splits.schema.indexes.map((index) => [index.name, index.multi])).toEqual([['urls', true]]);
    expect(db.verno).toBe(SCHEMA_VERSION);
    db.close();
  });
});

describe('migrations', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each(Object.keys(EARLIER_ARCHIVES).map(Number))('upgrade an archive at version %i to the latest, losing nothing', async (version) => {
    const deps = await archiveAtVersion(version);
    const store = createHistoryStore(deps);
    const exported = await store.exportAll(AT('2024-01-01T00:00:00.000Z'));
    const { identities: _identities, eventKeys: _eventKeys, ...article } = V1_ROW;
    const { identities: _none, eventKeys: _noKeys, ...unread } = V1_UNREAD_ROW;
    expect(exported.articles).toEqual([article, unread]);
    expect(exported.corrections).toEqual(EARLIER_ARCHIVES[version]!.corrections);
    expect(exported.splits).toEqual([]);

    // The upgraded indexes answer coverage and related.
    const now = articleOn('now', '2014-01-01', [lavrov()], { events: [event('G20 meeting')] });
    const [coverage] = await store.coverage(now);
    expect(coverage!.earlier.map((entry) => entry.url)).toEqual([V1_ROW.url]);
    expect((await store.related(now)).map((result) => result.why)).toEqual(['also mentions Lavrov and the G20 meeting']);
    // The names table is filled from the articles kept: another spelling of Putin finds them.
    const otherSpelling = articleOn('later', '2014-01-01', [person('Vladimir Vladimirovich Putin')]);
    expect((await store.possibleMatches(otherSpelling)).map(({ articles }) => articles.map((match) => [match.url, match.identity]))).toEqual([[[V1_ROW.url, 'vladimir putin']]]);
    // The splits table is there: two articles naming Lavrov can be told apart.
    await store.record(now, AT('2024-01-01T00:00:00.000Z'), []);
    await store.splitArticles({ identity: 'sergei lavrov', urls: [now.url, V1_ROW.url] });
    expect((await store.coverage(now))[0]!.earlier).toEqual([]);
    store.close();

    const db = new ArchiveDatabase(deps);
    await db.open();
    expect(await db.articles.get(V1_ROW.url)).toMatchObject({ personKeys: ['sergei lavrov|2013-04-14', 'vladimir putin|2013-04-14'], eventKeys: ['g20 meeting|2013-04-14'] });
    expect(await db.articles.get(V1_ROW.url)).not.toHaveProperty('identities');
    expect(await db.names.toArray()).toEqual([
      { surname: 'lavrov', identity: 'sergei lavrov' },
      { surname: 'putin', identity: 'vladimir putin' },
    ]);
    db.close();
  });

  it('leave the earlier version as it was when an upgrade fails', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const deps = freshIndexedDB();
    const older = new Dexie(DEFAULT_DATABASE_NAME, deps);
    declareSchema(older, MIGRATIONS.slice(0, 1));
    // A record version 2's upgrade cannot read: it has no people list.
    await older.table('articles').bulkPut([V1_ROW, { ...V1_UNREAD_ROW, url: 'https://news.example/broken', people: null }]);
    older.close();

    await expect(createHistoryStore(deps).count()).rejects.toMatchObject({ kind: 'unavailable' });
    const reopened = new Dexie(DEFAULT_DATABASE_NAME, deps);
    declareSchema(reopened, MIGRATIONS.slice(0, 1));
    await reopened.open();
    expect(reopened.verno).toBe(1);
    expect(await reopened.table('articles').get(V1_ROW.url)).toEqual(V1_ROW);
    expect(await reopened.table('articles').count()).toBe(2);
    reopened.close();
  });
});
