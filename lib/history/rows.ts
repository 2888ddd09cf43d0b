/**
 * How an archived article is stored: the record itself plus the keys of its two multi-entry
 * indexes. Each key is "<identity or event>|<the article's day>", so one index range gives a
 * person's (or an event's) articles already in date order: the newest few, or those before a day,
 * are read without loading the others (see migrations.ts, version 2).
 */
import { articleDay, eventKey } from './records';
import type { ArchivedArticle, IdentityCorrection } from './types';

export interface ArticleRow extends ArchivedArticle {
  /** "<identity>|<day>" for each person. */
  personKeys: string[];
  /** "<folded event name>|<day>" for each event. */
  eventKeys: string[];
}

export type CorrectionRow = IdentityCorrection;

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
  return {
    personKeys: [...new Set(article.people.map((person) => datedKey(person.identity, day)))],
    eventKeys: [...new Set(article.events.map((event) => datedKey(eventKey(event.name), day)).filter((key) => !key.startsWith(SEPARATOR)))],
  };
}

export const toRow = (article: ArchivedArticle): ArticleRow => ({ ...article, ...indexKeys(article) });

/** The record alone, its fields in the order of ArchivedArticle, so exports compare equal as text too. */
export function fromRow(row: ArchivedArticle): ArchivedArticle {
  const { url, title, site, published, firstSeen, lastSeen, authors, people, events, relatedUrls, excerpt, read } = row;
  return { url, title, site, published, firstSeen, lastSeen, authors, people, events, relatedUrls, excerpt, read };
}
