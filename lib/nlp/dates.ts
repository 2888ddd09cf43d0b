/**
 * Dates written in a sentence, resolved against the article's publication date with chrono-node and
 * reported only to the precision the text gives (YYYY, YYYY-MM or YYYY-MM-DD).
 */
import * as chrono from 'chrono-node';

export interface DateSpan {
  /** Character offset of the date expression in the sentence. */
  index: number;
  length: number;
  date: string;
  end: string | null;
}

type Precision = 'day' | 'month' | 'year';

/** Sentences about something still to come: a bare "June 17" there is the next June 17. */
const FUTURE = /\b(?:will|shall|'ll|upcoming|scheduled|plans|slated|next|due to|set to|going to|to be held)\b/i;
/** Sentences about what happened: a bare "Saturday" there is the last Saturday, not the next one. */
const PAST = /\b(?:was|were|had|took|held|happened|occurred|ago|earlier|ended|became|began|said|announced|reported|died|won|lost|beat|killed|arrested|closed|opened)\b/i;
/** Cheap test so chrono (about a millisecond a sentence) only runs where a date can be. */
const DATE_HINT =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|last|next|this|ago)/i;
const BARE_YEAR = /\b(1[6-9]\d\d|20\d\d)\b/g;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const DAY_MS = 86_400_000;

/** Publication date as a chrono reference instant (noon UTC, so no time zone moves it a day). */
export function referenceInstant(published: string | null): Date | null {
  const match = published ? ISO_DAY.exec(published) : null;
  if (!match) return null;
  const instant = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
  return Number.isNaN(instant.getTime()) ? null : instant;
}

/**
 * Every date chrono understands in `sentence` (or only in its `from`..`to` part: chrono takes up to a few
 * milliseconds a sentence), plus the bare years it ignores ("in 2012", "of 1940"). The tense of the date's
 * clause (else of the sentence) decides whether a date without a year is the next or the last one.
 */
export function findDates(sentence: string, published: string | null, from = 0, to = sentence.length): DateSpan[] {
  const part = sentence.slice(from, to);
  if (!DATE_HINT.test(part)) return [];
  const reference = referenceInstant(published);
  // Without a publication date only dates that state their year can be trusted.
  const instant = reference ?? new Date(Date.UTC(2000, 0, 1, 12));
  const spans: DateSpan[] = [];
  for (const result of chrono.parse(part, { instant, timezone: 0 })) {
    if (inName(part, result)) continue;
    // A month alone ("an October news conference") follows only its own clause's tense: "could be pushed
    // into next year" elsewhere in the sentence does not make it next October.
    const ownClause = !result.start.isCertain('day') && !result.start.isCertain('weekday');
    const span = toSpan(result, reference, tenseAt(sentence, result.index + from, ownClause));
    if (span) spans.push({ ...span, index: span.index + from });
  }
  for (const match of part.matchAll(BARE_YEAR)) {
    const index = match.index + from;
    if (spans.some((s) => index < s.index + s.length && s.index < index + 4)) continue;
    spans.push({ index, length: 4, date: match[0], end: null });
  }
  return spans.sort((a, b) => a.index - b.index);
}

type Tense = 'future' | 'past' | 'none';

/** Between clauses: "which became final Tuesday, will create", "said on Dec. 30 that it will sell". */
const CLAUSE_BREAK = /[,;:—–()]|\s(?:that|and|but|while)\s/g;

/** "USA TODAY", "CBS THIS MORNING": a capitalised relative date after a capitalised word is part of a name. */
function inName(part: string, result: chrono.ParsedResult): boolean {
  return /^[A-Z][A-Z ]+$/.test(result.text) && /\p{Lu}[\p{L}.]*\s+$/u.test(part.slice(0, result.index));
}

/** The tense of the clause around `index`, else (unless `ownClause`) of the whole sentence. */
function tenseAt(sentence: string, index: number, ownClause: boolean): Tense {
  let start = 0;
  let end = sentence.length;
  for (const match of sentence.matchAll(CLAUSE_BREAK)) {
    if (match.index + match[0].length <= index) start = match.index + match[0].length;
    else if (match.index >= index) { end = match.index; break; }
  }
  const clause = sentence.slice(start, end);
  const of = (text: string): Tense => (FUTURE.test(text) ? 'future' : PAST.test(text) ? 'past' : 'none');
  const tense = of(clause);
  return tense === 'none' && !ownClause ? of(sentence) : tense;
}

function toSpan(result: chrono.ParsedResult, reference: Date | null, tense: Tense): DateSpan | null {
  const precision = precisionOf(result.start);
  if (!precision) return null;
  if (!reference && !result.start.isCertain('year')) return null;
  let start = componentsDay(result.start);
  let end = result.end ? componentsDay(result.end) : null;
  const weekdayOnly = precision === 'day' && !result.start.isCertain('month');
  if (reference && !result.start.isCertain('year')) {
    // chrono picks the nearest match. A future clause looks ahead; otherwise, and always for a weekday
    // alone, the event is behind us: news reports what has happened.
    const ahead = tense === 'future';
    const shift = ahead && start < reference.getTime() ? -(weekdayOnly ? 7 * DAY_MS : yearAfter(start))
      : !ahead && (tense === 'past' || weekdayOnly) && start > reference.getTime() ? (weekdayOnly ? 7 * DAY_MS : yearBefore(start))
        : 0;
    start -= shift;
    if (end !== null) end -= shift;
  }
  // "became final Tuesday" in a story published on a Tuesday is that day, not a week on or back.
  if (reference && weekdayOnly && !/\b(?:next|last)\b/i.test(result.text) && Math.abs(start - reference.getTime()) === 7 * DAY_MS) {
    start = reference.getTime();
  }
  // A weekend is its Saturday and Sunday; chrono puts "last weekend" on the Sunday but "this weekend" on the Saturday.
  if (/\bweekend\b/i.test(result.text)) {
    start -= ((new Date(start).getUTCDay() + 1) % 7) * DAY_MS;
    end = start + DAY_MS;
  }
  // Four-digit years only: anything else is a misreading and would not print as ISO.
  if (!isFourDigitYear(start) || (end !== null && !isFourDigitYear(end))) return null;
  const date = formatDay(start, precision);
  const endDate = end === null ? null : formatDay(end, precision);
  return { index: result.index, length: result.text.length, date, end: endDate && endDate > date ? endDate : null };
}

function precisionOf(components: chrono.ParsedComponents): Precision | null {
  if (components.isCertain('day') || components.isCertain('weekday')) return 'day';
  if (components.isCertain('month')) return 'month';
  if (components.isCertain('year')) return 'year';
  return null;
}

function componentsDay(components: chrono.ParsedComponents): number {
  return Date.UTC(components.get('year') ?? 0, (components.get('month') ?? 1) - 1, components.get('day') ?? 1, 12);
}

function isFourDigitYear(time: number): boolean {
  const year = new Date(time).getUTCFullYear();
  return year >= 1000 && year <= 9999;
}

function yearBefore(time: number): number {
  const day = new Date(time);
  return time - Date.UTC(day.getUTCFullYear() - 1, day.getUTCMonth(), day.getUTCDate(), 12);
}

function yearAfter(time: number): number {
  const day = new Date(time);
  return Date.UTC(day.getUTCFullYear() + 1, day.getUTCMonth(), day.getUTCDate(), 12) - time;
}

function formatDay(time: number, precision: Precision): string {
  const iso = new Date(time).toISOString();
  return iso.slice(0, precision === 'day' ? 10 : precision === 'month' ? 7 : 4);
}
