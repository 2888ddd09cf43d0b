/**
 * Events said in ordinary words: a lower-case event noun ("trial", "crash", "merger") with the noun phrase
 * around it ("the impeachment inquiry", "Tuesday's hearing", "Spain's 2-1 win over Russia", "launch of
 * Disney+"). Whether the phrase is one particular event a reader would date depends on the head's
 * strength and on what the phrase carries: a determiner, a name, a date.
 */
import { HEADS, lexiconTags, MONTHS, WEEKDAYS } from './event-lexicon';
import {
  DEFINITE, INDEFINITE, PHRASE_HEADS, PHRASE_STOPS, type PhraseHead, POSSESSIVE_PRONOUNS, TIME_WORDS,
} from './event-phrase-lexicon';
import { adjacent, type Token } from './event-text';

export interface PhraseMention {
  name: string;
  head: PhraseHead;
  /** Whether the head is one of the named-event heads too ("election", "deal"): it then merges as they do. */
  named: boolean;
  key: string;
  start: number;
  end: number;
  year: string | null;
  /** A weak phrase ("the phone call") is an event only if the sentence dates it in the same clause. */
  needsDate: boolean;
  /** The key has no name in it, only describing words ("deadly", "record-breaking second"). */
  descriptive: boolean;
}

const MAX_MODIFIERS = 5;
const MAX_LOWER_MODIFIERS = 3;
const YEAR = /^(?:1[6-9]|20)\d\d$/;
const NUMBER = /^\d/;
/** "2-1", "112-107": a result, which names a match. */
const SCORE = /^\d{1,3}-\d{1,3}$/;
const AMOUNT_WORDS = new Set(['million', 'billion', 'trillion', 'thousand', 'hundred', 'dozen', 'percent']);
/** Speech verbs: "said Monday in a phone interview" is where a quote comes from, not an event. */
/** "other protests", "another trial": events besides the story's own. */
const OTHER = new Set(['other', 'another', 'previous', 'prior', 'earlier', 'past', 'recent']);
/** Modifiers that give a head its non-event sense: "free trial", "clinical trial". */
const OTHER_SENSE = new Set(['free', 'clinical']);
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'tells', 'added', 'explained', 'noted', 'wrote', 'according', 'speaking', 'joked']);
/** Tags of compromise's lexicon that end a noun phrase: a verb, an adverb, a function word. */
const NOT_MODIFIER_TAGS = /\b(?:Verb|PastTense|PresentTense|Infinitive|Modal|Copula|Auxiliary|Adverb|Preposition|Conjunction|Pronoun|Determiner|QuestionWord|Negative)\b/;
/** Tags that make the word after a head a noun, so the head is only its modifier ("trial lawyer", "crash course"). */
const NOUN_TAGS = /\b(?:Singular|Plural|Uncountable|Noun|Actor)\b/;

/** Event nouns that also name events with a capital modifier ("Iran nuclear deal") join in lower case. */
const NAMED_PHRASE_HEADS: ReadonlyMap<string, PhraseHead> = new Map(
  [
    ['election', 'strong', []], ['elections', 'strong', []], ['referendum', 'strong', []], ['primary', 'weak', []],
    ['caucuses', 'weak', []], ['war', 'weak', []], ['invasion', 'strong', ['of']], ['siege', 'strong', ['of']],
    ['attack', 'weak', []], ['attacks', 'weak', []], ['shooting', 'strong', []], ['bombing', 'strong', []],
    ['deal', 'weak', []], ['agreement', 'weak', []], ['protest', 'weak', []], ['protests', 'weak', []],
    ['rally', 'weak', []], ['summit', 'strong', []], ['conference', 'weak', ['of']], ['meeting', 'weak', []],
    ['talks', 'weak', []], ['outbreak', 'weak', []], ['earthquake', 'strong', []],
  ].map(([word, strength, complements]) => {
    const rule = HEADS.get(word as string);
    const plural = /(?:[^s]s|ies)$/.test(word as string);
    return [word as string, { family: rule?.family ?? 'gathering', lemma: (word as string).replace(/s$/, ''), strength, complements, plural }] as [string, PhraseHead];
  }),
);

