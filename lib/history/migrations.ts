/**
 * The archive's schema, version by version. A version is never edited once released: a change is
 * a new entry with the next number, its Dexie store definitions (only the tables it changes) and,
 * when old records must change shape, an upgrade that rewrites them inside the upgrade
 * transaction (all or nothing: a failed upgrade leaves the previous version intact).
 * Dexie runs every upgrade after the version a database is at, in order.
 */
import type { Dexie, Transaction } from 'dexie';
import { nameRow, toRow, type ArticleRow, type NameRow } from './rows';
import type { ArchivedArticle } from './types';

export interface Migration {
  version: number;
  /** Dexie store definitions of the tables this version adds or changes; null deletes a table. */
  stores: Record<string, string | null>;
  upgrade?: (transaction: Transaction) => Promise<unknown>;
}

/** A version 1 record: the article, with its people's identities and its events' keys undated. */
interface ArticleRowV1 extends ArchivedArticle {
  identities: string[];
  eventKeys: string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    // Articles keyed by normalised address, multi-entry indexes of people and events; corrections by pair.
    version: 1,
    stores: {
      articles: 'url, *identities, *eventKeys, published, site, lastSeen',
      corrections: '[a+b]',
    },
  },
  {
    // Version 1's identity index listed a person's articles in address order, so the newest few of
    // a person named in thousands of articles meant loading all of them. Its keys now carry the
    // article's day ("sergei lavrov|2013-04-14"): an index range is in date order. The site and
    // published indexes served no query and are dropped. Records leave out their empty fields.
    version: 2,
    stores: {
      articles: 'url, *personKeys, *eventKeys, lastSeen',
    },
    upgrade: (transaction) =>
      transaction
        .table<ArticleRowV1 | ArticleRow>('articles')
        .toCollection()
        .modify((row, change) => {
          const { identities: _identities, eventKeys: _eventKeys, ...article } = row as ArticleRowV1;
          change.value = toRow(article);
        }),
  },
  {
    // Who may be the same person under another name (possible-matches.ts) is looked up by surname:
    // a table of the names the archive holds, each once, keyed by surname then identity.
    version: 3,
    stores: {
      names: '[surname+identity]',
    },
    upgrade: async (transaction) => {
      // Record by record, keeping only the names: a large archive is not loaded whole.
      const names = new Map<string, NameRow>();
      await transaction.table<ArticleRow>('articles').each((row) => {
        for (const { identity } of row.people ?? []) names.set(identity, nameRow(identity));
      });
      await transaction.table('names').bulkPut([...names.values()]);
    },
  },
  {
    // Two articles naming one full name that the reader says are about two people (splits.ts):
    // keyed by the identity and the two addresses, each address indexed, so an article's coverage
    // reads only its own splits. Nothing to upgrade: the reader could not say so before.
    version: 4,
    stores: {
      splits: '[identity+urls], *urls',
    },
  },
];

export const SCHEMA_VERSION = MIGRATIONS.at(-1)!.version;

/** Declares `migrations` on `db` (all of them, or the first few to build an older database in tests). */
export function declareSchema(db: Dexie, migrations: readonly Migration[] = MIGRATIONS): void {
  for (const { version, stores, upgrade } of migrations) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
}
