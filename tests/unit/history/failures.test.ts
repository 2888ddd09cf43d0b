import { Dexie } from 'dexie';
import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_DATABASE_NAME } from '../../../lib/history/db';
import { BLOCKED_MESSAGE, QUOTA_MESSAGE, UNAVAILABLE_MESSAGE } from '../../../lib/history/errors';
import { declareSchema, MIGRATIONS } from '../../../lib/history/migrations';
import { createHistoryStore } from '../../../lib/history/store';
import { HistoryError } from '../../../lib/history/types';
import { AT, articleOn, fillTheDisk, freshIndexedDB, lavrov, newStore } from './fake-archive';
import { V1_ROW } from './v1-archive';

afterEach(() => {
  vi.restoreAllMocks();
});

/** Dexie warns on the console about blocked and patched upgrades; the tests check what the reader gets instead. */
const quietDexie = () => vi.spyOn(console, 'warn').mockImplementation(() => undefined);

const NOW = AT('2024-06-01T00:00:00.000Z');

describe('a full disk', () => {
  it('refuses the save in the reader’s words and loses nothing, the unread links included', async () => {
    const store = newStore();
    await store.record(articleOn('kept', '2020-01-01', [lavrov()]), AT('2020-01-01T00:00:00.000Z'), ['Kept.']);
    const before = await store.exportAll(NOW);
    fillTheDisk();
    const links = { related: [{ title: 'New link', url: 'https://news.example/new-link' }] };
    const refusal = await store.record(articleOn('kept', '2020-01-01', [], { title: 'Changed', ...links }), AT('2020-02-01T00:00:00.000Z'), []).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(HistoryError);
    expect(refusal).toMatchObject({ kind: 'quota', message: QUOTA_MESSAGE });
    await expect(store.record(articleOn('new', null), NOW, [])).rejects.toMatchObject({ kind: 'quota' });
    vi.restoreAllMocks();
    expect(await store.exportAll(NOW)).toEqual(before);
    // Room made, saving works again.
    await store.record(articleOn('new', null), NOW, []);
    expect(await store.count()).toBe(2);
  });

  it('refuses an import whole: nothing of it is kept', async () => {
    const source = newStore();
    for (const slug of ['a', 'b', 'c']) await source.record(articleOn(slug, '2020-01-01', [lavrov()]), NOW, []);
    const file = await source.exportAll(NOW);
    const store = newStore();
    await store.record(articleOn('mine', '2021-01-01'), NOW, []);
    const before = await store.exportAll(NOW);
    let puts = 0;
    const put = IDBObjectStore.prototype.put;
    // The disk fills up part-way through the import.
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++puts > 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expect(store.importAll(file)).rejects.toMatchObject({ kind: 'quota' });
    vi.restoreAllMocks();
    expect(puts).toBeGreaterThan(2);
    expect(await store.exportAll(NOW)).toEqual(before);
  });
});

/** A version 1 archive, as an older Backstory left it, still open in a page that ignores requests to close. */
async function olderArchiveHeldOpen(deps: ReturnType<typeof freshIndexedDB>): Promise<IDBDatabase> {
  const older = new Dexie(DEFAULT_DATABASE_NAME, deps);
  declareSchema(older, MIGRATIONS.slice(0, 1));
  await older.table('articles').put(V1_ROW);
  older.close();
  return new Promise((resolve, reject) => {
    const request = deps.indexedDB.open(DEFAULT_DATABASE_NAME);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

describe('an upgrade another connection blocks', () => {
  it('is reported at once, and goes on with nothing lost once the other connection closes', async () => {
    quietDexie();
    const deps = freshIndexedDB();
    const holder = await olderArchiveHeldOpen(deps);
    const store = createHistoryStore(deps);
    await expect(store.count()).rejects.toMatchObject({ kind: 'blocked', message: BLOCKED_MESSAGE });
    await expect(store.record(articleOn('new', null), NOW, [])).rejects.toMatchObject({ kind: 'blocked' });
    holder.close();
    await vi.waitFor(() => store.count());
    expect(await store.get(V1_ROW.url)).toMatchObject({ url: V1_ROW.url, people: V1_ROW.people });
    const [coverage] = await store.coverage(articleOn('later', '2030-01-01', [lavrov()]));
    expect(coverage!.earlier.map((entry) => entry.url)).toEqual([V1_ROW.url]);
  });
});

describe('a database that will not open', () => {
  it('is reported as unavailable, with the browser’s error kept as the cause', async () => {
    const { IDBKeyRange } = freshIndexedDB();
    const failing = new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    const indexedDB = { open: () => { throw failing; } } as unknown as IDBFactory;
    const store = createHistoryStore({ indexedDB, IDBKeyRange });
    const refusal = await store.count().catch((error: unknown) => error);
    expect(refusal).toMatchObject({ kind: 'unavailable', message: UNAVAILABLE_MESSAGE });
    expect(String((refusal as Error).cause)).toContain('InvalidStateError');
  });
});

describe('a database a newer Backstory left (the extension was downgraded)', () => {
  it('opens at its version, keeping what it holds', async () => {
    quietDexie();
    const deps = freshIndexedDB();
    await new Promise<void>((resolve, reject) => {
      const request = deps.indexedDB.open(DEFAULT_DATABASE_NAME, (MIGRATIONS.length + 1) * 10);
      request.onupgradeneeded = () => {
        request.result.createObjectStore('articles', { keyPath: 'url' }).put({ ...V1_ROW, personKeys: [], eventKeys: [] });
        request.result.createObjectStore('somethingNewer');
      };
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    const store = createHistoryStore(deps);
    expect(await store.count()).toBe(1);
    await store.record(articleOn('new', null), NOW, []);
    expect(await store.count()).toBe(2);
  });
});
