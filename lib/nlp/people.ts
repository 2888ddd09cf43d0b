/**
 * Finds the people an article names, one entry per person with every surface form it uses.
 *
 * compromise alone splits titles into names ("President Vladimir"), keeps possessives and misses
 * unfamiliar names, so it is used for its tags and first-name lexicon while the name spans, the
 * person decision and the merging of "Putin" / "Mr. Putin" / "Vladimir Putin's" are done here.
 */
import type { Person } from '../types';
import { HONORIFICS, KINSHIP, NAME_PARTICLES, NON_PERSON_HEADS, SPEECH_VERBS, TITLE_ABBREVIATIONS, isRoleWord } from './lexicon';
import { creditSpans, inSpans, isCreditMark, type Span } from './credits';
import { findRoles } from './roles';
import {
  breaksAfter,
  hasFirstNameEntry,
  isCapitalized,
  isNameTag,
  lexiconTag,
  lower,
  tokenizeParagraphs,
  withoutPossessive,
  type Sentence,
  type Token,
} from './tokens';

/** A run of name-like tokens in one sentence: tokens[start, end). */
export interface NameSpan {
  sentence: number;
  start: number;
  end: number;
  /** Words of the name proper, possessive removed. */
  words: string[];
  /** The name as written ("George W. Bush"), possessive removed. */
  text: string;
  /** A courtesy title (Mr, Dr) stood right before the name. */
  honorific: string | null;
}

export interface Mention extends NameSpan {
  person: number;
}

interface PeopleContext {
  authors: readonly string[];
}

const FUNCTION_TAGS = ['Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Adverb', 'QuestionWord', 'Copula', 'Value', 'Date', 'Month', 'WeekDay', 'Modal', 'Negative', 'Expression'];

const isAcronym = (word: string) => word.length > 1 && word === word.toUpperCase() && /\p{Lu}.*\p{Lu}|\d/u.test(word);
const hasSurnameEntry = (word: string) => lexiconTag(lower(withoutPossessive(word))) === 'LastName';
/** Endings of abstract nouns ("Compliance", "Policy") that capitalised titles glue onto names. */
const COMMON_NOUN_ENDING = /(?:ance|ence|tion|sion|ment|ity|ness|ship|ism|acy|icy|ure|ing|ogy|ics)$/;
/**
 * Whether a capitalised word ends like a common noun. An "-ing" word counts only when the stem is an
 * English word ("Hosting", "Questioning"): "Jinping" and "Manning" are names.
 */
function hasCommonEnding(word: string): boolean {
  if (!COMMON_NOUN_ENDING.test(word)) return false;
  if (!word.endsWith('ing')) return true;
  const stem = word.slice(0, -3);
  // "host" -> "hosting", "cause" -> "causing", "run" -> "running".
  const forms = [stem, `${stem}e`, ...(/(.)\1$/u.test(stem) ? [stem.slice(0, -1)] : [])];
  return forms.some((form) => {
    const tag = lexiconTag(form);
    return form.length > 2 && tag !== undefined && !isNameTag(tag) && !['Place', 'Country', 'City', 'Demonym', 'Person'].includes(tag);
  });
}
const PLACE_PREPOSITIONS = new Set(['at', 'in', 'near', 'across', 'outside', 'inside']);
/** Titles that stay with a lone given name as its usual form: "Queen Elizabeth", "Pope Francis". */
const REGNAL_TITLES = new Set(['king', 'queen', 'prince', 'princess', 'pope', 'emperor', 'empress', 'sheikh', 'sultan', 'emir']);
/** A word the lexicon knows only as a name, or does not know at all: how unfamiliar names look. */
const isNameShaped = (word: string, common: Set<string>) => {
  const tag = lexiconTag(lower(word));
  return !common.has(lower(word)) && (tag === undefined || isNameTag(tag) || tag === 'Person');
};

