/**
 * The reader's archive: what Backstory keeps of each article read, on the device only, and what
 * the side panel asks of it. Plain, serializable data; the store (IndexedDB through Dexie) lives
 * in the background and everything goes through `HistoryStore`.
 */
import type { ArticleAnalysis } from '../types';

/** A person as one archived article names them. */
export interface ArchivedPerson {
  /** Identity across articles (see identity.ts): the normalised full name, e.g. "sergei lavrov". */
  identity: string;
  name: string;
  aliases: string[];
  /** The role the article gives them, as it states it, or null. */
  role: string | null;
  official: boolean;
}

export interface ArchivedEvent {
  name: string;
  date: string | null;
  end: string | null;
  place: string | null;
}

/** One article the reader read (or a page's related link, known but not read: `read` false). */
export interface ArchivedArticle {
  /** Normalised canonical address (see normalizeArticleUrl): the record's key. */
  url: string;
  title: string;
  site: string | null;
  /** Publication date (YYYY-MM-DD) when the page says, else null. */
  published: string | null;
  /** ISO date-time the reader first opened it (the date used when `published` is null). */
  firstSeen: string;
  /** ISO date-time of the last visit. */
  lastSeen: string;
  authors: string[];
  people: ArchivedPerson[];
  events: ArchivedEvent[];
  /** Addresses of the page's own related links (normalised). */
  relatedUrls: string[];
  /** The first words of the article, at most EXCERPT_CHARS. */
  excerpt: string;
  read: boolean;
}

export const EXCERPT_CHARS = 280;

/** What the reader said about two identities: the same person, or not. Wins over the rule. */
export interface IdentityCorrection {
  a: string;
  b: string;
  same: boolean;
}

/**
 * What the reader said about two articles naming one full name: they are about two different
 * people of that name (see splits.ts). The addresses normalised, in code-unit order.
 */
export interface ArticleSplit {
  identity: string;
  urls: [string, string];
}

/** One earlier (or later) article about a person, with the role they had in it. */
export interface CoverageEntry {
  url: string;
  /** The person's identity in that article: the current one, or one the reader joined to it. */
  identity: string;
  title: string;
  site: string | null;
  /** `published`, else the date first seen. */
  date: string;
  role: string | null;
}

export interface PersonCoverage {
  /** The person's key in the current article's analysis. */
  personKey: string;
  identity: string;
  /** Published before the current article, newest first. */
  earlier: CoverageEntry[];
  /** Published after it (the reader opened an older article), newest first. */
  since: CoverageEntry[];
}

/**
 * An archived article naming someone who may be the current article's person under another name
 * (possible-matches.ts): the reader is asked, nothing is linked until they say so.
 */
export interface PossibleMatch {
  url: string;
  /** The other person's identity in that article: what "same person" joins to the current one. */
  identity: string;
  /** The name as that article gives it. */
  name: string;
  title: string;
  site: string | null;
  /** `published`, else the date first seen. */
  date: string;
  role: string | null;
}

export interface PersonPossibleMatches {
  /** The person's key in the current article's analysis. */
  personKey: string;
  identity: string;
  /** Newest first. */
  articles: PossibleMatch[];
}

export interface RelatedArticle {
  url: string;
  title: string;
  site: string | null;
  date: string | null;
  read: boolean;
  /** Why it is related, for the reader: "also mentions Lavrov and the G20 meeting". */
  why: string;
  score: number;
}

export interface HistorySettings {
  /** Recording paused: nothing new is kept (what is kept stays). */
  paused: boolean;
  /** Sites (hosts) never recorded. */
  excludedSites: string[];
}

/** The archive as a file: everything, for export and import. */
export interface ArchiveExport {
  format: 'backstory-archive';
  version: number;
  exported: string;
  articles: ArchivedArticle[];
  corrections: IdentityCorrection[];
  splits: ArticleSplit[];
}

/** Why a write did not happen, in words for the reader; nothing already kept is lost. */
export class HistoryError extends Error {
  constructor(
    readonly kind: 'quota' | 'blocked' | 'invalid-import' | 'unavailable',
    message: string,
  ) {
    super(message);
    this.name = 'HistoryError';
  }
}

/** Every read and write of the archive goes through this one adapter. */
export interface HistoryStore {
  /**
   * Keeps an analyzed article (a revisit updates it; never a duplicate), and its related links as
   * known-but-unread. `paragraphs` is the article's text (ExtractedArticle.paragraphs), of which
   * only the first words are kept. Null when the page has no web address to key it by.
   */
  record(analysis: ArticleAnalysis, seenAt: Date, paragraphs: readonly string[]): Promise<ArchivedArticle | null>;
  get(url: string): Promise<ArchivedArticle | null>;
  /**
   * Earlier coverage for each person of `analysis` who has an identity (the article itself
   * excluded): at most `limit` articles each side (default 5), the newest. For more of one
   * person, pass an analysis with only that person and a higher limit.
   */
  coverage(analysis: ArticleAnalysis, limit?: number): Promise<PersonCoverage[]>;
  /**
   * For each person of `analysis` who may be named otherwise in the archive, the newest articles
   * (at most `limit`, default 3) naming that other name, the article itself excluded; not the
   * names the reader already said are, or are not, the same person. People without any are left out.
   */
  possibleMatches(analysis: ArticleAnalysis, limit?: number): Promise<PersonPossibleMatches[]>;
  /** Related articles, best first: the page's own links and the archive, by shared people, events and text. */
  related(analysis: ArticleAnalysis, limit?: number): Promise<RelatedArticle[]>;
  deleteArticle(url: string): Promise<void>;
  /** Deletes the articles (and unread links) last seen before `date`, to make room; returns how many read articles went. */
  deleteSeenBefore(date: Date): Promise<number>;
  deleteAll(): Promise<void>;
  correct(correction: IdentityCorrection): Promise<void>;
  /**
   * Keeps that the two articles name two different people of `identity`: neither lists the other
   * in that person's coverage any more. Both must be kept (nothing is written about an article
   * the archive does not hold); deleting either deletes the split.
   */
  splitArticles(split: ArticleSplit): Promise<void>;
  exportAll(now: Date): Promise<ArchiveExport>;
  /**
   * Adds (or replaces, by url) what the file holds; throws HistoryError('invalid-import') on a bad
   * file. `corrections` counts the reader's answers of both kinds: identity corrections and splits.
   */
  importAll(file: unknown): Promise<{ articles: number; corrections: number }>;
  /** How many articles the reader read are kept (known-but-unread links are not counted). */
  count(): Promise<number>;
}
