/**
 * An in-memory HistoryStore for the tests of what uses the archive (the background's handler): the
 * interface kept honestly over an array, with real matching, filtering, sorting and corrections, so
 * those tests test their subject and not a canned answer. The real store is lib/history/store.ts.
 *
 * Its rules are simple on purpose: an identity is the lower-cased name without accents, and a name
 * given alone ("lavrov") is the same person as a full name ending with it, unless a correction says not.
 */
import {
  HistoryError,
  type ArchiveExport,
  type ArchivedArticle,
  type CoverageEntry,
  type HistorySettings,
  type HistoryStore,
  type IdentityCorrection,
  type PossibleMatch,
  type RelatedArticle,
} from '../../../lib/history/types';
import type { ArchiveServices } from '../../../lib/messaging/history-requests';
import type { RecordingOutcome } from '../../../lib/messaging/protocol';
import type { ArticleAnalysis } from '../../../lib/types';

export type MemoryHistory = HistoryStore & { articles: ArchivedArticle[]; corrections: IdentityCorrection[] };

export const identityOf = (name: string): string =>
  name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

function normalUrl(address: string): string {
  const url = new URL(address);
  url.hash = '';
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/$/, '');
  return url.href;
}

const lastWord = (identity: string) => identity.split(' ').at(-1);
const dayOf = (article: ArchivedArticle) => article.published ?? article.firstSeen.slice(0, 10);
const newestFirst = (a: { date: string | null }, b: { date: string | null }) => (b.date ?? '').localeCompare(a.date ?? '');

/** "A", "A and B", "A, B and C". */
const spoken = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

export function memoryHistory(): MemoryHistory {
  const store: MemoryHistory = {
    articles: [],
    corrections: [],

    async record(analysis, seenAt, paragraphs) {
      const url = normalUrl(analysis.canonicalUrl);
      const now = seenAt.toISOString();
      const kept = store.articles.find((article) => article.url === url);
      const article: ArchivedArticle = {
        url,
        title: analysis.title,
        site: analysis.siteName,
        published: analysis.published,
        firstSeen: kept?.read ? kept.firstSeen : now,
        lastSeen: now,
        authors: analysis.authors,
        people: analysis.people.map(({ name, aliases, role, official }) => ({ identity: identityOf(name), name, aliases, role, official })),
        events: analysis.events.map(({ name, date, end, place }) => ({ name, date, end, place })),
        relatedUrls: analysis.related.map((link) => normalUrl(link.url)),
        excerpt: paragraphs.join(' ').slice(0, 280),
        read: true,
      };
      store.articles = [...store.articles.filter((other) => other.url !== url), article];
      for (const link of analysis.related) {
        if (store.articles.some((other) => other.url === normalUrl(link.url))) continue;
        store.articles.push({ url: normalUrl(link.url), title: link.title, site: null, published: null, firstSeen: now, lastSeen: now, authors: [], people: [], events: [], relatedUrls: [], excerpt: '', read: false });
      }
      return structuredClone(article);
    },

    async deleteSeenBefore(date) {
      const cutoff = date.toISOString();
      const before = store.articles.length;
      store.articles = store.articles.filter((article) => article.lastSeen >= cutoff);
      return before - store.articles.length;
    },

    async get(url) {
      return structuredClone(store.articles.find((article) => article.url === normalUrl(url)) ?? null);
    },

    async coverage(analysis) {
      const url = normalUrl(analysis.canonicalUrl);
      const current = analysis.published ?? store.articles.find((article) => article.url === url)?.firstSeen.slice(0, 10) ?? '9999';
      return analysis.people.map((person) => {
        const identity = identityOf(person.name);
        const entries: CoverageEntry[] = store.articles
          .filter((article) => article.read && article.url !== url)
          .flatMap((article) => {
            const match = article.people.find((other) => samePerson(identity, other.identity));
            return match ? [{ url: article.url, title: article.title, site: article.site, date: dayOf(article), role: match.role, identity: match.identity }] : [];
          })
          .sort(newestFirst);
        return { personKey: person.key, identity, earlier: entries.filter((entry) => entry.date <= current), since: entries.filter((entry) => entry.date > current) };
      });
    },

    /** Here a possible match is another full name with the same last word, unless a correction says either way. */
    async possibleMatches(analysis, limit = 3) {
      const url = normalUrl(analysis.canonicalUrl);
      return analysis.people.flatMap((person) => {
        const identity = identityOf(person.name);
        const articles: PossibleMatch[] = store.articles
          .filter((article) => article.read && article.url !== url)
          .flatMap((article) => {
            const match = article.people.find((other) => other.identity !== identity && other.identity.includes(' ') && identity.includes(' ') && lastWord(other.identity) === lastWord(identity));
            const corrected = match && store.corrections.some((correction) => samePair(correction, { a: identity, b: match.identity }));
            return match && !corrected ? [{ url: article.url, identity: match.identity, name: match.name, title: article.title, site: article.site, date: dayOf(article), role: match.role }] : [];
          })
          .sort(newestFirst)
          .slice(0, limit);
        return articles.length > 0 ? [{ personKey: person.key, identity, articles }] : [];
      });
    },

    async related(analysis, limit = 10) {
      const url = normalUrl(analysis.canonicalUrl);
      const identities = analysis.people.map((person) => identityOf(person.name));
      const eventNames = analysis.events.map((event) => event.name.toLowerCase());
      const pageLinks = [...analysis.related, ...analysis.articleLinks];
      const linked = new Set(pageLinks.map((link) => normalUrl(link.url)));
      const found: RelatedArticle[] = [];
      for (const article of store.articles.filter((other) => other.url !== url)) {
        const people = article.people.filter((other) => identities.some((identity) => samePerson(identity, other.identity))).map((other) => other.name);
        const events = article.events.filter((event) => eventNames.includes(event.name.toLowerCase())).map((event) => event.name);
        const fromPage = linked.has(article.url);
        const score = 2 * (people.length + events.length) + (fromPage ? 1 : 0);
        if (score === 0) continue;
        const shared = people.length + events.length > 0 ? `also mentions ${spoken([...people, ...events])}` : '';
        const why = [fromPage ? 'linked from this page' : '', shared].filter(Boolean).join('; ');
        found.push({ url: article.url, title: article.title, site: article.site, date: article.published, read: article.read, why, score });
      }
      for (const link of pageLinks) {
        const address = normalUrl(link.url);
        if (address === url || found.some((article) => article.url === address)) continue;
        found.push({ url: address, title: link.title, site: null, date: null, read: false, why: 'linked from this page', score: 1 });
      }
      return found.sort((a, b) => b.score - a.score || newestFirst(a, b) || a.title.localeCompare(b.title)).slice(0, limit);
    },

    async deleteArticle(url) {
      store.articles = store.articles.filter((article) => article.url !== normalUrl(url));
    },

    async deleteAll() {
      store.articles = [];
      store.corrections = [];
    },

    async correct(correction) {
      store.corrections = [...store.corrections.filter((other) => !samePair(other, correction)), correction];
    },

    async exportAll(now): Promise<ArchiveExport> {
      return structuredClone({ format: 'backstory-archive', version: 1, exported: now.toISOString(), articles: store.articles, corrections: store.corrections });
    },

    async importAll(file) {
      if (!isArchiveFile(file)) throw new HistoryError('invalid-import', 'This file is not a history exported by Backstory.');
      const urls = new Set(file.articles.map((article) => article.url));
      store.articles = [...store.articles.filter((article) => !urls.has(article.url)), ...structuredClone(file.articles)];
      for (const correction of file.corrections) await store.correct(correction);
      return { articles: file.articles.length, corrections: file.corrections.length };
    },

    async count() {
      return store.articles.filter((article) => article.read).length;
    },
  };

  const samePair = (x: IdentityCorrection, y: { a: string; b: string }) => (x.a === y.a && x.b === y.b) || (x.a === y.b && x.b === y.a);

  function samePerson(a: string, b: string): boolean {
    const correction = store.corrections.find((other) => samePair(other, { a, b }));
    if (correction) return correction.same;
    return a === b || (lastWord(a) === lastWord(b) && (!a.includes(' ') || !b.includes(' ')));
  }

  return store;
}

