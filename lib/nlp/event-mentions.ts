/**
 * Event mentions in one sentence: a head word ("summit", "Act", "scandal") with the capitalised or topic
 * modifiers that make it a name ("G20 meeting", "Investment Company Act of 1940", "Iran nuclear deal"),
 * storms ("Hurricane Sandy") and dates used as names ("9/11").
 */
import {
  ELECTION_WORDS, type Family, HEADS, type HeadRule, isCommonWord, isKnownPlace, MONTHS, NOT_NAME_WORDS, NOT_STORM_NAMES,
  STORM_WORDS, TOPIC_WORDS, WEEKDAYS,
} from './event-lexicon';
import { phraseMention } from './event-phrases';
import { resultMention } from './event-results';
import { adjacent, type Token, tokenize } from './event-text';

export interface Mention {
  name: string;
  family: Family;
  /** What tells this event from others of its family ("g20", "iran", "midterm"); '' for a bare "the coup". */
  key: string;
  /** Offsets of the name in the sentence. */
  start: number;
  end: number;
  /** A year the name itself carries ("Act of 1940", "the 2016 presidential election"), before `start`. */
  year: string | null;
  /** The place a complement names ("the war in Syria"). */
  place: string | null;
  /** An event said in ordinary words ("the crash") merges only with mentions of the same noun. */
  head?: string;
  /** A phrase that is an event only when its clause dates it ("a fireside chat on Tuesday"). */
  needsDate?: boolean;
  /** Its key is only describing words ("sudden", "deadly"), no name. */
  descriptive?: boolean;
}

const MAX_MODIFIER_TOKENS = 6;
const YEAR = /^(?:1[6-9]|20)\d\d$/;
const DAY_NUMBER = /^\d{1,2}(?:st|nd|rd|th)?$/i;
const ROMAN = /^(?:I|II|III|IV|V|VI)$/;
const ACRONYM = /^[A-Z](?:\.?[A-Z0-9])+$/;
/** "U.S", "U.K" (the tokenizer keeps the inner dots only). */
const DOTTED_COUNTRY = /^[A-Z]\.[A-Z]\.?$/;
const NUMERIC_NAME = /^(?:(?:post|pre)-)?(\d{1,2})\/(\d{1,2})$/i;
/** Context that makes "9/11" a name rather than a fraction or a date: "since 9/11", "the 9/11 attacks". */
const BEFORE_NUMERIC_NAME = new Set(['since', 'after', 'before', 'until', 'the', 'of', 'post', 'pre']);
const AFTER_NUMERIC_NAME = new Set(['attacks', 'attack', 'commission', 'anniversary', 'memorial', 'era', 'hijackers', 'victims']);
const MODIFIER_JOINERS = new Set(['of', 'and', '&', 'for']);

export function findMentions(sentence: string): Mention[] {
  const tokens = tokenize(sentence);
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const mention = headMention(sentence, tokens, i) ?? stormMention(sentence, tokens, i) ?? numericMention(tokens, i)
      ?? ordinaryMention(sentence, tokens, i) ?? matchMention(sentence, tokens, i);
    if (mention && !mentions.some((m) => m.start < mention.end && mention.start < m.end)) mentions.push(mention);
  }
  return mentions;
}

interface Modifier {
  /** Capitalised name words, dates and openers removed. */
  names: Token[];
  topics: Token[];
  /** The token just left of everything collected, when it belongs to the same phrase. */
  left: Token | undefined;
  year: string | null;
}

function headMention(sentence: string, tokens: Token[], h: number): Mention | null {
  const head = tokens[h];
  const rule = head && !head.possessive ? HEADS.get(head.lower) : undefined;
  if (!head || !rule) return null;
  const next = tokens[h + 1];
  const nextAdjacent = next && adjacent(sentence, head, next) ? next : undefined;
  // "summit meeting", "Marathon bombing": the last head names the event.
  if (nextAdjacent && HEADS.has(nextAdjacent.lower)) return null;
  const capitalHead = head.capital && h > 0;
  // "Election Commission", "Summit County": the head word is inside a longer name of something else.
  if (capitalHead && nextAdjacent?.capital && !ROMAN.test(nextAdjacent.text)) return null;
  // "Hackaday's March story", "the May 5 vote": a head that is also a month is a month before a lower-case word or a day.
  if (capitalHead && MONTHS.has(head.lower) && nextAdjacent && !nextAdjacent.capital) return null;

  const modifier = readModifier(sentence, tokens, h, capitalHead, rule.family);
  const modifierText = modifier.names.length ? spanText(sentence, modifier.names) : '';
  if (rule.modifierMust && !rule.modifierMust.test(modifierText)) return null;
  if (rule.modifierMustNot?.test(modifierText)) return null;

  const complement = rule.namedByComplement ? readComplement(sentence, tokens, h, capitalHead) : null;
  const bareComplement = complement && !modifier.names.length && (capitalHead || modifier.left?.lower === 'the');
  if (!licensed(rule, capitalHead, modifier) && !bareComplement) return null;

  const first = modifier.names[0] ?? modifier.topics[0] ?? head;
  let end = complement && bareComplement ? complement.end : head.end;
  let year = modifier.year;
  if (capitalHead) {
    const extension = readExtension(sentence, tokens, h);
    if (extension) ({ end } = extension);
    year = extension?.year ?? year;
  }
  // A bare "the coup" has no key and joins whichever coup the article names; "the midterms" is one election.
  const key = modifier.names.length
    ? keyOf(modifier.names)
    : bareComplement && complement ? complement.place.toLowerCase() : keyOf(modifier.topics) || electionKey(rule, head);
  return {
    name: sentence.slice(first.start, end),
    family: rule.family,
    key,
    start: first.start,
    end,
    year,
    place: bareComplement && complement ? complement.place : null,
  };
}

