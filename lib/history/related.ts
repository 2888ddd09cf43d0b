/**
 * Ranks the articles related to the one being read, and says why each is. The store gathers the
 * candidates (the page's own links, and the archive's newest articles sharing a person or an
 * event, through its indexes); this module scores them, pure. A reason the reader can check
 * ("also mentions Lavrov and the G20 meeting") matters as much as the order, so every score is
 * made of reasons: text similarity only orders articles that share something else.
 */
import MiniSearch from 'minisearch';
import { HEADS } from '../nlp/event-lexicon';
import type { RelatedLink } from '../types';
import { sameIdentity } from './identity';
import { NAME_SUFFIXES } from './possible-matches';
import { articleDay, eventKey } from './records';
import type { Verdicts } from './splits';
import type { ArchivedArticle, ArchivedPerson, RelatedArticle } from './types';
import { hostOf } from './url';

/** What each shared thing adds to the score. A shared official says more about the story than a shared bystander. */
export const WEIGHTS = { official: 3, person: 2, event: 3, link: 4, text: 3 } as const;

export const personWeight = (person: Pick<ArchivedPerson, 'official'>): number => (person.official ? WEIGHTS.official : WEIGHTS.person);

/** The article being read, as the ranking needs it. */
export interface CurrentArticle {
  url: string | null;
  title: string;
  /** Its first words (from the archive, when it was recorded), else ''. */
  excerpt: string;
  people: ArchivedPerson[];
  events: Array<{ name: string }>;
}

export interface Candidate {
  url: string;
  /** The archive's record of it, when there is one. */
  kept?: ArchivedArticle;
  /** The page's own link to it, when the page links to it. */
  link?: RelatedLink;
}

/** The candidates that share something with the current article, best first, at most `limit`. */
export function rankRelated(current: CurrentArticle, candidates: readonly Candidate[], { corrections, splits }: Verdicts, limit: number): RelatedArticle[] {
  const currentEvents = new Map(current.events.map((event) => [eventKey(event.name), event.name]));
  const shared = candidates
    .filter((candidate) => candidate.url !== current.url)
    .map((candidate) => {
      // Not a person the reader said is someone else of that name in this candidate.
      const people = current.people.filter((person) =>
        candidate.kept?.people.some((other) => sameIdentity(person, other, corrections) && !splits.apart(other.identity, candidate.url)),
      );
      const keptEvents = new Set(candidate.kept?.events.map((event) => eventKey(event.name)));
      const events = [...currentEvents].filter(([key]) => keptEvents.has(key)).map(([, name]) => name);
      return { candidate, people, events, linked: candidate.link !== undefined };
    })
    .filter(({ people, events, linked }) => linked || people.length > 0 || events.length > 0);

  const similarity = textSimilarity(
    [current.title, current.excerpt].join(' '),
    shared.map(({ candidate }) => [candidate.kept?.title ?? candidate.link?.title ?? '', candidate.kept?.excerpt ?? ''].join(' ')),
  );
  return shared
    .map(({ candidate: { url, kept, link }, people, events, linked }, index): RelatedArticle => ({
      url,
      title: kept?.title || link?.title || url,
      site: kept?.site ?? hostOf(url),
      // A link never opened has no date of its own: when it was seen on a page says nothing of it.
      date: kept?.read ? articleDay(kept) : (kept?.published ?? null),
      read: kept?.read ?? false,
      why: reasonFor(linked, people, events),
      score:
        people.reduce((sum, person) => sum + personWeight(person), 0) +
        events.length * WEIGHTS.event +
        (linked ? WEIGHTS.link : 0) +
        (similarity[index] ?? 0) * WEIGHTS.text,
    }))
    .sort((a, b) => b.score - a.score || (b.date ?? '').localeCompare(a.date ?? ''))
    .slice(0, limit);
}

// ---------------------------------------------------------------- text similarity

/** Words that say nothing about a story's subject. */
const STOP_WORDS = new Set(
  ('a an and are as at be been but by for from had has have he her his in into is it its of on or said says she that the ' +
    'their them they this to was were which who will with would after over than also more not new').split(' '),
);

/**
 * How close each text is to `query`, from 0 to 1: its BM25 score (MiniSearch) over the score the
 * query text gets against itself, so that the numbers mean the same with two candidates or forty.
 */
export function textSimilarity(query: string, texts: readonly string[]): number[] {
  const QUERY_ID = -1;
  const index = new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    processTerm: (term) => {
      const word = term.toLowerCase();
      return word.length > 1 && !STOP_WORDS.has(word) ? word : null;
    },
  });
  index.addAll([{ id: QUERY_ID, text: query }, ...texts.map((text, id) => ({ id, text }))]);
  const scores = new Map(index.search(query, { combineWith: 'OR' }).map((result) => [result.id as number, result.score]));
  const self = scores.get(QUERY_ID);
  return texts.map((_, id) => (self ? Math.min(1, (scores.get(id) ?? 0) / self) : 0));
}

// ---------------------------------------------------------------- why, in words

/** The name a reader knows a person by in this article: the one-word form it uses ("Lavrov"), else the surname. */
export function shortName(person: Pick<ArchivedPerson, 'name' | 'aliases'>): string {
  const oneWord = person.aliases.find((alias) => /^\p{L}[\p{L}'’-]*$/u.test(alias));
  if (oneWord) return oneWord;
  const words = person.name.split(/\s+/);
  while (words.length > 1 && NAME_SUFFIXES.has(words.at(-1)!.toLowerCase().replace(/\.$/, ''))) words.pop();
  return words.at(-1)!;
}

/** "the G20 meeting", "the Affordable Care Act", "the Treaty of Versailles", but "Hurricane Sandy" and "9/11". */
export function eventPhrase(name: string): string {
  if (/^the\s/i.test(name)) return name;
  const head = name.split(/\s+of\s+/i)[0]!.split(/\s+/).at(-1)!.toLowerCase();
  return HEADS.has(head) ? `the ${name}` : name;
}

/** "Lavrov", "Lavrov and Peskov", "Lavrov, Peskov and the G20 meeting". */
function listInWords(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}

/** Up to two people (officials first) and one event, and whether the page links to it. */
function reasonFor(linked: boolean, people: ArchivedPerson[], events: string[]): string {
  const named = [...people]
    .sort((a, b) => Number(b.official) - Number(a.official))
    .slice(0, 2)
    .map(shortName);
  const mentions = [...named, ...events.slice(0, 1).map(eventPhrase)];
  const also = mentions.length > 0 ? `also mentions ${listInWords(mentions)}` : '';
  return [linked ? 'linked from this page' : '', also].filter(Boolean).join('; ');
}
