/**
 * What the archive keeps of an analysis, and how a revisit merges with what is kept. Pure: the
 * store (store.ts) calls these inside its transactions.
 */
import type { ArticleAnalysis, RelatedLink } from '../types';
import { foldName, personIdentity } from './identity';
import { sameSite } from './site';
import { EXCERPT_CHARS, type ArchivedArticle, type ArchivedPerson } from './types';
import { hostOf, normalizeArticleUrl } from './url';

/** A page's related links kept per article (and recorded as known-but-unread): enough to rank, few enough to stay small. */
export const LINKS_KEPT = 12;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The article's archive key: its canonical address when that is on the page's own site (a page
 * elsewhere could otherwise write into another article's record), else the address it was loaded from.
 */
export const articleKey = (analysis: Pick<ArticleAnalysis, 'canonicalUrl' | 'url'>): string | null =>
  (sameSite(analysis.canonicalUrl, analysis.url) ? normalizeArticleUrl(analysis.canonicalUrl) : null) ?? normalizeArticleUrl(analysis.url);

/** The article's publication day when the page gives a valid one. */
export const publishedDay = (analysis: Pick<ArticleAnalysis, 'published'>): string | null =>
  analysis.published !== null && ISO_DAY.test(analysis.published) ? analysis.published : null;

/** The day an article counts from: its publication, else the day the reader first saw it (UTC). */
export const articleDay = (article: Pick<ArchivedArticle, 'published' | 'firstSeen'>): string =>
  article.published ?? article.firstSeen.slice(0, 10);

/** The first words of the text, cut at a word, with an ellipsis when cut; at most EXCERPT_CHARS. */
export function excerptOf(paragraphs: readonly string[]): string {
  const text = paragraphs.join(' ').replace(/\s+/g, ' ').trim();
  if (text.length <= EXCERPT_CHARS) return text;
  const cut = text.slice(0, EXCERPT_CHARS - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/** The people worth keeping: those with an identity (see identity.ts), each once, the most mentioned first. */
export function archivedPeople(analysis: Pick<ArticleAnalysis, 'people'>): ArchivedPerson[] {
  const byIdentity = new Map<string, ArchivedPerson>();
  for (const person of analysis.people) {
    const identity = personIdentity(person);
    if (identity === null || byIdentity.has(identity)) continue;
    byIdentity.set(identity, { identity, name: person.name, aliases: person.aliases, role: person.role, official: person.official });
  }
  return [...byIdentity.values()];
}

/** The page's own related links and in-text article links, normalised, without the page itself, each once. */
export function pageLinks(analysis: Pick<ArticleAnalysis, 'related' | 'articleLinks'>, self: string): Array<RelatedLink & { url: string }> {
  const links = new Map<string, RelatedLink>();
  for (const link of [...analysis.related, ...analysis.articleLinks]) {
    const url = normalizeArticleUrl(link.url);
    if (url !== null && url !== self && !links.has(url)) links.set(url, { title: link.title, url });
  }
  return [...links.values()].slice(0, LINKS_KEPT);
}

/** The record of one visit to an analyzed article, or null when the page has no web address. */
export function visitRecord(analysis: ArticleAnalysis, seenAt: Date, paragraphs: readonly string[]): ArchivedArticle | null {
  const url = articleKey(analysis);
  if (url === null) return null;
  const seen = seenAt.toISOString();
  return {
    url,
    title: analysis.title,
    site: analysis.siteName ?? hostOf(url),
    published: publishedDay(analysis),
    firstSeen: seen,
    lastSeen: seen,
    authors: analysis.authors,
    people: archivedPeople(analysis),
    events: analysis.events.map(({ name, date, end, place }) => ({ name, date, end, place })),
    relatedUrls: pageLinks(analysis, url).map((link) => link.url),
    excerpt: excerptOf(paragraphs),
    read: true,
  };
}

/** A page's link to an article the reader has not opened: known, not read. */
export function unreadRecord(link: RelatedLink & { url: string }, seenAt: Date): ArchivedArticle {
  const seen = seenAt.toISOString();
  return {
    url: link.url,
    title: link.title,
    site: hostOf(link.url),
    published: null,
    firstSeen: seen,
    lastSeen: seen,
    authors: [],
    people: [],
    events: [],
    relatedUrls: [],
    excerpt: '',
    read: false,
  };
}

/**
 * What to keep after a visit, given what was kept. A first visit to a known-but-unread link
 * replaces it (it is first seen now). A revisit keeps the earliest first-seen and the latest
 * last-seen; its content replaces the kept one (pages are updated), except that a visit older
 * than the kept one (two tabs saving out of order) changes only the dates, and a date or excerpt
 * the new reading lacks is kept.
 */
export function mergeVisit(kept: ArchivedArticle | undefined, visit: ArchivedArticle): ArchivedArticle {
  if (!kept?.read) return visit;
  const [newer, older] = visit.lastSeen >= kept.lastSeen ? [visit, kept] : [kept, visit];
  return {
    ...newer,
    published: newer.published ?? older.published,
    excerpt: newer.excerpt || older.excerpt,
    firstSeen: older.firstSeen < newer.firstSeen ? older.firstSeen : newer.firstSeen,
  };
}

/** An event's key across articles: its folded name ("G20 meeting" and "g20 Meeting" are one). */
export const eventKey = (name: string): string => foldName(name);