/** Walks left from the head over topic words, then over the capitalised name ("Iran" nuclear deal). */
function readModifier(sentence: string, tokens: Token[], h: number, capitalHead: boolean, family: Family): Modifier {
  const isTopic = (t: Token) => TOPIC_WORDS.has(t.lower) || (family === 'election' && ELECTION_WORDS.has(t.lower));
  let i = h - 1;
  const topics: Token[] = [];
  for (let t = tokens[i]; t && topics.length < 2 && linked(sentence, tokens, i) && !t.capital && isTopic(t); t = tokens[--i]) {
    topics.unshift(t);
  }
  const nameEnd = i + 1;
  let first = nameEnd;
  for (let t = tokens[i]; t && nameEnd - first < MAX_MODIFIER_TOKENS && linked(sentence, tokens, i); t = tokens[--i]) {
    // "Trade and Cooperation Agreement", "Bank of England": joiners only inside a capitalised name.
    const joins = capitalHead && first < nameEnd && MODIFIER_JOINERS.has(t.lower) && tokens[i - 1]?.capital;
    if (!t.capital && !joins) break;
    // A possessive starts another phrase ("Monday's meeting"), except in names like "Women's March".
    if (t.possessive && !capitalHead) break;
    first = i;
    if (t.possessive) break;
  }
  let year: string | null = null;
  for (let t = tokens[first]; t && first < nameEnd && (isOpener(t) || MODIFIER_JOINERS.has(t.lower)); t = tokens[++first]) {
    if (YEAR.test(t.text)) year = t.text;
  }
  // "Financial crisis hits...", "Price war...": only the sentence start capitalised this word.
  const opening = first === 0 && nameEnd === 1 ? tokens[0] : undefined;
  if (opening && isTopic(opening)) topics.unshift(tokens[first++] as Token);
  else if (opening && !capitalHead && isCommonWord(opening.lower)) first++;
  const left = first > 0 && linked(sentence, tokens, first - 1) ? tokens[first - 1] : undefined;
  return { names: tokens.slice(first, nameEnd), topics, left, year };
}

/** Whether token `i` is in the same phrase as token `i + 1`. */
function linked(sentence: string, tokens: Token[], i: number): boolean {
  const token = tokens[i];
  const after = tokens[i + 1];
  return Boolean(token && after && adjacent(sentence, token, after));
}

