/**
 * How an archived article is stored: the record without its empty fields (an unread link is
 * mostly empty), plus the keys of its two multi-entry indexes. Each key is "<identity or
 * event>|<the article's day>", so one index range gives a person's (or an event's) articles
 * already in date order: the newest few, or those before a day, are read without loading the
 * others (see migrations.ts, version 2).
 */
import { surnameKey } from './possible-matches';
import { articleDay, eventKey } from './records';
import type { ArchivedArticle, ArticleSplit, IdentityCorrection } from './types';

/** The fields a record always has; the others are left out when they hold their default. */
type Always = 'url' | 'title' | 'firstSeen' | 'lastSeen';

export type ArticleRow = Pick<ArchivedArticle, Always> &
  Partial<ArchivedArticle> & {
    /** "<identity>|<day>" for each person. */
    personKeys?: string[];
    /** "<folded event name>|<day>" for each event. */
    eventKeys?: string[];
  };

export type CorrectionRow = IdentityCorrection;

/** Keyed by identity and both addresses; each address is also a key of the multi-entry `urls` index (an article's splits are one index read). */
export type SplitRow = ArticleSplit;

/**
 * Every identity the archive names, once, filed under its surname's spelling key: the few
 * identities that may be a person under another name are one key range (see possible-matches.ts).
 * Kept apart from the articles so that each name costs once, not once per article.
 */
export interface NameRow {
  surname: string;
  identity: string;
}

export const nameRow = (identity: string): NameRow => ({ surname: surnameKey(identity), identity });

export const nameRows = (articles: readonly Pick<ArchivedArticle, 'people'>[]): NameRow[] => [
  ...new Map(articles.flatMap((article) => article.people.map(({ identity }) => [identity, nameRow(identity)] as const))).values(),
];

const DEFAULTS: Omit<ArchivedArticle, Always> = {
  site: null,
  published: null,
  authors: [],
  people: [],
  events: [],
  relatedUrls: [],
  excerpt: '',
  read: true,
};

/** A record of an article the reader read, not a link known from one (`read` is left out when true). */
export const isRead = (row: ArticleRow): boolean => row.read !== false;

const isDefault = (value: unknown, fallback: unknown): boolean =>
  value === fallback || (Array.isArray(value) && value.length === 0 && Array.isArray(fallback));

/** Identities and event keys are folded to letters, digits and spaces, so the separator never occurs in them. */
const SEPARATOR = '|';
/** Above every character a day is written with. */
const AFTER_EVERY_DAY = '\uffff';

export const datedKey = (key: string, day: string): string => `${key}${SEPARATOR}${day}`;

/** Bounds of the index range of `key` from day `from` to day `to` (both included; open when absent). */
export function datedRange(key: string, from?: string, to?: string): [lower: string, upper: string] {
  return [datedKey(key, from ?? ''), datedKey(key, to ?? AFTER_EVERY_DAY)];
}

export function indexKeys(article: ArchivedArticle): Pick<ArticleRow, 'personKeys' | 'eventKeys'> {
  const day = articleDay(article);
  const personKeys = [...new Set(article.people.map((person) => datedKey(person.identity, day)))];
  const eventKeys = [...new Set(article.events.flatMap((event) => (eventKey(event.name) ? [datedKey(eventKey(event.name), day)] : [])))];
  return { ...(personKeys.length > 0 && { personKeys }), ...(eventKeys.length > 0 && { eventKeys }) };
}

export function toRow(article: ArchivedArticle): ArticleRow {
  const row: ArticleRow = { url: article.url, title: article.title, firstSeen: article.firstSeen, lastSeen: article.lastSeen };
  for (const field of Object.keys(DEFAULTS) as (keyof typeof DEFAULTS)[]) {
    if (!isDefault(article[field], DEFAULTS[field])) Object.assign(row, { [field]: article[field] });
  }
  return { ...row, ...indexKeys(article) };
}

/**
 * The record, defaults put back, its fields in the order of ArchivedArticle (so exports compare
 * equal as text too). Field by field rather than by spreading: coverage reads rows by the hundred.
 */
export function fromRow(row: ArticleRow): ArchivedArticle {
  return {
    url: row.url,
    title: row.title,
    site: row.site ?? DEFAULTS.site,
    published: row.published ?? DEFAULTS.published,
    firstSeen: row.firstSeen,
    lastSeen: row.lastSeen,
    authors: row.authors ?? [],
    people: row.people ?? [],
    events: row.events ?? [],
    relatedUrls: row.relatedUrls ?? [],
    excerpt: row.excerpt ?? DEFAULTS.excerpt,
    read: row.read ?? DEFAULTS.read,
  };
}
