/**
 * Named events (summits, elections, wars, named acts, scandals, storms...) with the date and place the
 * text gives them. Repeated mentions of one event ("G20 meeting", "G20 summit") become one event.
 */
import type { NewsEvent } from '../types';
import { type DateSpan, findDates } from './dates';
import { type Family, HEADS, MONTHS, STORM_WORDS, WEEKDAYS } from './event-lexicon';
import { eventWordPattern, eventWordsIn, headWordOf } from './event-forms';
import { findMentions, type Mention } from './event-mentions';
import { PHRASE_HEAD_WORDS } from './event-phrases';
import { RESULT_VERB_WORDS } from './event-results';
import { isTitleCase, splitSentences, tokenize } from './event-text';

/** Any head word or a "9/11"-like name: sentences without one are skipped before any real work. */
const CANDIDATE = new RegExp(`\\b(?:${[...HEADS.keys(), ...STORM_WORDS, ...PHRASE_HEAD_WORDS, ...RESULT_VERB_WORDS].join('|')})\\b|\\d/\\d`, 'i');
/** Words allowed between an event and its date: "summit in Northern Ireland on", "talks, which ended on". */
const DATE_GAP_WORDS = new Set([
  'in', 'at', 'on', 'from', 'between', 'for', 'of', 'during', 'since', 'starting', 'which', 'that', 'is', 'was',
  'were', 'are', 'will', 'be', 'been', 'being', 'to', 'has', 'had', 'have', 'held', 'scheduled', 'set', 'slated',
  'planned', 'due', 'take', 'takes', 'took', 'taking', 'place', 'start', 'starts', 'started', 'began', 'begins',
  'opens', 'opened', 'ends', 'ended', 'convenes', 'convened', 'the', 'this', 'signed', 'passed', 'enacted',
  'adopted', 'ratified', 'reached', 'struck', 'hit', 'erupted', 'broke', 'out', 'happened', 'occurred', 'resume',
  'resumes', 'resumed',
]);
const MAX_DATE_GAP_WORDS = 8;
/** A phrase that needs a date to be an event needs it close: "a fireside chat on Tuesday", "Tuesday in a chat". */
const MAX_LICENSING_GAP_WORDS = 3;
/** How often an undated, owner-named phrase must recur to be an event: "Epstein's death" said again and again is the story's. */
const MIN_UNDATED_MENTIONS = 3;
/** How far around a mention its date can be written ("last year's", "in St. Petersburg on Sept. 5-6"). */
const DATE_REACH_BEFORE = 30;
const DATE_REACH_AFTER = 100;
const PLACE_AFTER =
  /^,?(?:\s+(?:which|that))?(?:\s+(?:is|was|were|are|will\s+be))?(?:\s+(?:held|hosted|taking\s+place|took\s+place))?\s+(?:in|at)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\.?)(?:\s+\p{Lu}[\p{L}'’-]*\.?)*)/u;

interface Draft {
  family: Family;
  mentions: Mention[];
  name: string;
  names: string[];
  date: string | null;
  end: string | null;
  dateRank: number;
  place: string | null;
  evidence: string;
  /** Some mention is an event on its own terms; else only recurring ("Epstein's death" four times) makes it one. */
  licensed: boolean;
}

const NO_DATE = Number.POSITIVE_INFINITY;

export function findEvents(paragraphs: string[], context: { published: string | null }): NewsEvent[] {
  const drafts: Draft[] = [];
  for (const paragraph of paragraphs) {
    if (!CANDIDATE.test(paragraph)) continue;
    for (const sentence of splitSentences(paragraph)) {
      if (!CANDIDATE.test(sentence) || isTitleCase(tokenize(sentence))) continue;
      const mentions = findMentions(sentence);
      if (!mentions.length) continue;
      // "In 1991, when Shamir opposed the Madrid peace talks": a sentence that opens on a date and names one event.
      const opening = mentions.length === 1 ? openingDate(sentence, context.published) : null;
      const sentenceDates = findDates(sentence, context.published);
      for (const mention of mentions) {
        const [from, to] = dateWindow(sentence, mention);
        const dates = sentenceDates.filter((d) => d.index >= from && d.index + d.length <= to);
        const strict = dateOf(mention, sentence, dates);
        const clause = clauseDate(mention, sentence, dates);
        const licensed = !mention.needsDate || Boolean(strict)
          || Boolean(clause && wordsBetween(mention, sentence, clause) <= MAX_LICENSING_GAP_WORDS);
        // An undated phrase waits: it is an event if another mention licenses it, or if it names its owner and recurs.
        if (!licensed && !(mention.key && !mention.descriptive)) continue;
        const dated: RankedDate | null = strict ?? clause ? { span: (strict ?? clause) as DateSpan, rank: 0 }
          : opening ? { span: opening, rank: 1 }
            : sentenceRank(mention, sentence, sentenceDates, mentions);
        addMention(drafts, mention, sentence, licensed ? dated : null, placeOf(mention, sentence), licensed);
      }
    }
  }
  const text = paragraphs.join('\n');
  const events = drafts.filter((d) => d.licensed || d.mentions.length >= MIN_UNDATED_MENTIONS);
  const sentences = events.some((d) => !d.date) ? paragraphs.flatMap(splitSentences) : [];
  for (const draft of events) if (!draft.date) carryDate(draft, sentences, context.published);
  return events.map((draft) => toEvent(draft, text));
}

/**
 * An event its own sentences leave undated, dated where the article names it again by its noun or by the
 * noun's verb: "Pochettino's sacking" by "Pochettino was sacked last night", "the arrest" by "was arrested
 * on Monday". The date must sit with that word as it would with the event's name (same clause, nothing
 * but prepositions and names between), so "said on Wednesday" elsewhere in the sentence does not count.
 */
function carryDate(draft: Draft, sentences: readonly string[], published: string | null): void {
  const noun = headWordOf(draft.name);
  if (!noun) return;
  const pattern = eventWordPattern(noun);
  for (const sentence of sentences) {
    const words = eventWordsIn(sentence, pattern, noun);
    if (!words.length) continue;
    const dates = findDates(sentence, published);
    for (const word of words) {
      const mention: Mention = { ...draft.mentions[0] as Mention, start: word.start, end: word.end, year: null };
      const span = dateOf(mention, sentence, dates) ?? clauseDate(mention, sentence, dates);
      if (span) {
        Object.assign(draft, { date: span.date, end: span.end, evidence: sentence });
        return;
      }
    }
  }
}

/**
 * A date and how close to the mention the text puts it: 0 its own clause, 1 the sentence's opening
 * ("In 1991, ..."), 2 only somewhere in the same sentence. A closer date found later replaces a farther one.
 */
interface RankedDate { span: DateSpan; rank: number }

/**
 * The sentence's first date that is not the mention itself ("since 9/11") and belongs to nothing else: not
 * one inside another event's name ("toward Holcomb's 2016 election campaign") nor a possessive that dates
 * the noun after it ("the victory for last year's runner-up").
 */
function sentenceRank(mention: Mention, sentence: string, dates: readonly DateSpan[], others: readonly Mention[]): RankedDate | null {
  const span = dates.find((d) => (d.index + d.length <= mention.start || d.index >= mention.end)
    && !others.some((m) => m !== mention && d.index >= m.start - 1 && d.index + d.length <= m.end)
    && !isPossessive(sentence, d));
  return span ? { span, rank: 2 } : null;
}

function addMention(
  drafts: Draft[], mention: Mention, sentence: string, dated: RankedDate | null, place: string | null, licensed: boolean,
): void {
  const draft = drafts.find((d) => sameEvent(d, mention));
  const date = dated?.span;
  if (!draft) {
    drafts.push({
      family: mention.family, mentions: [mention], name: mention.name, names: [mention.name], date: date?.date ?? null, end: date?.end ?? null,
      dateRank: dated?.rank ?? NO_DATE, place, evidence: sentence, licensed,
    });
    return;
  }
  draft.mentions.push(mention);
  draft.licensed ||= licensed;
  if (!draft.names.some((n) => n.toLowerCase() === mention.name.toLowerCase())) draft.names.push(mention.name);
  // The fullest form names the event ("Investment Company Act of 1940" over "Investment Company Act").
  if (nameWeight(mention.name) > nameWeight(draft.name)) draft.name = mention.name;
  if (dated && dated.rank < draft.dateRank) {
    Object.assign(draft, { date: dated.span.date, end: dated.span.end, dateRank: dated.rank, evidence: sentence });
  }
  draft.place ??= place;
}

/**
 * Same family and same distinguishing words, a bare mention ("the coup") of an event already named, or
 * the name of an event only mentioned bare so far. Two differently named events never merge.
 */
function sameEvent(draft: Draft, mention: Mention): boolean {
  const family = draft.mentions.filter((m) => m.family === mention.family && m.head === mention.head);
  if (!family.length) return false;
  // "the sudden death" and "Klein's suicide": words that only describe do not tell two events apart.
  if (!mention.key || mention.descriptive) return true;
  return family.some((m) => m.key === mention.key) || family.every((m) => !m.key || m.descriptive);
}

/**
 * The date written with the event: its own year ("Act of 1940"), a date right after it with nothing but
 * prepositions and a place between ("summit in Northern Ireland on June 17-18"), or a date just before it
 * ("Tuesday night's coup"). A date elsewhere in the sentence ("said Monday") belongs to something else.
 */
function dateOf(mention: Mention, sentence: string, dates: readonly DateSpan[]): DateSpan | null {
  // "the July 25 call": a date inside the name (but not a name that is only a date, "9/11").
  const inside = dates.find((d) => d.index >= mention.start && d.index + d.length <= mention.end
    && d.length < mention.end - mention.start);
  if (inside && !mention.year) return inside;
  if (mention.year) {
    // "the September 11, 2001 attacks": the year opening the name ends a fuller date.
    const { year } = mention;
    const fuller = dates.find((d) => d.index < mention.start && d.index + d.length > mention.start && d.date.startsWith(year));
    return fuller ?? { index: mention.start, length: 0, date: year, end: null };
  }
  // "the victory for last year's runner-up": a possessive date belongs to the noun after it.
  const after = dates.find((d) => d.index >= mention.end && dateGapAllowed(sentence.slice(mention.end, d.index))
    && !isPossessive(sentence, d));
  if (after) return after;
  const before = dates.filter((d) => d.index + d.length <= mention.start).pop();
  if (before && /^(?:['’]s)?\s+$/.test(sentence.slice(before.index + before.length, mention.start))) return before;
  return null;
}

/** "last year's runner-up": a possessive date belongs to the noun after it. */
function isPossessive(sentence: string, date: DateSpan): boolean {
  return /^['’]s\b/.test(sentence.slice(date.index + date.length));
}

function wordsBetween(mention: Mention, sentence: string, date: DateSpan): number {
  if (date.length === 0) return 0;
  const gap = date.index >= mention.end ? sentence.slice(mention.end, date.index) : sentence.slice(date.index + date.length, mention.start);
  // Names between do not count: "the IPO to New York in 2013".
  return gap.split(/[\s,]+/).filter((w) => w && !/^\p{Lu}/u.test(w)).length;
}

/**
 * Words between a date and the event it dates: "Tuesday in a fireside chat", "Monday at the hearing".
 * Not "for" or "with": in "arrived on Monday for a meeting", "ended on Monday with an agreement" the date
 * is the arrival's, the end's.
 */
const LEADING_GAP_WORDS = new Set(['in', 'at', 'on', 'during', 'of', 'a', 'an', 'the', 'its', 'his', 'her', 'their']);

/** Punctuation that ends a clause: a date across it belongs to another clause. */
const CLAUSE_BREAK = /[,;:()"“”—–]/;

/** The date nearest the mention within its own clause ("said Tuesday in a fireside chat"). */
function clauseDate(mention: Mention, sentence: string, dates: readonly DateSpan[]): DateSpan | null {
  const inClause = dates.filter((d) => {
    if (d.index >= mention.end) return !CLAUSE_BREAK.test(sentence.slice(mention.end, d.index)) && !isPossessive(sentence, d);
    if (d.index + d.length > mention.start) return false;
    // "said Sunday on Twitter that Donilon's visit": a date before a verb or "that" dates that verb.
    const gap = sentence.slice(d.index + d.length, mention.start);
    return !CLAUSE_BREAK.test(gap) && gap.split(/\s+/).every((w) => !w || /^\p{Lu}/u.test(w) || LEADING_GAP_WORDS.has(w));
  });
  const distance = (d: DateSpan) => (d.index >= mention.end ? d.index - mention.end : mention.start - d.index - d.length);
  return inClause.sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

const OPENING_DATE = /^(?:(?:back |early |late )?in|on|by|during)\s[^,]{2,30},/i;

/** The date a sentence opens with, set off by a comma: "In 1991,", "On June 5,", "In March 2014,". */
function openingDate(sentence: string, published: string | null): DateSpan | null {
  const opening = OPENING_DATE.exec(sentence);
  if (!opening) return null;
  const [date] = findDates(sentence, published, 0, opening[0].length - 1);
  return date ?? null;
}

/** The part of the sentence around the mention, cut at spaces so no word is halved. */
function dateWindow(sentence: string, mention: Mention): [number, number] {
  const from = sentence.lastIndexOf(' ', Math.max(0, mention.start - DATE_REACH_BEFORE)) + 1;
  const cut = sentence.indexOf(' ', mention.end + DATE_REACH_AFTER);
  return [from, cut < 0 ? sentence.length : cut];
}

function dateGapAllowed(gap: string): boolean {
  if (/[;:()"“”]/.test(gap)) return false;
  const words = gap.split(/[\s,]+/).filter(Boolean);
  if (words.filter((w) => !/^\p{Lu}/u.test(w)).length > MAX_DATE_GAP_WORDS) return false;
  // Capitalised words are places and parties ("in Northern Ireland", "struck New Orleans").
  return words.every((word) => /^\p{Lu}/u.test(word) || DATE_GAP_WORDS.has(word));
}

/** "G8 Summit in Northern Ireland", "G20 meeting at St. Petersburg", or the place its name has. */
function placeOf(mention: Mention, sentence: string): string | null {
  if (mention.place) return mention.place;
  const place = PLACE_AFTER.exec(sentence.slice(mention.end))?.[1];
  if (!place) return null;
  const first = place.split(/\s/)[0]?.replace(/\.$/, '').toLowerCase() ?? '';
  if (MONTHS.has(first) || WEEKDAYS.has(first)) return null;
  // The sentence's own full stop is not part of the name; an abbreviation's ("St.") would be mid-name.
  return place.replace(/(\p{L}{3,})\.$/u, '$1');
}

function toEvent(draft: Draft, text: string): NewsEvent {
  const aliases = draft.names.filter((n) => n !== draft.name);
  const acronym = acronymOf(draft.name);
  if (acronym && new RegExp(`\\b${acronym}\\b`).test(text)) aliases.push(acronym);
  const shortName = shortNameOf(draft, text);
  if (shortName) aliases.push(shortName);
  return { name: draft.name, aliases, date: draft.date, end: draft.end, place: draft.place, evidence: draft.evidence };
}

/** "G20": a numbered group name the article also uses alone for its summit ("G20 meeting", "the G20"). */
function shortNameOf(draft: Draft, text: string): string | null {
  const group = /^\p{Lu}+\d+(?=\s)/u.exec(draft.name)?.[0];
  if (!group || draft.family !== 'gathering') return null;
  const uses = text.match(new RegExp(`\\b${group}\\b`, 'g'))?.length ?? 0;
  return uses > draft.mentions.length ? group : null;
}

/** "Affordable Care Act" -> "ACA": articles often switch to the initials after the first mention. */
function acronymOf(name: string): string | null {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
  return words.length >= 2 && words.length === name.split(/\s+/).filter((w) => !/^(?:of|and|the|for|on)$/.test(w)).length
    ? words.map((w) => w[0]).join('')
    : null;
}

/** A name first, then length: "Epstein's suicide" over "jail suicide", "Act of 1940" over "Act". */
function nameWeight(name: string): number {
  const words = name.split(/\s+/);
  return (words.some((w) => /^\p{Lu}/u.test(w)) ? 100 : 0) + words.length;
}
