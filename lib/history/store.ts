/**
 * The one adapter through which the archive is read and written (HistoryStore). Each call is one
 * IndexedDB transaction, so concurrent saves from several tabs queue on the database rather than
 * race, and a failed write changes nothing. Failures reach the caller as HistoryError in the
 * reader's words (errors.ts).
 */
import type { ArticleAnalysis } from '../types';
import { ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION, readArchiveFile } from './archive-file';
import { ArchiveDatabase, type DatabaseOptions } from './db';
import { blockedError, historyErrorOf, openErrorOf } from './errors';
import { Corrections, isCorrectable, orderedCorrection, personIdentity, rolesConflict, sameIdentity, surnameOnly, type NamedPerson } from './identity';
import { mayBeSamePerson, spellingKey, surnameKey } from './possible-matches';
import { archivedPeople, articleDay, articleKey, eventKey, mergeVisit, pageLinks, publishedDay, unreadRecord, visitRecord } from './records';
import { personWeight, rankRelated, WEIGHTS, type Candidate } from './related';
import { datedRange, fromRow, isRead, nameRows, toRow } from './rows';
import { HistoryError, type ArchivedArticle, type CoverageEntry, type HistoryStore, type IdentityCorrection, type PersonCoverage, type PersonPossibleMatches, type PossibleMatch } from './types';
import { SplitsOf, orderedSplit, type Verdicts } from './splits';
import { resolveSurname } from './surname-only';
import { normalizeArticleUrl } from './url';

/**
 * Articles per person and side (earlier, since) that coverage returns unless asked for another
 * number: what a side panel shows of each person at first. The time a query takes grows with the
 * articles it returns (each is read whole), so "more" asks for one person with a higher limit.
 */
export const COVERAGE_LIMIT = 5;
export const RELATED_LIMIT = 10;
/** Articles per person that may name them otherwise: a few to ask about, not a search. */
export const POSSIBLE_MATCH_LIMIT = 3;
/**
 * The newest articles read per shared person or event when gathering related candidates, and the
 * candidates loaded whole to be ranked. They bound the work for a person named in thousands of
 * articles: an index range of keys, then one read of a few dozen records.
 */
const CANDIDATES_PER_KEY = 25;
const CANDIDATES_RANKED = 40;

