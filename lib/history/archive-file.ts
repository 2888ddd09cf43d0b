/**
 * The archive as a file (export and import). A file to import is checked whole before anything is
 * written: a file that is not exactly what exportAll writes is refused with the first problem
 * found, in words, and the archive stays as it was.
 */
import { isCorrectable, isIdentity, pairKey } from './identity';
import { isTimestamp } from './timestamp';
import { HistoryError, EXCERPT_CHARS, type ArchivedArticle, type ArchivedEvent, type ArchivedPerson, type ArchiveExport, type ArticleSplit, type IdentityCorrection } from './types';
import { normalizeArticleUrl } from './url';

export const ARCHIVE_FORMAT = 'backstory-archive';
/**
 * The file format's version (not the database's): a change of the file's shape adds one, and the
 * files of every earlier version are still read. 2 added `splits`.
 */
export const ARCHIVE_FORMAT_VERSION = 2;

export interface ArchiveContents {
  articles: ArchivedArticle[];
  corrections: IdentityCorrection[];
  splits: ArticleSplit[];
}

/** A problem at a place in the file, e.g. `articles[3].published`. */
class FileProblem extends Error {
  constructor(path: string, problem: string) {
    super(`${path}: ${problem}`);
  }
}

type Reader<T> = (value: unknown, path: string) => T;

const expect = <T>(test: (value: unknown) => boolean, problem: string): Reader<T> => (value, path) => {
  if (!test(value)) throw new FileProblem(path, problem);
  return value as T;
};

const text = expect<string>((value) => typeof value === 'string', 'not text');
const flag = expect<boolean>((value) => typeof value === 'boolean', 'not true or false');
const nullable = <T>(read: Reader<T>): Reader<T | null> => (value, path) => (value === null ? null : read(value, path));

function list<T>(read: Reader<T>): Reader<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) throw new FileProblem(path, 'not a list');
    return value.map((item, index) => read(item, `${path}[${index}]`));
  };
}

/** An object with exactly these fields, read in this order (so a read file compares equal to the export as text). */
function record<T>(fields: { [K in keyof T]: Reader<T[K]> }): Reader<T> {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new FileProblem(path, 'not a record');
    const unknown = Object.keys(value).find((key) => !(key in fields));
    if (unknown !== undefined) throw new FileProblem(`${path}.${unknown}`, 'not a field Backstory writes');
    const read = {} as T;
    for (const key of Object.keys(fields) as (keyof T & string)[]) {
      if (!(key in value)) throw new FileProblem(`${path}.${key}`, 'missing');
      read[key] = fields[key]((value as Record<string, unknown>)[key], `${path}.${key}`);
    }
    return read;
  };
}

/** A real calendar day: 2013-02-30 is not one. */
const isDay = (value: unknown) =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString().startsWith(value);
/** ISO dates as events give them: a year, a month or a day. */
const isPartialDay = (value: unknown) => typeof value === 'string' && /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value);
const isArticleAddress = (value: unknown) => typeof value === 'string' && normalizeArticleUrl(value) === value;

const day = expect<string>(isDay, 'not a date (YYYY-MM-DD)');
const partialDay = expect<string>(isPartialDay, 'not a date (YYYY, YYYY-MM or YYYY-MM-DD)');
const timestamp = expect<string>(isTimestamp, 'not a time as Backstory writes it');
const address = expect<string>(isArticleAddress, 'not a web address in the form Backstory keeps');
const identity = expect<string>(isIdentity, 'not a person identity (a full name in lower case)');
const excerpt = expect<string>((value) => typeof value === 'string' && value.length <= EXCERPT_CHARS, `not text of at most ${EXCERPT_CHARS} characters`);

const person = record<ArchivedPerson>({ identity, name: text, aliases: list(text), role: nullable(text), official: flag });
const event = record<ArchivedEvent>({ name: text, date: nullable(partialDay), end: nullable(partialDay), place: nullable(text) });

const article = record<ArchivedArticle>({
  url: address,
  title: text,
  site: nullable(text),
  published: nullable(day),
  firstSeen: timestamp,
  lastSeen: timestamp,
  authors: list(text),
  people: list(person),
  events: list(event),
  relatedUrls: list(address),
  excerpt,
  read: flag,
});

const correctable = expect<string>(isCorrectable, 'not a person identity (a full name in lower case) or a surname');
const correction = record<IdentityCorrection>({ a: correctable, b: correctable, same: flag });

/** Two addresses in code-unit order, as the store keeps a split's. */
const orderedPair: Reader<[string, string]> = (value, path) => {
  const urls = list(address)(value, path);
  if (urls.length !== 2 || urls[0]! >= urls[1]!) throw new FileProblem(path, 'not two different addresses in order');
  return [urls[0]!, urls[1]!];
};
const split = record<ArticleSplit>({ identity, urls: orderedPair });

const format = expect<typeof ARCHIVE_FORMAT>((value) => value === ARCHIVE_FORMAT, `not "${ARCHIVE_FORMAT}"`);
const version = expect<number>(
  (value) => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= ARCHIVE_FORMAT_VERSION,
  `not a version this Backstory reads (1 to ${ARCHIVE_FORMAT_VERSION}; a newer Backstory wrote it?)`,
);

const version1Fields = { format, version, exported: timestamp, articles: list(article), corrections: list(correction) };
const archive = record<ArchiveExport>({ ...version1Fields, splits: list(split) });
/** Version 1: no splits (the reader could not make any). */
const archiveV1 = record<Omit<ArchiveExport, 'splits'>>(version1Fields);

/** What no single field shows: the same article, two identities or split twice, or a split of an article the file lacks. */
function checkUnique(contents: ArchiveContents): void {
  const urls = new Set<string>();
  contents.articles.forEach(({ url }, index) => {
    if (urls.has(url)) throw new FileProblem(`file.articles[${index}].url`, 'the same article twice');
    urls.add(url);
  });
  const pairs = new Set<string>();
  contents.corrections.forEach(({ a, b }, index) => {
    if (pairs.has(pairKey(a, b))) throw new FileProblem(`file.corrections[${index}]`, 'the same two identities twice');
    pairs.add(pairKey(a, b));
  });
  const splits = new Set<string>();
  contents.splits.forEach(({ identity, urls: pair }, index) => {
    const key = JSON.stringify([identity, pair]);
    if (splits.has(key)) throw new FileProblem(`file.splits[${index}]`, 'the same split twice');
    splits.add(key);
    pair.forEach((url, which) => {
      if (!urls.has(url)) throw new FileProblem(`file.splits[${index}].urls[${which}]`, 'not an article in this file');
    });
  });
}

/** The articles, corrections and splits of an exported archive (of any version); throws HistoryError('invalid-import') on anything else. */
export function readArchiveFile(file: unknown): ArchiveContents {
  try {
    const isVersion1 = typeof file === 'object' && file !== null && (file as { version?: unknown }).version === 1;
    const { articles, corrections, splits } = isVersion1 ? { ...archiveV1(file, 'file'), splits: [] } : archive(file, 'file');
    checkUnique({ articles, corrections, splits });
    return { articles, corrections, splits };
  } catch (error) {
    if (!(error instanceof FileProblem)) throw error;
    throw new HistoryError('invalid-import', `This is not a Backstory history file (${error.message}). Nothing was imported.`);
  }
}