/** Words in front of a name that are not part of it: "The", "After", "June", "2016", "Tuesday". */
function isOpener(token: Token): boolean {
  const bare = token.lower.replace(/['’]s$/, '').replace(/\.$/, '');
  return NOT_NAME_WORDS.has(bare) || MONTHS.has(bare) || WEEKDAYS.has(bare) || YEAR.test(bare) || DAY_NUMBER.test(bare);
}

function licensed(rule: HeadRule, capitalHead: boolean, modifier: Modifier): boolean {
  const { names, topics, left } = modifier;
  // "412 Conflict" is a status code: a name needs a letter, unless it is one like "9/11".
  const named = names.some((t) => /\p{L}/u.test(t.text) || NUMERIC_NAME.test(t.text));
  if (capitalHead) return named || Boolean(rule.standalone);
  switch (rule.lower) {
    case 'never': return false;
    case 'chunk': return names.length > 0;
    case 'placeOrTopic':
      return names.length > 0 && (topics.length > 0 || names.some((t, i) => isPlaceLike(t, names[i + 1], rule.family)));
    case 'election': return names.length > 0 || topics.some((t) => ELECTION_WORDS.has(t.lower));
    case 'bare': return names.length > 0 || topics.length > 0 || left?.lower === 'the' || Boolean(left?.possessive);
  }
}

/**
 * "Iran", "Hong Kong", "U.S.-China", "9/11", and for gatherings "G20" or "NATO": modifiers that make a
 * meeting, a deal or a war an event. Other acronyms are too often companies or jargon ("IBM deal", "XSS attack").
 */
function isPlaceLike(token: Token, next: Token | undefined, family: Family): boolean {
  const bare = token.text.replace(/['’]s$/, '');
  if (NUMERIC_NAME.test(bare) || (family === 'gathering' && ACRONYM.test(bare))) return true;
  if (next !== undefined && isKnownPlace(`${bare} ${next.text}`)) return true;
  return bare.split(/[-–]/).some((part) => isKnownPlace(part) || DOTTED_COUNTRY.test(part));
}

interface Complement { end: number; place: string }

/** "of Versailles", "in Syria": a capitalised complement naming the event. */
function readComplement(sentence: string, tokens: Token[], h: number, capitalHead: boolean): Complement | null {
  const preposition = tokens[h + 1];
  if (!preposition || !(preposition.lower === 'of' || (!capitalHead && preposition.lower === 'in'))) return null;
  let i = h + 2;
  if (tokens[i]?.lower === 'the' && linked(sentence, tokens, i - 1)) i++;
  const place: Token[] = [];
  for (let t = tokens[i]; t?.capital && linked(sentence, tokens, i - 1) && !isOpener(t) && !t.possessive; t = tokens[++i]) {
    place.push(t);
  }
  if (!place.length || !linked(sentence, tokens, h)) return null;
  return { end: place[place.length - 1]?.end ?? preposition.end, place: spanText(sentence, place) };
}

/** "World War II", "Investment Company Act of 1940". */
function readExtension(sentence: string, tokens: Token[], h: number): { end: number; year: string | null } | null {
  const next = tokens[h + 1];
  if (!next || !linked(sentence, tokens, h)) return null;
  if (ROMAN.test(next.text)) return { end: next.end, year: null };
  const year = tokens[h + 2];
  if (next.lower === 'of' && year && YEAR.test(year.text) && linked(sentence, tokens, h + 1)) return { end: year.end, year: year.text };
  return null;
}

function stormMention(sentence: string, tokens: Token[], h: number): Mention | null {
  const word = tokens[h];
  const name = tokens[h + 1];
  if (!word?.capital || !STORM_WORDS.has(word.lower) || !name?.capital || !linked(sentence, tokens, h)) return null;
  if (isOpener(name) || NOT_STORM_NAMES.has(name.lower) || HEADS.has(name.lower)) return null;
  // Storms have one-word names; "Storm Prediction Center" is an agency.
  const after = tokens[h + 2];
  if (!name.possessive && after?.capital && linked(sentence, tokens, h + 1)) return null;
  const before = tokens[h - 1];
  // "Tropical Storm Bill" is a storm; "National Hurricane Center" is not.
  const tropical = before?.lower === 'tropical' && linked(sentence, tokens, h - 1);
  if (before?.capital && linked(sentence, tokens, h - 1) && !isOpener(before) && !tropical) return null;
  const start = tropical && before ? before.start : word.start;
  const end = name.end - (/['’]s$/.test(name.text) ? 2 : 0);
  return { name: sentence.slice(start, end), family: 'disaster', key: keyOf([name]), start, end, year: null, place: null };
}

function numericMention(tokens: Token[], i: number): Mention | null {
  const token = tokens[i];
  const match = token ? NUMERIC_NAME.exec(token.text) : null;
  if (!token || !match) return null;
  const month = Number(match[1]);
  const day = Number(match[2]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const before = tokens[i - 1]?.lower ?? '';
  const after = tokens[i + 1]?.lower ?? '';
  // "the 9/11 attacks" is read as a whole by the head word.
  if (HEADS.has(after)) return null;
  const prefixed = /^(?:post|pre)-/i.test(token.text);
  if (!prefixed && !BEFORE_NUMERIC_NAME.has(before) && !AFTER_NUMERIC_NAME.has(after)) return null;
  const name = `${month}/${day}`;
  const start = token.end - name.length;
  return { name, family: 'attack', key: name, start, end: token.end, year: null, place: null };
}

/** "the impeachment inquiry", "Tuesday's hearing": see event-phrases.ts. */
function ordinaryMention(sentence: string, tokens: Token[], i: number): Mention | null {
  const phrase = phraseMention(sentence, tokens, i);
  if (!phrase) return null;
  const { name, key, start, end, year, needsDate, descriptive } = phrase;
  const mention: Mention = { name, family: phrase.head.family, key, start, end, year, place: null, needsDate, descriptive };
  if (!phrase.named) mention.head = phrase.head.lemma;
  return mention;
}

/** "Russia beat Croatia": see event-results.ts. */
function matchMention(sentence: string, tokens: Token[], i: number): Mention | null {
  const result = resultMention(sentence, tokens, i);
  return result && { ...result, family: 'sport', head: 'result', year: null, place: null };
}

function spanText(sentence: string, tokens: readonly Token[]): string {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  return first && last ? sentence.slice(first.start, last.end) : '';
}

function keyOf(tokens: readonly Token[]): string {
  return tokens.map((t) => t.lower.replace(/['’]s$/, '').replace(/\./g, '')).join(' ').replace(/s$/, '');
}

function electionKey(rule: HeadRule, head: Token): string {
  return rule.family === 'election' ? head.lower.replace(/s$/, '') : '';
}
