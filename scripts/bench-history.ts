/**
 * The history benchmark's measurements: a generated archive (history-archive.ts) imported into
 * fake-indexeddb through the store, then the side panel's queries timed on articles naming
 * 15 people each, and the bytes the archive takes per article.
 *
 * fake-indexeddb is IndexedDB written in JavaScript, in memory: it has no disk, but also none of
 * a browser's native speed, so these times are an upper bound of the work per query, not the
 * browser's. Bytes are what the browser stores before its compression: each record's JSON, and
 * each index entry's key plus the article's address (an index entry points at its record by key).
 */
import { Buffer } from 'node:buffer';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION } from '../lib/history/archive-file';
import { nameRows, toRow } from '../lib/history/rows';
import { createHistoryStore } from '../lib/history/store';
import type { ArchivedArticle } from '../lib/history/types';
import { generateArchive } from './history-archive';

export interface HistoryMeasurement {
  articles: number;
  unread: number;
  generationMs: number;
  /** Milliseconds per call. */
  record: number[];
  coverage: number[];
  /** "More" for one person: the most covered of the article's people, MORE_LIMIT each side. */
  coverageMore: number[];
  related: number[];
  /** Who may be each person under another name. */
  possibleMatches: number[];
  /** Mean coverage entries (earlier + since, all people) and related articles per query: the work done. */
  coverageEntries: number;
  relatedResults: number;
  bytes: { readRecord: number; unreadRecord: number; indexPerRead: number; namesPerRead: number; totalPerRead: number };
}

const BATCH = 2000;
export const MORE_LIMIT = 50;
/** Queries run first and not timed: V8 needs a few dozen calls to reach its steady speed. */
const WARM_UP = 20;
const utf8 = (text: string) => Buffer.byteLength(text, 'utf8');

/** What one record costs: its JSON, and its index entries (each the key plus the record's address). */
function storedBytes(article: ArchivedArticle): { record: number; index: number } {
  const row = toRow(article);
  const url = utf8(row.url);
  const entries = [...(row.personKeys ?? []), ...(row.eventKeys ?? []), row.lastSeen];
  return { record: utf8(JSON.stringify(row)), index: url + entries.reduce((sum, key) => sum + utf8(key) + url, 0) };
}

export async function measureHistory(articles: number, runs: number, people: number): Promise<HistoryMeasurement> {
  const store = createHistoryStore({ indexedDB: new IDBFactory(), IDBKeyRange, name: `bench-${articles}` });
  const archive = generateArchive(articles);
  const totals = { read: 0, unread: 0, readBytes: 0, unreadBytes: 0, indexBytes: 0 };
  /** Each name once, as the names table keeps it: the row's JSON plus its key. */
  const names = new Map<string, number>();
  const start = performance.now();
  for (const batch of archive.batches(BATCH)) {
    for (const article of batch) {
      const { record, index } = storedBytes(article);
      totals[article.read ? 'read' : 'unread']++;
      totals[article.read ? 'readBytes' : 'unreadBytes'] += record;
      totals.indexBytes += index;
    }
    for (const row of nameRows(batch)) names.set(row.identity, 2 * utf8(JSON.stringify(row)));
    await store.importAll({ format: ARCHIVE_FORMAT, version: ARCHIVE_FORMAT_VERSION, exported: new Date().toISOString(), articles: batch, corrections: [], splits: [] });
  }
  const generationMs = performance.now() - start;
  const namesBytes = [...names.values()].reduce((sum, bytes) => sum + bytes, 0);

  const timed = async <T>(samples: number[] | null, run: () => Promise<T>): Promise<T> => {
    const begin = performance.now();
    const result = await run();
    samples?.push(performance.now() - begin);
    return result;
  };
  const measurement: HistoryMeasurement = {
    articles,
    unread: totals.unread,
    generationMs,
    record: [],
    coverage: [],
    coverageMore: [],
    related: [],
    possibleMatches: [],
    coverageEntries: 0,
    relatedResults: 0,
    bytes: {
      readRecord: totals.readBytes / totals.read,
      unreadRecord: totals.unread ? totals.unreadBytes / totals.unread : 0,
      indexPerRead: totals.indexBytes / totals.read,
      namesPerRead: namesBytes / totals.read,
      totalPerRead: (totals.readBytes + totals.unreadBytes + totals.indexBytes + namesBytes) / totals.read,
    },
  };
  // Each query is a new article, recorded first as the background does, then asked about.
  for (const [index, { analysis, paragraphs }] of archive.queries(WARM_UP + runs, people).entries()) {
    const measured = index >= WARM_UP;
    await timed(measured ? measurement.record : null, () => store.record(analysis, new Date(), paragraphs));
    const coverage = await timed(measured ? measurement.coverage : null, () => store.coverage(analysis));
    const related = await timed(measured ? measurement.related : null, () => store.related(analysis));
    await timed(measured ? measurement.possibleMatches : null, () => store.possibleMatches(analysis));
    await timed(measured ? measurement.coverageMore : null, () => store.coverage({ ...analysis, people: analysis.people.slice(0, 1) }, MORE_LIMIT));
    if (measured) {
      measurement.coverageEntries += coverage.reduce((sum, person) => sum + person.earlier.length + person.since.length, 0) / runs;
      measurement.relatedResults += related.length / runs;
    }
  }
  store.close();
  return measurement;
}