export function createHistoryStore(options: DatabaseOptions = {}): HistoryStore & { close(): void } {
  const db = new ArchiveDatabase(options);
  const open = opener(db);

  /** Runs `operation` on the open database, its failure mapped to a HistoryError where one fits. */
  async function run<T>(operation: () => Promise<T>): Promise<T> {
    await open();
    try {
      return await operation();
    } catch (error) {
      throw historyErrorOf(error);
    }
  }

  /** What every query starts from: the article's key, its record if kept, and the reader's corrections. */
  async function startQuery(analysis: ArticleAnalysis) {
    const url = articleKey(analysis);
    const [corrections, kept] = await Promise.all([db.corrections.toArray(), url === null ? undefined : db.articles.get(url)]);
    return { url, kept: kept && fromRow(kept), corrections: new Corrections(corrections) };
  }

  /**
   * The newest articles (at most `limit`, `exclude` left out) naming `other`, which may be `person`
   * under another name. Not those where one of the two has a public post and the other a private
   * role, which the identity rule would keep apart even under one name; nor those naming both
   * (two people to that article, and already in the person's coverage).
   */
  async function articlesNaming(person: NamedPerson, other: string, exclude: string | null, limit: number): Promise<PossibleMatch[]> {
    const [lower, upper] = datedRange(other);
    const rows = await db.articles.where('personKeys').between(lower, upper, true, true).reverse().limit(limit + 1).toArray();
    return rows.map(fromRow).flatMap((article) => {
      const named = article.people.find((candidate) => candidate.identity === other);
      const namesBoth = article.people.some((candidate) => candidate.identity === person.identity);
      if (article.url === exclude || !named || namesBoth || rolesConflict(person, named)) return [];
      return [{ url: article.url, identity: other, name: named.name, title: article.title, site: article.site, date: articleDay(article), role: named.role }];
    });
  }

  /** The reader's word on who is who for the article at `url`: only its splits (the url index holds each split under both its articles). */
  async function verdictsFor(url: string | null, corrections: Corrections): Promise<Verdicts> {
    return { corrections, splits: new SplitsOf(url, url === null ? [] : await db.splits.where('urls').equals(url).toArray()) };
  }

  /** Forgets the names no article names any more (after articles are deleted), so nothing of them stays behind. */
  async function pruneNames(identities: Iterable<string>): Promise<void> {
    const distinct = new Set(identities);
    if (distinct.size === 0) return;
    const unused = await Promise.all(
      [...distinct].map(async (identity) => {
        const [lower, upper] = datedRange(identity);
        return (await db.articles.where('personKeys').between(lower, upper, true, true).limit(1).primaryKeys()).length === 0 ? [identity] : [];
      }),
    );
    await db.names.bulkDelete(unused.flat().map((identity) => [surnameKey(identity), identity] as [string, string]));
  }

  /**
   * A person's articles in one date range, newest first, kept only when the rule (or the reader)
   * says it is them. Filtered here rather than in the query, so the query stays one index read
   * (IndexedDB's getAll with a direction; a cursor step per record is many times slower); read
   * again with more when too few pass.
   */
  async function personArticles(person: NamedPerson, identity: string, range: DayRange, exclude: string | null, verdicts: Verdicts, limit: number) {
    const [lower, upper] = datedRange(identity, range.from, range.to);
    const isThem = (article: ArchivedArticle) =>
      article.url !== exclude &&
      !verdicts.splits.apart(identity, article.url) &&
      article.people.some((other) => other.identity === identity && sameIdentity(person, other, verdicts.corrections));
    const entry = (article: ArchivedArticle): CoverageEntry => {
      const other = article.people.find((candidate) => candidate.identity === identity)!;
      return { url: article.url, identity, title: article.title, site: article.site, date: articleDay(article), role: other.role };
    };
    // One more than asked when the current article may be among them (on its own day, so earlier).
    for (let wanted = exclude !== null && !range.afterFrom ? limit + 1 : limit; ; wanted *= 2) {
      const rows = await db.articles.where('personKeys').between(lower, upper, !range.afterFrom, true).reverse().limit(wanted).toArray();
      const articles = rows.map(fromRow).filter(isThem);
      if (articles.length >= limit || rows.length < wanted) return articles.slice(0, limit).map(entry);
    }
  }

  async function personCoverage(person: NamedPerson, current: { url: string | null; day: string | null }, verdicts: Verdicts, limit: number) {
    const identities = verdicts.corrections.linkedTo(person.identity);
    const side = async (range: DayRange) => {
      const lists = await Promise.all(identities.map((identity) => personArticles(person, identity, range, current.url, verdicts, limit)));
      return newestFirst(lists.flat()).slice(0, limit);
    };
    // Without a date of its own the article is read now: everything kept is earlier.
    if (current.day === null) return { earlier: await side({}), since: [] };
    return { earlier: await side({ to: current.day }), since: await side({ from: current.day, afterFrom: true }) };
  }

  /** The identities the names table files under a surname's spelling key (see possible-matches.ts). */
  async function namesFiledUnder(key: string): Promise<string[]> {
    return (await db.names.where('[surname+identity]').between([key, ''], [key, '\uffff'], true, true).toArray()).map((row) => row.identity);
  }

  /**
   * The people the article names by surname only, each with who the archive says they are
   * (surname-only.ts); `named`: the identities of the article's other people.
   */
  async function surnameOnlyPeople(analysis: ArticleAnalysis, named: ReadonlySet<string>, corrections: Corrections) {
    const people = analysis.people.flatMap((person) => {
      const surname = surnameOnly(person);
      return surname === null ? [] : [{ personKey: person.key, surname, person: { role: person.role, official: person.official } }];
    });
    return Promise.all(
      people.map(async (entry) => ({ ...entry, resolution: resolveSurname(entry.surname, await namesFiledUnder(spellingKey(entry.surname)), named, corrections) })),
    );
  }

  /** The newest keys of each shared person and event, and the page's links, scored roughly to pick those worth loading. */
  async function relatedCandidates(analysis: ArticleAnalysis, url: string | null, corrections: Corrections): Promise<Candidate[]> {
    const roughScores = new Map<string, number>();
    const add = (key: string, weight: number) => roughScores.set(key, (roughScores.get(key) ?? 0) + weight);
    const newestKeys = (index: 'personKeys' | 'eventKeys', key: string) => {
      const [lower, upper] = datedRange(key);
      return db.articles.where(index).between(lower, upper, true, true).reverse().limit(CANDIDATES_PER_KEY).primaryKeys();
    };
    const people = archivedPeople(analysis);
    const events = [...new Set(analysis.events.map((event) => eventKey(event.name)).filter(Boolean))];
    const links = pageLinks(analysis, url ?? '');
    const [peopleHits, eventHits] = await Promise.all([
      Promise.all(people.map(async (person) => ({ person, urls: (await Promise.all(corrections.linkedTo(person.identity).map((identity) => newestKeys('personKeys', identity)))).flat() }))),
      Promise.all(events.map((key) => newestKeys('eventKeys', key))),
    ]);
    for (const { person, urls } of peopleHits) for (const hit of new Set(urls)) add(hit, personWeight(person));
    for (const urls of eventHits) for (const hit of urls) add(hit, WEIGHTS.event);
    for (const link of links) add(link.url, WEIGHTS.link);
    if (url !== null) roughScores.delete(url);
    const chosen = [...roughScores].sort((a, b) => b[1] - a[1]).slice(0, CANDIDATES_RANKED).map(([key]) => key);
    const kept = await db.articles.bulkGet(chosen);
    const linkTo = new Map(links.map((link) => [link.url, link]));
    return chosen.map((key, index) => ({ url: key, kept: kept[index] && fromRow(kept[index]), link: linkTo.get(key) }));
  }

  return {
    record: async (analysis, seenAt, paragraphs) => {
      const visit = visitRecord(analysis, seenAt, paragraphs);
      if (visit === null) return null;
      const links = pageLinks(analysis, visit.url);
      return run(() =>
        db.transaction('rw', db.articles, db.names, async () => {
          const [kept, ...linked] = await db.articles.bulkGet([visit.url, ...links.map((link) => link.url)]);
          const merged = mergeVisit(kept && fromRow(kept), visit);
          const unread = links.filter((_, index) => linked[index] === undefined).map((link) => unreadRecord(link, seenAt));
          await db.articles.bulkPut([merged, ...unread].map(toRow));
          await db.names.bulkPut(nameRows([merged]));
          // An updated page may no longer name someone it named.
          await pruneNames((kept?.people ?? []).map((person) => person.identity).filter((identity) => !merged.people.some((person) => person.identity === identity)));
          return merged;
        }),
      );
    },

    get: async (address) => {
      const url = normalizeArticleUrl(address);
      if (url === null) return null;
      const row = await run(() => db.articles.get(url));
      return row ? fromRow(row) : null;
    },

    coverage: async (analysis, limit = COVERAGE_LIMIT) => {
      checkLimit(limit);
      return run(() =>
        db.transaction('r', db.articles, db.corrections, db.names, db.splits, async () => {
          const { url, kept, corrections } = await startQuery(analysis);
          const current = { url, day: publishedDay(analysis) ?? (kept ? articleDay(kept) : null) };
          const verdicts = await verdictsFor(url, corrections);
          const people = identifiedPeople(analysis);
          const [identified, bySurname] = await Promise.all([
            Promise.all(
              people.map(async ({ personKey, ...person }): Promise<PersonCoverage> => ({
                personKey,
                identity: person.identity,
                ...(await personCoverage(person, current, verdicts, limit)),
              })),
            ),
            Promise.all(
              (await surnameOnlyPeople(analysis, namedIn(people), corrections)).filter(({ resolution }) => resolution.shownAs.length > 0).map(async ({ personKey, surname, person, resolution }): Promise<PersonCoverage> => {
                const found = await Promise.all(resolution.shownAs.map((identity) => personCoverage({ ...person, identity }, current, verdicts, limit)));
                const side = (pick: (coverage: { earlier: CoverageEntry[]; since: CoverageEntry[] }) => CoverageEntry[]) => newestFirst(found.flatMap(pick)).slice(0, limit);
                return { personKey, identity: surname, earlier: side((coverage) => coverage.earlier), since: side((coverage) => coverage.since) };
              }),
            ),
          ]);
          return [...identified, ...bySurname];
        }),
      );
    },

    possibleMatches: async (analysis, limit = POSSIBLE_MATCH_LIMIT) => {
      checkLimit(limit);
      return run(() =>
        db.transaction('r', db.articles, db.names, db.corrections, async () => {
          const { url, corrections } = await startQuery(analysis);
          const people = identifiedPeople(analysis);
          // Two people the article itself names are two people, however alike their names.
          const named = namedIn(people);
          const found = await Promise.all(
            people.map(async ({ personKey, ...person }): Promise<PersonPossibleMatches> => {
              const others = (await namesFiledUnder(surnameKey(person.identity))).filter((other) => !named.has(other) && corrections.verdict(person.identity, other) === undefined && mayBeSamePerson(person.identity, other));
              const lists = await Promise.all(others.map((other) => articlesNaming(person, other, url, limit)));
              return { personKey, identity: person.identity, articles: newestFirst(lists.flat()).slice(0, limit) };
            }),
          );
          // A surname the archive gives several full names: the reader is asked which, if any.
          const bySurname = await Promise.all(
            (await surnameOnlyPeople(analysis, named, corrections)).map(async ({ personKey, surname, person, resolution }): Promise<PersonPossibleMatches> => {
              const lists = await Promise.all(resolution.undecided.map((other) => articlesNaming({ ...person, identity: surname }, other, url, limit)));
              return { personKey, identity: surname, articles: newestFirst(lists.flat()).slice(0, limit) };
            }),
          );
          return [...found, ...bySurname].filter((person) => person.articles.length > 0);
        }),
      );
    },

    related: async (analysis, limit = RELATED_LIMIT) => {
      checkLimit(limit);
      return run(() =>
        db.transaction('r', db.articles, db.corrections, db.splits, async () => {
          const { url, kept, corrections } = await startQuery(analysis);
          const candidates = await relatedCandidates(analysis, url, corrections);
          const current = { url, title: analysis.title, excerpt: kept?.excerpt ?? '', people: archivedPeople(analysis), events: analysis.events };
          return rankRelated(current, candidates, await verdictsFor(url, corrections), limit);
        }),
      );
    },

    deleteArticle: async (address) => {
      const url = normalizeArticleUrl(address);
      if (url === null) return;
      await run(() =>
        db.transaction('rw', db.articles, db.names, db.splits, async () => {
          const row = await db.articles.get(url);
          await db.articles.delete(url);
          await db.splits.where('urls').equals(url).delete();
          await pruneNames((row?.people ?? []).map((person) => person.identity));
        }),
      );
    },

    deleteSeenBefore: (date) =>
      run(() =>
        db.transaction('rw', db.articles, db.names, db.splits, async () => {
          const identities = new Set<string>();
          const urls: string[] = [];
          let read = 0;
          const older = () => db.articles.where('lastSeen').below(date.toISOString());
          await older().each((row) => {
            if (isRead(row)) read++;
            urls.push(row.url);
            row.people?.forEach((person) => identities.add(person.identity));
          });
          await older().delete();
          await db.splits.where('urls').anyOf(urls).delete();
          await pruneNames(identities);
          return read;
        }),
      ),

    deleteAll: () =>
      run(() =>
        db.transaction('rw', db.articles, db.corrections, db.names, db.splits, async () => {
          await Promise.all([db.articles.clear(), db.corrections.clear(), db.names.clear(), db.splits.clear()]);
        }),
      ),

    correct: async (correction) => {
      checkCorrection(correction);
      await run(() => db.corrections.put(orderedCorrection(correction)));
    },

    splitArticles: async (asked) => {
      const split = orderedSplit(asked);
      await run(() =>
        db.transaction('rw', db.articles, db.splits, async () => {
          const kept = await db.articles.bulkGet(split.urls);
          if (kept.some((row) => row === undefined)) throw new Error(NOT_KEPT_MESSAGE);
          await db.splits.put(split);
        }),
      );
    },

    exportAll: (now) =>
      run(() =>
        db.transaction('r', db.articles, db.corrections, db.splits, async () => ({
          format: ARCHIVE_FORMAT,
          version: ARCHIVE_FORMAT_VERSION,
          exported: now.toISOString(),
          articles: (await db.articles.toArray()).map(fromRow),
          corrections: await db.corrections.toArray(),
          splits: await db.splits.toArray(),
        })),
      ),

    importAll: async (file) => {
      const { articles, corrections, splits } = readArchiveFile(file);
      await run(() =>
        db.transaction('rw', db.articles, db.corrections, db.names, db.splits, async () => {
          await db.articles.bulkPut(articles.map(toRow));
          await db.names.bulkPut(nameRows(articles));
          await db.corrections.bulkPut(corrections.map(orderedCorrection));
          await db.splits.bulkPut(splits);
        }),
      );
      return { articles: articles.length, corrections: corrections.length + splits.length };
    },

    count: () => run(() => db.articles.filter(isRead).count()),

    close: () => db.close(),
  };
}