function tagsOf(word: string): string {
  return lexiconTags(word) ?? '';
}

/** Every surface form of a phrase head, for the cheap sentence filter. */
export const PHRASE_HEAD_WORDS: readonly string[] = [...PHRASE_HEADS.keys(), ...NAMED_PHRASE_HEADS.keys()];

function isPhraseHead(word: string): boolean {
  return PHRASE_HEADS.has(word) || NAMED_PHRASE_HEADS.has(word);
}

/** The event phrase whose head is token `h`, if it is one. */
export function phraseMention(sentence: string, tokens: readonly Token[], h: number): PhraseMention | null {
  const token = tokens[h];
  if (!token || token.capital) return null;
  const bare = token.lower.replace(/['’]s$/, '');
  const named = NAMED_PHRASE_HEADS.get(bare);
  const head = PHRASE_HEADS.get(bare) ?? named;
  if (!head) return null;
  const isNamed = Boolean(named) && !PHRASE_HEADS.has(bare);
  const next = tokens[h + 1];
  if (!token.possessive && next && adjacent(sentence, token, next) && usedAsModifier(token, next)) return null;
  // "the firm bid $16.50": a head followed by a price is a verb.
  if (/^\s*[$£€]/.test(sentence.slice(token.end))) return null;

  const left = readLeft(sentence, tokens, h);
  const complement = readComplement(sentence, tokens, h, head);
  if (figurative(tokens, h, head)) return null;
  if (left.counted || (left.determiner === 'none' && !left.modifiers.length && !left.possessor)) return null;
  if (reportingSetting(tokens, h, left)) return null;
  // "the deal", "Monday's meeting": a named-event noun alone is left to the named events it may repeat,
  // unless the phrase gives it a year of its own ("next year's election", "last year's summit").
  if (isNamed && !left.possessor && !left.modifiers.length && !complement && !left.year) return null;
  // "Chinese purchases": a nationality says whose, not which. A named-event head with a name in front was
  // judged by the named-event rules already ("Iran nuclear deal" yes, "IBM deal" no).
  const properModifier = !isNamed && left.modifiers.some((t) => isProper(t) && !isDemonym(t));
  const dated = left.dated || left.modifiers.some(isDateWord);
  // A strong head needs a determiner, a possessor or a name, and if plural or indefinite a date too. A weak
  // one needs a name in front ("the BBC interview"), a date ("Tuesday's call") or a naming complement
  // ("launch of Disney+", "2-1 win over Russia"); its owner alone ("Dell's buyout") is not enough.
  const strength = head.strongWith?.test(left.modifiers.map((t) => t.lower).join(' ')) ? 'strong' : head.strength;
  const needsDate = dated || complement || left.modifiers.some((t) => SCORE.test(t.text))
    ? false
    : strength === 'dated' ? true
      : strength === 'weak'
      ? !properModifier
      : left.determiner === 'indefinite' || (head.plural && !properModifier) || (left.determiner === 'none' && !properModifier);

  const firstToken = left.possessor ?? left.modifiers[0] ?? token;
  const end = complement?.end ?? token.end - (token.possessive && /['’]s$/.test(token.text) ? 2 : 0);
  const keyTokens = [left.possessor, ...left.modifiers.filter((t) => !isDateWord(t)), ...(complement?.tokens ?? [])]
    .filter((t): t is Token => t !== undefined);
  const properKey = keyTokens.filter(isProper);
  // "the military takeover" is a coup, and joins the coup the article names.
  const coup = head.lemma === 'takeover' && left.modifiers.some((t) => t.lower === 'military');
  return {
    name: sentence.slice(firstToken.start, end),
    head: coup ? { ...head, family: 'coup' } : head,
    named: isNamed || coup,
    // A result is the same match from either side: "Spain's win over Russia", "Russia vs. Spain".
    key: head.lemma === 'result' ? keyOf(properKey).split(' ').sort().join(' ') : keyOf(properKey.length ? properKey : keyTokens),
    start: firstToken.start,
    end,
    year: left.modifiers.find((t) => YEAR.test(t.text))?.text ?? null,
    needsDate,
    descriptive: !properKey.length && keyTokens.length > 0,
  };
}

type Determiner = 'definite' | 'possessive' | 'indefinite' | 'none';

interface Left {
  modifiers: Token[];
  /** "Epstein's death": a name that owns the event. */
  possessor: Token | undefined;
  determiner: Determiner;
  /** "Tuesday's hearing", "last year's final": the phrase opens on a date. */
  dated: boolean;
  /** "next year's", "2016's": that date is a year. */
  year: boolean;
  /** "9 million deaths", "$3 billion deal", "911 calls", "other protests": a count, or not this story's event. */
  counted: boolean;
}

/** Walks left from the head over its modifiers to the determiner, possessive or word that ends the phrase. */
function readLeft(sentence: string, tokens: readonly Token[], h: number): Left {
  const left: Left = { modifiers: [], possessor: undefined, determiner: 'none', dated: false, year: false, counted: false };
  let lower = 0;
  for (let i = h - 1; i >= 0 && left.modifiers.length < MAX_MODIFIERS; i--) {
    const t = tokens[i] as Token;
    if (!adjacent(sentence, t, tokens[i + 1] as Token)) break;
    const bare = t.lower.replace(/['’]s$/, '');
    if (t.possessive) {
      left.determiner = 'possessive';
      left.year = bare === 'year' || YEAR.test(bare);
      if (isDateWord(t) || TIME_WORDS.has(bare)) left.dated = true;
      else if (isProper(t)) left.possessor = t;
      break;
    }
    if (DEFINITE.has(t.lower)) { left.determiner = 'definite'; break; }
    if (POSSESSIVE_PRONOUNS.has(t.lower)) { left.determiner = 'possessive'; break; }
    if (OTHER.has(t.lower) || OTHER_SENSE.has(t.lower)) { left.counted = true; break; }
    if (INDEFINITE.has(t.lower)) { left.determiner = 'indefinite'; break; }
    if (PHRASE_STOPS.has(t.lower) || TIME_WORDS.has(t.lower)) break;
    // "9 million deaths", "$3 billion deal", "the last 10 games": a count or an amount, not one event.
    // A number before a name is part of it ("the 737 Max crashes"), and a day after a month is a date.
    const previous = tokens[i - 1];
    const modelNumber = NUMBER.test(t.text)
      && ((left.modifiers[0] !== undefined && isProper(left.modifiers[0])) || (previous !== undefined && MONTHS.has(previous.lower.replace(/\.$/, ''))));
    if (AMOUNT_WORDS.has(t.lower) || (NUMBER.test(t.text) && !YEAR.test(t.text) && !SCORE.test(t.text) && !modelNumber)) {
      left.counted = true;
      break;
    }
    if (!t.capital && !NUMBER.test(t.text) && !isModifierWord(t.lower, ++lower)) break;
    left.modifiers.unshift(t);
  }
  return left;
}

interface Complement { end: number; tokens: Token[] }

/** "of Disney", "over the Oklahoma City Thunder", "of King and Weeks": a capitalised object naming the event. */
function readComplement(sentence: string, tokens: readonly Token[], h: number, head: PhraseHead): Complement | null {
  const preposition = tokens[h + 1];
  const head_ = tokens[h] as Token;
  if (!preposition || !head.complements.includes(preposition.lower) || !adjacent(sentence, head_, preposition)) return null;
  let i = h + 2;
  if (tokens[i]?.lower === 'the' && adjacent(sentence, preposition, tokens[i] as Token)) i++;
  const object: Token[] = [];
  for (let t = tokens[i]; t && adjacent(sentence, tokens[i - 1] as Token, t); t = tokens[++i]) {
    const joiner = (t.lower === 'and' || t.lower === 'of') && object.length > 0 && tokens[i + 1]?.capital;
    if (!(t.capital && !isDateWord(t) && !NUMBER.test(t.text)) && !joiner) break;
    object.push(t);
    if (t.possessive) break;
  }
  while (object.length && !object[object.length - 1]?.capital) object.pop();
  const last = object[object.length - 1];
  if (!last) return null;
  return { end: last.end - (last.possessive && /['’]s$/.test(last.text) ? 2 : 0), tokens: object };
}

/** A lower-case word that can sit in front of an event noun ("impeachment", "deadly", "networking"). */
function isModifierWord(word: string, count: number): boolean {
  if (count > MAX_LOWER_MODIFIERS || /ly$/.test(word)) return false;
  const tags = tagsOf(word);
  // Words compromise does not know: "-s" forms are mostly verbs here ("satellite shows fires").
  return tags ? !NOT_MODIFIER_TAGS.test(tags) : !/[^s]s$/.test(word);
}

/** "an explosion of violence", "the collapse of trust": a disaster noun before "of" and a bare noun is a figure. */
function figurative(tokens: readonly Token[], h: number, head: PhraseHead): boolean {
  const object = tokens[h + 2];
  return head.family === 'disaster' && tokens[h + 1]?.lower === 'of' && object !== undefined && !object.capital
    && !DEFINITE.has(object.lower) && !POSSESSIVE_PRONOUNS.has(object.lower) && !INDEFINITE.has(object.lower);
}

/** "Cook said Tuesday in a fireside chat", "told reporters at a news conference": the setting of a quote. */
function reportingSetting(tokens: readonly Token[], h: number, left: Left): boolean {
  const first = h - left.modifiers.length - (left.determiner === 'none' ? 0 : 1);
  const preposition = tokens[first - 1]?.lower;
  if (preposition !== 'in' && preposition !== 'at' && preposition !== 'during') return false;
  return tokens.slice(Math.max(0, first - 6), first - 1).some((t) => SPEECH_VERBS.has(t.lower));
}

/** A name: upper-case letter first ("Senate", "Epstein's"), not a date or a number ("66-year-old's"). */
function isProper(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text) && !isDateWord(t);
}

function isDemonym(t: Token): boolean {
  return /\bDemonym\b/.test(tagsOf(t.lower));
}

function isDateWord(t: Token): boolean {
  const bare = t.lower.replace(/['’]s$/, '').replace(/\.$/, '');
  return MONTHS.has(bare) || WEEKDAYS.has(bare) || YEAR.test(bare);
}

/** "trial lawyer", "crash course", "Mugabe's ruling Zanu-PF": the head word only describes the next noun. */
function usedAsModifier(head: Token, next: Token): boolean {
  if (next.capital) return /ing$/.test(head.lower) && !isDateWord(next) && !NUMBER.test(next.text);
  return isNoun(next.lower);
}

/** Whether a lower-case word after a head is a noun the head modifies. */
function isNoun(word: string): boolean {
  if (isPhraseHead(word) || HEADS.has(word)) return true;
  const tags = tagsOf(word);
  if (tags) return NOUN_TAGS.test(tags) && !NOT_MODIFIER_TAGS.test(tags);
  // Unknown words that do not look like verbs or adverbs are nouns ("merger consideration").
  return /^\p{Ll}+$/u.test(word) && !/(?:ed|s|ing|ly)$/.test(word);
}

function keyOf(tokens: readonly Token[]): string {
  return tokens.map((t) => t.lower.replace(/['’]s$/, '').replace(/\./g, '')).join(' ');
}
