/**
 * The archive's IndexedDB database (through Dexie). Only store.ts uses it: every read and write
 * of the archive goes through the HistoryStore adapter.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import { declareSchema } from './migrations';
import type { ArticleRow, CorrectionRow, NameRow, SplitRow } from './rows';

export const DEFAULT_DATABASE_NAME = 'backstory-history';

export interface DatabaseOptions {
  /** The IndexedDB to use; the browser's when absent (tests pass fake-indexeddb's). */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  name?: string;
}

export class ArchiveDatabase extends Dexie {
  declare readonly articles: EntityTable<ArticleRow, 'url'>;
  declare readonly corrections: Table<CorrectionRow, [string, string]>;
  declare readonly names: Table<NameRow, [string, string]>;
  declare readonly splits: Table<SplitRow, [string, [string, string]]>;

  constructor({ name = DEFAULT_DATABASE_NAME, indexedDB, IDBKeyRange }: DatabaseOptions = {}) {
    // Opened by the store before each use, so it can report an upgrade another connection blocks.
    // Dexie's query cache serves live queries, which the background does not use.
    // The dependencies only when given: an undefined one would hide the browser's from Dexie.
    super(name, { autoOpen: false, cache: 'disabled', ...(indexedDB && { indexedDB }), ...(IDBKeyRange && { IDBKeyRange }) });
    declareSchema(this);
  }
}