function isArchiveFile(file: unknown): file is ArchiveExport {
  if (typeof file !== 'object' || file === null) return false;
  const { format, version, articles, corrections } = file as Record<string, unknown>;
  return (
    format === 'backstory-archive' &&
    version === 1 &&
    Array.isArray(articles) &&
    articles.every((article) => typeof article?.url === 'string' && typeof article.title === 'string' && Array.isArray(article.people)) &&
    Array.isArray(corrections)
  );
}

/** An analysis as the background keeps it, for archive tests: people by name (with an optional role), events by name. */
export function archivedAnalysis(
  url: string,
  published: string | null,
  people: (string | [name: string, role: string])[],
  overrides: Partial<ArticleAnalysis> = {},
): ArticleAnalysis {
  return {
    isArticle: true,
    url,
    canonicalUrl: url,
    title: `Article at ${url}`,
    siteName: new URL(url).hostname,
    authors: [],
    published,
    language: 'en',
    people: people.map((entry) => {
      const [name, role] = typeof entry === 'string' ? [entry, null] : entry;
      return { name, key: name.toLowerCase(), role, roles: role ? [role] : [], aliases: [], mentions: 1, official: role !== null, evidence: [] };
    }),
    events: [],
    related: [],
    articleLinks: [],
    ...overrides,
  };
}

/** What recording needs around the archive, in memory: settings the test may change, outcomes per tab, a fixed clock. */
export function memoryArchive(settings: HistorySettings = { paused: false, excludedSites: [] }) {
  const outcomes = new Map<number, RecordingOutcome>();
  const archive = {
    settings: async () => structuredClone(settings),
    outcomes: {
      save: async (tabId: number, outcome: RecordingOutcome) => void outcomes.set(tabId, outcome),
      load: async (tabId: number) => outcomes.get(tabId) ?? null,
    },
    /** How many times the pages were told the archive changed. */
    changes: 0,
    changed: async () => void archive.changes++,
    now: () => new Date('2024-03-12T09:00:00.000Z'),
  } satisfies ArchiveServices & { changes: number };
  return { archive, outcomes, settings };
}