const NOT_KEPT_MESSAGE = 'Backstory can tell two articles apart only while both are in your history, and one of them is not (forgotten, or read in a private window).';

interface DayRange {
  from?: string;
  to?: string;
  /** `from` itself excluded. */
  afterFrom?: boolean;
}

/** The people of the article who have an identity (see identity.ts), as the identity rule compares them. */
const identifiedPeople = (analysis: ArticleAnalysis): Array<NamedPerson & { personKey: string }> =>
  analysis.people.flatMap((person) => {
    const identity = personIdentity(person);
    return identity === null ? [] : [{ personKey: person.key, identity, role: person.role, official: person.official }];
  });

const namedIn = (people: readonly NamedPerson[]): Set<string> => new Set(people.map((person) => person.identity));

const newestFirst = <T extends { date: string; url: string }>(entries: T[]): T[] =>
  entries.sort((a, b) => b.date.localeCompare(a.date) || b.url.localeCompare(a.url));

function checkLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`A limit must be a whole number of at least 1, not ${limit}`);
}

function checkCorrection({ a, b, same }: IdentityCorrection): void {
  if (!isCorrectable(a) || !isCorrectable(b) || typeof same !== 'boolean') {
    throw new TypeError(`Not a correction of two person identities: ${JSON.stringify({ a, b, same })}`);
  }
}

/**
 * Opens the database before each use. Dexie waits without end while another connection holds an
 * older version open and does not close; the reader is told at once instead ('blocked'), and the
 * upgrade goes on as soon as the other connection closes.
 */
function opener(db: ArchiveDatabase): () => Promise<void> {
  let upgradeBlocked = false;
  const waiting = new Set<(error: HistoryError) => void>();
  db.on('blocked', () => {
    upgradeBlocked = true;
    for (const reject of waiting) reject(blockedError());
  });
  return async () => {
    if (db.isOpen()) return;
    if (upgradeBlocked) throw blockedError();
    await new Promise<void>((resolve, reject) => {
      waiting.add(reject);
      db.open().then(
        () => {
          upgradeBlocked = false;
          resolve();
        },
        (error: unknown) => reject(openErrorOf(error)),
      ).finally(() => waiting.delete(reject));
    });
  };
}
