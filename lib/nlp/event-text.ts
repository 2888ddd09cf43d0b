/** Sentences and word tokens of plain article text, with offsets, for the event finder. */

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter or a digit: can belong to a name ("G20", "Northern Ireland"). */
  capital: boolean;
  /** "Monday's", "Women's", "leaders'". */
  possessive: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:[.'’/&-]{1,2}[\p{L}\p{N}]+)*/gu;
const NAME_START = /^[\p{Lu}\p{N}]/u;
const POSSESSIVE = /['’]s$/i;
const BOUNDARY = /[.!?]+["'”’)\]]*\s+(?=["'“‘(]?[\p{Lu}\p{N}])/gu;
/** Words whose trailing period does not end a sentence ("St. Petersburg", "Sept. 5", "Mr. Putin"). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'mt', 'ft', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm',
  'prof', 'rev', 'jr', 'sr', 'inc', 'co', 'corp', 'ltd', 'no', 'vs', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'dept', 'est', 'fig',
]);

/** Abbreviations that sit inside names ("St. Petersburg", "Mt. Everest"). */
const NAME_ABBREVIATIONS = new Set(['st', 'mt', 'ft']);

export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(BOUNDARY)) {
    const before = /(\S+)$/.exec(paragraph.slice(start, match.index))?.[1] ?? '';
    if (isAbbreviation(before)) continue;
    const end = match.index + match[0].trimEnd().length;
    sentences.push(paragraph.slice(start, end).trim());
    start = match.index + match[0].length;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

function isAbbreviation(word: string): boolean {
  const bare = word.replace(/^["'“‘(]+/, '').toLowerCase();
  // Single letters and dotted initials ("J.", "U.S") are initials, not sentence ends.
  return bare.length === 1 || bare.includes('.') || ABBREVIATIONS.has(bare);
}

export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  for (const match of sentence.matchAll(WORD)) {
    const text = match[0];
    const end = match.index + text.length;
    tokens.push({
      text,
      lower: text.toLowerCase(),
      start: match.index,
      end,
      capital: NAME_START.test(text),
      possessive: POSSESSIVE.test(text) || /^['’](?![\p{L}])/u.test(sentence.slice(end)),
    });
  }
  return tokens;
}

/**
 * Whether two tokens are neighbours in one phrase (only spaces between, or the period of an abbreviation:
 * "U.S. presidential election", "St. Petersburg"), not split by punctuation.
 */
export function adjacent(sentence: string, left: Token, right: Token): boolean {
  const gap = sentence.slice(left.end, right.start);
  if (/^[^\S\n]+$|^[–—]$/.test(gap)) return true;
  return /^\.[^\S\n]+$/.test(gap) && (left.text.includes('.') || NAME_ABBREVIATIONS.has(left.lower));
}

/** Words a headline leaves in lower case ("Putin and Obama Plan 2 Meetings to Tackle Tensions"). */
const TITLE_SMALL_WORDS = new Set([
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of', 'off', 'on', 'per',
  'to', 'up', 'via', 'vs', 'from', 'into', 'onto', 'over', 'with', 'than', 'that', 'upon', 'about', 'after',
  'before', 'under', 'without', 'between', 'against', 'during', 'through', 'is', 'are', 'be',
]);

/** Headlines and link lists capitalise every word, which would make every head word look like a name. */
export function isTitleCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => /^\p{L}/u.test(t.text));
  return words.filter((t) => t.capital).length >= 3 && words.every((t) => t.capital || TITLE_SMALL_WORDS.has(t.lower));
}