function looksCommon(word: string, common: Set<string>): boolean {
  const tag = lexiconTag(word);
  return common.has(word) || hasCommonEnding(word) || (tag !== undefined && !isNameTag(tag));
}
const startsName = (token: Token) => /[^\s]/u.test(token.pre);
/** Function words by the lexicon, for when context tags a capitalised one as a name ("Although James has"). */
const LEXICON_FUNCTION_TAGS = new Set(['Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'QuestionWord']);
const isFunctionWord = (token: Token) =>
  FUNCTION_TAGS.some((name) => token.tags.has(name)) || (LEXICON_FUNCTION_TAGS.has(lexiconTag(lower(token.text)) ?? '') && !hasFirstNameEntry(token.text));

function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Words of the document that also appear in lower case: common words, not names. */
function lowercaseVocabulary(sentences: Sentence[]): Set<string> {
  const words = new Set<string>();
  for (const sentence of sentences) for (const token of sentence.tokens) if (!isCapitalized(token.text)) words.add(lower(token.text));
  return words;
}

const INITIALS = /^(?:\p{Lu}\.){1,3}$/u;
const NAME_SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/u;

/** `afterGivenName`: the word follows a first name in the same run, where "Weeks" or "Day" is a surname. */
function isNameWord(token: Token, afterGivenName = false): boolean {
  const word = withoutPossessive(token.text);
  if (INITIALS.test(word)) return true;
  if (word.includes('/')) return false;
  if (!isCapitalized(word) || isAcronym(word)) return false;
  if (/\d/.test(word)) return false;
  const dateTags = afterGivenName ? ['Month', 'WeekDay'] : ['Month', 'WeekDay', 'Date'];
  return !dateTags.some((tag) => token.tags.has(tag)) || hasFirstNameEntry(word);
}

function isTitleWord(token: Token): boolean {
  const word = lower(withoutPossessive(token.text));
  return HONORIFICS.has(word.replace(/\.$/, '')) || isRoleWord(word, !isCapitalized(token.text)) || token.tags.has('Honorific');
}

/** "Coach (Frank) Vogel": an editor's bracketed first name inside the name. */
function isInsertedName(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  const next = tokens[index + 1];
  return token !== undefined && next !== undefined && /\($/u.test(token.pre) && /^\)\s+$/u.test(token.post) && isNameWord(token) && isNameWord(next);
}

/** Capitalised runs of a sentence, split at punctuation, verbs and lower-case words (name particles excepted). */
function capitalizedRuns(tokens: Token[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = -1;
  const close = (end: number) => {
    if (start >= 0) runs.push([start, end]);
    start = -1;
  };
  tokens.forEach((token, index) => {
    // "Ursula von der Leyen": one or more particles, then the rest of the name.
    let rest = index;
    while (NAME_PARTICLES.has(tokens[rest]?.text ?? '')) rest++;
    const particle = rest > index && start >= 0 && tokens[rest] !== undefined && isNameWord(tokens[rest]!);
    const afterGivenName = start >= 0 && hasFirstNameEntry(tokens[index - 1]!.text) && !breaksAfter(tokens[index - 1]!);
    // "Coach Vogel", "Judge Ito": a capitalised title before a name, though the tagger read a verb.
    const title = isTitleWord(token) && isCapitalized(token.text) && isNameWord(tokens[index + 1] ?? token);
    if (!particle && (!isNameWord(token, afterGivenName) || (token.tags.has('Verb') && !token.tags.has('Person') && !title))) {
      close(index);
      return;
    }
    // "Smith Smith said": a name printed twice in a row is two mentions, not one longer name.
    const repeated = start >= 0 && tokens[index - 1]!.text === token.text;
    if (start >= 0 && ((startsName(token) && !isInsertedName(tokens, index)) || repeated)) close(index);
    if (start < 0) start = index;
    if (isInsertedName(tokens, index)) return;
    // "Mrs." and initials ("J. R. Smith") end in a full stop that does not end the name.
    const abbreviated =
      /^\.\s*$/.test(token.post) &&
      (HONORIFICS.has(lower(token.text)) || TITLE_ABBREVIATIONS.has(lower(token.text)) || /^\p{Lu}$/u.test(token.text));
    const beforeInserted = /^\s+\($/u.test(token.post) && isInsertedName(tokens, index + 1);
    if ((breaksAfter(token) && !abbreviated && !beforeInserted) || /['’]s$/u.test(token.text)) close(index + 1);
  });
  close(tokens.length);
  return runs;
}

interface Candidate extends NameSpan {
  /** Title or role words trimmed from the front of the run. */
  titled: boolean;
  /** Capitalised common words trimmed from the front ("Compliance" in "... and Compliance Rose Gottemoeller"). */
  prefixed: boolean;
}

function toCandidate(sentenceIndex: number, sentence: Sentence, [runStart, runEnd]: [number, number], common: Set<string>): Candidate | null {
  const tokens = sentence.tokens;
  let start = runStart;
  let titled = false;
  let prefixed = false;
  const hasPersonAfter = (from: number) => tokens.slice(from, runEnd).some((t) => t.tags.has('Person') || hasFirstNameEntry(t.text));
  // Peel off what stands before the name: titles ("Foreign Minister"), places ("Zimbabwe President"),
  // sentence-initial function words, and common words glued on by a capitalised title.
  for (let i = runStart; i < runEnd - 1; i++) {
    const token = tokens[i]!;
    const word = lower(withoutPossessive(token.text)).replace(/\.$/, '');
    if (isTitleWord(token)) {
      start = i + 1;
      titled = true;
    } else if (
      isFunctionWord(token) ||
      ((token.tags.has('Place') || token.tags.has('Organization') || token.tags.has('Demonym')) && !hasFirstNameEntry(token.text)) ||
      // "Ombudsman Jane Roe": a word the tagger reads as a common noun, capitalised as a title, before a first name.
      (!token.tags.has('ProperNoun') && !token.tags.has('Person') && !NAME_PARTICLES.has(word) && !/^\p{Lu}\.?$/u.test(token.text) && hasFirstNameEntry(tokens[i + 1]!.text)) ||
      // "F Hamidou Diallo", "G Chris Paul": a player's position letter before the name.
      (/^\p{Lu}$/u.test(token.text) && /^\s+$/u.test(token.post) && runEnd - i > 2) ||
      // "Hosting Cook at ...", "Questioning Smith": a verb's -ing form opening the sentence.
      (i === 0 && word.endsWith('ing') && hasCommonEnding(word) && !hasFirstNameEntry(token.text)) ||
      (looksCommon(word, common) && !hasFirstNameEntry(token.text) && hasPersonAfter(i + 1) && runEnd - i > 2 && !/^[-‐]$/u.test(token.post) &&
        !NAME_PARTICLES.has(tokens[i + 1]!.text) && !NAME_PARTICLES.has(word))
    ) {
      if (start === i) {
        start = i + 1;
        prefixed = prefixed || looksCommon(word, common);
      }
    }
  }
  if (start >= runEnd) return null;
  const paragraph = sentence.paragraphText;
  // "Thomas Coex/AFP/Getty Images", "Jane Roe | Bloomberg", "© Jane Roe": a photo credit.
  const last = tokens[runEnd - 1]!;
  if (isCreditMark(paragraph.slice(0, tokens[runStart]!.start), paragraph.slice(last.end, (tokens[runEnd]?.end ?? last.end) + 1))) return null;
  // “Mary Poppins”, “Dancing with the Stars”: the title of a work in quotation marks.
  if (/[“"‘]$/u.test(tokens[runStart]!.pre) && /^[,.!?]?[”"’]/u.test(last.post) && runStart === start) return null;
  const first = tokens[start]!;
  if (isFunctionWord(first) && !first.tags.has('Person')) return null;
  const before = start > runStart ? tokens[start - 1]! : undefined;
  const honorific =
    before && HONORIFICS.has(lower(before.text).replace(/\.$/, '')) ? before.text.replace(/\.$/, '') + (before.post.startsWith('.') ? '.' : '') : null;
  // Hyphenated names are one word: "Jean-Claude", "al-Assad".
  const words: string[] = [];
  for (let i = start; i < runEnd; i++) {
    const joined = i > start && /^[-‐]$/u.test(tokens[i - 1]!.post);
    if (joined) words[words.length - 1] += `-${tokens[i]!.text}`;
    else words.push(tokens[i]!.text);
  }
  words[words.length - 1] = withoutPossessive(words[words.length - 1]!);
  // "John Public Jr.": the suffix is no part of the name that tells people apart.
  if (words.length > 2 && NAME_SUFFIX.test(words.at(-1)!)) words.pop();
  const text = withoutPossessive(paragraph.slice(tokens[start]!.start, tokens[runEnd - 1]!.end).replace(/[()]/gu, ''));
  return { sentence: sentenceIndex, start, end: runEnd, words, text, honorific, titled, prefixed };
}

/** What the surrounding words say about a candidate: the cues that it names a person. */
function personCues(candidate: Candidate, tokens: Token[]): number {
  let cues = 0;
  const before = tokens[candidate.start - 1];
  const after = tokens[candidate.end];
  const last = tokens[candidate.end - 1]!;
  if (candidate.honorific) cues += 2;
  if (candidate.titled) cues += 2;
  if (candidate.prefixed && tokens[candidate.start]!.tags.has('Person')) cues += 1;
  if (before && !isCapitalized(before.text) && isRoleWord(lower(before.text))) cues += 2;
  if (before && KINSHIP.has(lower(before.text).replace(/[,]$/, ''))) cues += 2;
  if (after && SPEECH_VERBS.has(lower(after.text)) && !/[,;:.]/.test(last.post)) cues += candidate.words.length > 1 ? 1.5 : 1;
  if (after && /^,/.test(last.post) && ['who', 'a', 'an', 'the'].includes(lower(after.text))) cues += 1;
  if (/^,/.test(last.post) && startsWithRole(tokens, candidate.end)) cues += 2;
  if (before && lower(before.text) === 'to' && lower(tokens[candidate.start - 2]?.text ?? '') === 'according') cues += 1;
  if (before && ['named', 'called'].includes(lower(before.text))) cues += 1;
  // "Institute for Polar Studies": the tail of a longer proper name.
  const beforeLink = tokens[candidate.start - 2];
  // People are rarely "the X Y": "The Simple Dollar", "the Dread Pirate" are names of things.
  if (before && lower(before.text) === 'the' && !candidate.titled && !candidate.honorific) cues -= 2;
  const tailOfName =
    before && beforeLink && isCapitalized(beforeLink.text) && !candidate.titled &&
    (['of', 'for', '&'].includes(lower(before.text)) ||
      // "Marks and Spencer" is one name; "... of South Africa and Michael Venus" starts another.
      (lower(before.text) === 'and' && !beforeLink.tags.has('Person') && !(candidate.words.length > 1 && hasFirstNameEntry(candidate.words[0]!))));
  if (tailOfName) cues -= 2;
  // "at Madison Square Garden", "in Jackson Hole": places follow these far more often than people.
  if (before && PLACE_PREPOSITIONS.has(lower(before.text)) && !candidate.titled) cues -= 1;
  if (before && ['and', 'or'].includes(lower(before.text))) {
    const previous = tokens[candidate.start - 2];
    if (previous && (previous.tags.has('Person') || hasFirstNameEntry(previous.text))) cues += 1;
  }
  return cues;
}

/** ", deputy director of ...", ", a veteran diplomat": a role phrase opens at `from`. */
function startsWithRole(tokens: Token[], from: number): boolean {
  let i = from;
  if (['a', 'an', 'the'].includes(lower(tokens[i]?.text ?? ''))) i++;
  for (const token of tokens.slice(i, i + 4)) {
    if (isRoleWord(lower(withoutPossessive(token.text)), !isCapitalized(token.text))) return true;
    if (/[^\s\-‐]/u.test(token.post) || token.tags.has('Verb') || FUNCTION_TAGS.some((tag) => token.tags.has(tag))) return false;
  }
  return false;
}

/**
 * Whether the tagger took tokens[i] for a place or an organisation. The first half of a hyphenated
 * surname may be a town's name on its own ("Caldwell-Pope") and does not count; a country does
 * ("Agence France-Presse").
 */
function namesPlace(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  const known = lexiconTag(lower(token.text));
  const halfOfSurname = /^[-‐]$/u.test(token.post) && next !== undefined && !next.tags.has('Place') && known !== 'Country';
  return (token.tags.has('Place') || token.tags.has('Organization') || token.tags.has('Country')) && !halfOfSurname;
}

function looksLikeNonPerson(words: string[], tokens: Token[]): boolean {
  const last = lower(words[words.length - 1]!);
  if (NON_PERSON_HEADS.has(last)) return true;
  const anyPerson = tokens.some((t) => t.tags.has('Person') || hasFirstNameEntry(t.text));
  return !anyPerson && tokens.some((_, i) => namesPlace(tokens, i));
}

interface Cluster {
  full: string[];
  /** The fullest form as written. */
  name: string;
  forms: Map<string, number>;
  mentions: Mention[];
  /** Sentence of the latest mention so far, to resolve a shared surname to the nearest person. */
  lastSeen: number;
}

const keyOf = (words: string[]) => normalizeName(words.join(' '));

/** Each paragraph's credit ranges, read once per paragraph from its sentences. */
function paragraphCredits(sentences: Sentence[]): Map<number, Span[]> {
  const paragraphs = new Map<number, { text: string; bounds: Span[] }>();
  for (const sentence of sentences) {
    const first = sentence.tokens[0];
    const last = sentence.tokens.at(-1);
    if (!first || !last) continue;
    const paragraph = paragraphs.get(sentence.paragraph) ?? { text: sentence.paragraphText, bounds: [] };
    paragraph.bounds.push([first.start, last.end + last.post.length]);
    paragraphs.set(sentence.paragraph, paragraph);
  }
  const credits = new Map<number, Span[]>();
  for (const [index, { text, bounds }] of paragraphs) {
    const found = creditSpans(text, bounds);
    if (found.length > 0) credits.set(index, found);
  }
  return credits;
}

/** The people the paragraphs name, most mentioned first; byline authors are left out. */
export function findPeople(paragraphs: readonly string[], context: PeopleContext): Person[] {
  const sentences = tokenizeParagraphs(paragraphs);
  const common = lowercaseVocabulary(sentences);
  const candidates: Candidate[] = [];
  const cueScore = new Map<string, number>();
  const credits = paragraphCredits(sentences);
  sentences.forEach((sentence, index) => {
    const spans = credits.get(sentence.paragraph) ?? [];
    for (const run of capitalizedRuns(sentence.tokens)) {
      const candidate = toCandidate(index, sentence, run, common);
      if (!candidate || inSpans(sentence.tokens[candidate.start]!.start, spans)) continue;
      candidates.push(candidate);
      const key = keyOf(candidate.words);
      cueScore.set(key, (cueScore.get(key) ?? 0) + personCues(candidate, sentence.tokens));
    }
  });

  const singles = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    if (candidate.words.length !== 1) continue;
    const word = lower(candidate.words[0]!);
    singles.set(word, [...(singles.get(word) ?? []), candidate]);
  }

  // Full names first: two or more words that read as a person.
  const clusters: Cluster[] = [];
  const nearMisses: Candidate[] = [];
  const byKey = new Map<string, Cluster>();
  for (const candidate of candidates) {
    if (candidate.words.length < 2) continue;
    const key = keyOf(candidate.words);
    if (byKey.has(key)) continue;
    const tokens = sentences[candidate.sentence]!.tokens.slice(candidate.start, candidate.end);
    // "C. Eugene Steuerle": the first name follows the initials.
    const given = candidate.words.find((word) => !/^\p{Lu}\.?$/u.test(word)) ?? '';
    const firstName = hasFirstNameEntry(given) || lexiconTag(lower(given)) === 'Person';
    const cues = cueScore.get(key) ?? 0;
    // "Lee Park" is a person for all that parks are places, when a first name and a title say so.
    if (looksLikeNonPerson(candidate.words, tokens) && !(firstName && cues >= 2)) continue;
    const tagged = tokens.every((t) => t.tags.has('Person') || NAME_PARTICLES.has(t.text));
    const surname = candidate.words.at(-1)!;
    const surnameMentions = singles.get(lower(surname)) ?? [];
    const surnameCues = surnameMentions.reduce((sum, c) => sum + personCues(c, sentences[c.sentence]!.tokens), 0);
    // "Sierra Nevada": a last word the lexicon knows as a place (its tag may be a list), and nothing around it says person.
    const placeSurname = [lexiconTag(lower(surname))].flat().some((tag) => ['Region', 'Country', 'City'].includes(tag ?? ''));
    if (placeSurname && cues <= 0 && surnameCues <= 0) continue;
    // Without a first name, a phrase ending like "Recommendation" or "Management" is not a name.
    if (!firstName && hasCommonEnding(lower(surname)) && !hasSurnameEntry(surname)) continue;
    const notCommon = !common.has(lower(surname));
    const repeatedSurname = surnameMentions.filter((c) => c.words[0] === surname).length >= 2;
    // "Scooter Braun" ... "Scooter is frustrated": the given name alone, twice, is how the story calls a person.
    const repeatedGiven = candidate.words.length === 2 && (singles.get(lower(candidate.words[0]!))?.length ?? 0) >= 2;
    const plainProperNouns = tokens.every((t, i) => NAME_PARTICLES.has(t.text) || (t.tags.has('ProperNoun') && !namesPlace(tokens, i)));
    const evidence =
      (firstName ? 2 : 0) + (tagged ? 1 : plainProperNouns ? 0.5 : 0) + (hasSurnameEntry(surname) ? 1 : 0) + (repeatedSurname ? 1 : 0) + (repeatedGiven ? 1 : 0) +
      cues + Math.max(-1, Math.min(surnameCues, 2)) + (notCommon ? 0.5 : -2) +
      // "Vasek Pospisil", "Ghislaine Maxwell": names the lexicon does not know look like nothing else it
      // knows, unless the context says otherwise ("the Julian Reschke group").
      (cues >= 0 && candidate.words.every((word) => isNameShaped(word, common) || NAME_PARTICLES.has(word)) ? 1.5 : 0);
    if (evidence < 2.5) {
      if (evidence >= 1.5) nearMisses.push(candidate);
      continue;
    }
    const cluster = { full: candidate.words, name: candidate.text, forms: new Map(), mentions: [], lastSeen: candidate.sentence };
    mergeOrAdd(clusters, byKey, key, cluster);
  }
  // "defeated Robin Haase and Jean-Julien Rojer": a name nearly taken, joined by "and" to a person's.
  for (const candidate of nearMisses) {
    const tokens = sentences[candidate.sentence]!.tokens;
    const joined = candidates.filter(
      (other) =>
        other.sentence === candidate.sentence &&
        other.words.length > 1 &&
        ((other.end === candidate.start - 1 && lower(tokens[other.end]!.text) === 'and') ||
          (other.start === candidate.end + 1 && lower(tokens[candidate.end]!.text) === 'and')),
    );
    if (!joined.some((other) => byKey.has(keyOf(other.words)))) continue;
    const cluster = { full: candidate.words, name: candidate.text, forms: new Map(), mentions: [], lastSeen: candidate.sentence };
    mergeOrAdd(clusters, byKey, keyOf(candidate.words), cluster);
  }

  // Single words: surnames and first names of known people, or people named once with a title or kinship cue.
  for (const candidate of candidates) {
    if (candidate.words.length !== 1) continue;
    const word = lower(candidate.words[0]!);
    const token = sentences[candidate.sentence]!.tokens[candidate.start]!;
    // A person named by one word is a name, not an initial or a plural ("Islamists").
    if (NON_PERSON_HEADS.has(word) || common.has(word) || word.length < 2 || INITIALS.test(candidate.text) || token.tags.has('Plural')) continue;
    if (byKey.has(word) || resolveSingle(clusters, word, candidate.sentence, common)) continue;
    // "select General": a title alone names no one.
    if (isTitleWord(token)) continue;
    const tokens = sentences[candidate.sentence]!.tokens;
    const before = tokens[candidate.start - 1];
    const after = tokens[candidate.end];
    // "the Obama administration": the word names the person at its head.
    const heads = after !== undefined && lower(after.text) === 'administration' && !breaksAfter(tokens[candidate.end - 1]!) && (isNameShaped(word, common) || token.tags.has('Person'));
    const strong = candidate.honorific !== null || (before !== undefined && KINSHIP.has(lower(before.text))) || heads;
    // "President Obama", "President-elect Trump": a capitalised title, and a word that is a name or
    // recurs as one. A lower-case descriptor needs a name proper: "retailer Amazon" is a company.
    const capitalTitle = candidate.titled || (before !== undefined && isCapitalized(before.text) && isRoleWord(lower(before.text), false));
    const described = before !== undefined && !isCapitalized(before.text) && isRoleWord(lower(before.text));
    const name = token.tags.has('Person') || hasFirstNameEntry(token.text);
    const recurring = (singles.get(word)?.length ?? 0) >= 2;
    // "Freud was right", "as Einstein put it": a surname everyone knows, which the text treats as a person.
    const placeLike = (singles.get(word) ?? []).some((c) => PLACE_PREPOSITIONS.has(lower(sentences[c.sentence]!.tokens[c.start - 1]?.text ?? '')));
    const knownSurname =
      ['LastName', 'Person'].includes(lexiconTag(word) ?? '') && token.tags.has('Person') && !placeLike && (recurring || personCues(candidate, tokens) >= 1);
    // "President Trump": after a capitalised title, a word the lexicon knows as nothing else is a name too.
    if (!strong && !(capitalTitle && (name || recurring || isNameShaped(word, common))) && !(described && name) && !knownSurname) continue;
    const cluster = { full: candidate.words, name: candidate.text, forms: new Map(), mentions: [], lastSeen: candidate.sentence };
    byKey.set(word, cluster);
    clusters.push(cluster);
  }

  const authorKeys = new Set(context.authors.map(normalizeName));
  const mentions: Mention[] = [];
  for (const candidate of candidates) {
    const cluster =
      candidate.words.length === 1
        ? (resolveSingle(clusters, lower(candidate.words[0]!), candidate.sentence, common) ?? byKey.get(lower(candidate.words[0]!)))
        : findCluster(clusters, byKey, candidate.words);
    if (!cluster) continue;
    const form = (candidate.honorific ? `${candidate.honorific} ` : '') + candidate.text;
    cluster.forms.set(form, (cluster.forms.get(form) ?? 0) + 1);
    const mention = { ...candidate, person: clusters.indexOf(cluster) };
    cluster.lastSeen = candidate.sentence;
    cluster.mentions.push(mention);
    mentions.push(mention);
  }

  const kept = clusters.filter((cluster) => cluster.mentions.length > 0 && !authorKeys.has(keyOf(cluster.full)));
  const roles = findRoles(sentences, mentions, clusters.length);
  const people = kept.map((cluster): Person => {
    const name = cluster.full.length === 1 ? regnalName(cluster, sentences) : cluster.name;
    const personRoles = roles[clusters.indexOf(cluster)]!;
    return {
      name,
      key: keyOf(cluster.full),
      role: personRoles.roles[0] ?? null,
      roles: personRoles.roles,
      aliases: [...cluster.forms.keys()].filter((form) => form !== name),
      mentions: cluster.mentions.length,
      official: personRoles.official,
      evidence: personRoles.evidence,
    };
  });
  return people.sort((a, b) => b.mentions - a.mentions);
}

/** "Queen Elizabeth", "Pope Francis": a lone given name keeps the royal or papal title it is known by. */
function regnalName(cluster: Cluster, sentences: Sentence[]): string {
  for (const mention of cluster.mentions) {
    const title = sentences[mention.sentence]!.tokens[mention.start - 1];
    if (title && isCapitalized(title.text) && REGNAL_TITLES.has(lower(title.text)) && !breaksAfter(title)) return `${title.text} ${cluster.name}`;
  }
  return cluster.name;
}

/** The same person under a longer or shorter full name: same first and last word ("Te Kaurinui Parata"). */
function mergeOrAdd(clusters: Cluster[], byKey: Map<string, Cluster>, key: string, cluster: Cluster) {
  const same = clusters.find((other) => sameFullName(other.full, cluster.full));
  if (same) {
    // The fullest form: more words, or a longer given name ("Joshua" over "Josh").
    if (cluster.full.length > same.full.length || (cluster.full.length === same.full.length && cluster.name.length > same.name.length)) {
      same.full = cluster.full;
      same.name = cluster.name;
    }
    byKey.set(key, same);
    return;
  }
  byKey.set(key, cluster);
  clusters.push(cluster);
}

/**
 * Two full names of one person: the same first and last word ("Te Kaurinui Parata"), or the opening
 * or closing words of the longer name, two or more of them ("Van Der Beek", "Hawk Sawyer" for
 * "Kathleen Hawk Sawyer").
 */
function sameFullName(a: string[], b: string[]): boolean {
  const [shorter, longer] = (a.length <= b.length ? [a, b] : [b, a]).map((words) => words.map(lower)) as [string[], string[]];
  const part = (from: number) => shorter.every((word, i) => longer[from + i] === word);
  if (shorter.length >= 2 && shorter.length < longer.length && (part(0) || part(longer.length - shorter.length))) return true;
  // "Josh Apte" and "Joshua Apte": a short form of the first name.
  const givenName = shorter[0] === longer[0] || (shorter[0]!.length >= 3 && (longer[0]!.startsWith(shorter[0]!) || shorter[0]!.startsWith(longer[0]!)));
  if (!givenName || shorter.at(-1) !== longer.at(-1)) return false;
  if (shorter.length === 2 && longer.length === 2) return true;
  return shorter.every((word) => longer.includes(word));
}

function findCluster(clusters: Cluster[], byKey: Map<string, Cluster>, words: string[]): Cluster | undefined {
  return byKey.get(keyOf(words)) ?? clusters.find((cluster) => sameFullName(cluster.full, words));
}

/**
 * A lone word names a known person when it is their surname (the most recently mentioned one wins
 * when several share it) or, failing that, the first word(s) of exactly one person.
 */
function resolveSingle(clusters: Cluster[], word: string, sentence: number, common: Set<string>): Cluster | undefined {
  const bySurname = clusters.filter((c) => c.full.length > 1 && surnameForms(c.full.at(-1)!).includes(word));
  if (bySurname.length === 1) return bySurname[0];
  if (bySurname.length > 1) {
    const earlier = bySurname.filter((c) => c.lastSeen <= sentence);
    return (earlier.length ? earlier : bySurname).sort((a, b) => b.lastSeen - a.lastSeen)[0];
  }
  // "The Bill would require...": a first name that is also a word of the text is not taken alone.
  if (common.has(word)) return undefined;
  const byFirst = clusters.filter((c) => c.full.length > 1 && lower(c.full[0]!) === word);
  return byFirst.length === 1 ? byFirst[0] : undefined;
}

/** "al-Assad" is also "Assad" when it stands alone. */
function surnameForms(surname: string): string[] {
  const word = lower(surname);
  const bare = word.replace(/^(?:al|el|ad|as|ash|abu|bin|ben)-/u, '');
  return bare === word ? [word] : [word, bare];
}
