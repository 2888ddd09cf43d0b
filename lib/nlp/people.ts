/**
 * Finds the people an article names, one entry per person with every surface form it uses.
 *
 * compromise alone splits titles into names ("President Vladimir"), keeps possessives and misses
 * unfamiliar names, so it is used for its tags and first-name lexicon while the name spans, the
 * person decision and the merging of "Putin" / "Mr. Putin" / "Vladimir Putin's" are done here.
 */
import type { Person } from '../types';
import { HONORIFICS, KINSHIP, NAME_PARTICLES, NON_PERSON_HEADS, SPEECH_VERBS, TITLE_ABBREVIATIONS, isRoleWord } from './lexicon';
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
const PLACE_PREPOSITIONS = new Set(['at', 'in', 'near', 'across', 'outside', 'inside']);
/** Credit and caption lines name photographers, not people of the story. */
const CREDIT_LINE = /^(?:credits?|photo(?:graph)?s?|pictures?|images?|illustrations?|video)\b(?:\s+by)?\s*[:/]?/i;

function looksCommon(word: string, common: Set<string>): boolean {
  const tag = lexiconTag(word);
  return common.has(word) || COMMON_NOUN_ENDING.test(word) || (tag !== undefined && !isNameTag(tag));
}
const startsName = (token: Token) => /[^\s]/u.test(token.pre);

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

function isNameWord(token: Token): boolean {
  const word = withoutPossessive(token.text);
  if (INITIALS.test(word)) return true;
  if (word.includes('/')) return false;
  if (!isCapitalized(word) || isAcronym(word)) return false;
  if (/\d/.test(word)) return false;
  return !['Month', 'WeekDay', 'Date'].some((tag) => token.tags.has(tag)) || hasFirstNameEntry(word);
}

function isTitleWord(token: Token): boolean {
  const word = lower(withoutPossessive(token.text));
  return HONORIFICS.has(word.replace(/\.$/, '')) || isRoleWord(word, !isCapitalized(token.text)) || token.tags.has('Honorific');
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
    const particle = NAME_PARTICLES.has(token.text) && start >= 0 && isNameWord(tokens[index + 1] ?? token);
    if (!particle && (!isNameWord(token) || (token.tags.has('Verb') && !token.tags.has('Person')))) {
      close(index);
      return;
    }
    if (start >= 0 && startsName(token)) close(index);
    if (start < 0) start = index;
    // "Mrs." and initials ("J. R. Smith") end in a full stop that does not end the name.
    const abbreviated =
      /^\.\s*$/.test(token.post) &&
      (HONORIFICS.has(lower(token.text)) || TITLE_ABBREVIATIONS.has(lower(token.text)) || /^\p{Lu}$/u.test(token.text));
    if ((breaksAfter(token) && !abbreviated) || /['’]s$/u.test(token.text)) close(index + 1);
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
      FUNCTION_TAGS.some((tag) => token.tags.has(tag)) ||
      ((token.tags.has('Place') || token.tags.has('Organization')) && !hasFirstNameEntry(token.text)) ||
      (looksCommon(word, common) && !hasFirstNameEntry(token.text) && hasPersonAfter(i + 1) && runEnd - i > 2 && !/^[-‐]$/u.test(token.post) && !NAME_PARTICLES.has(tokens[i + 1]!.text))
    ) {
      if (start === i) {
        start = i + 1;
        prefixed = prefixed || looksCommon(word, common);
      }
    }
  }
  if (start >= runEnd) return null;
  // "Thomas Coex/AFP/Getty Images", "(Ellen M. Banner / The Seattle Times)": a photo credit.
  if (/^\s*\//.test(tokens[runEnd - 1]!.post) || tokens[runEnd]?.text.startsWith('/')) return null;
  const first = tokens[start]!;
  if (FUNCTION_TAGS.some((tag) => first.tags.has(tag)) && !first.tags.has('Person')) return null;
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
  const paragraph = sentence.paragraphText;
  const text = withoutPossessive(paragraph.slice(tokens[start]!.start, tokens[runEnd - 1]!.end));
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
    (['of', 'for', '&'].includes(lower(before.text)) || (lower(before.text) === 'and' && !beforeLink.tags.has('Person')));
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

function looksLikeNonPerson(words: string[], tokens: Token[]): boolean {
  const last = lower(words[words.length - 1]!);
  if (NON_PERSON_HEADS.has(last)) return true;
  const anyPerson = tokens.some((t) => t.tags.has('Person') || hasFirstNameEntry(t.text));
  return !anyPerson && tokens.some((t) => t.tags.has('Place') || t.tags.has('Organization') || t.tags.has('Country'));
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

/** The people the paragraphs name, most mentioned first; byline authors are left out. */
export function findPeople(paragraphs: readonly string[], context: PeopleContext): Person[] {
  const sentences = tokenizeParagraphs(paragraphs);
  const common = lowercaseVocabulary(sentences);
  const candidates: Candidate[] = [];
  const cueScore = new Map<string, number>();
  sentences.forEach((sentence, index) => {
    if (CREDIT_LINE.test(sentence.text)) return;
    for (const run of capitalizedRuns(sentence.tokens)) {
      const candidate = toCandidate(index, sentence, run, common);
      if (!candidate) continue;
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
  const byKey = new Map<string, Cluster>();
  for (const candidate of candidates) {
    if (candidate.words.length < 2) continue;
    const key = keyOf(candidate.words);
    if (byKey.has(key)) continue;
    const tokens = sentences[candidate.sentence]!.tokens.slice(candidate.start, candidate.end);
    // "C. Eugene Steuerle": the first name follows the initials.
    const firstName = hasFirstNameEntry(candidate.words.find((word) => !/^\p{Lu}\.?$/u.test(word)) ?? '');
    const cues = cueScore.get(key) ?? 0;
    // "Lee Park" is a person for all that parks are places, when a first name and a title say so.
    if (looksLikeNonPerson(candidate.words, tokens) && !(firstName && cues >= 2)) continue;
    const tagged = tokens.every((t) => t.tags.has('Person') || NAME_PARTICLES.has(t.text));
    const surname = candidate.words.at(-1)!;
    const surnameMentions = singles.get(lower(surname)) ?? [];
    const surnameCues = surnameMentions.reduce((sum, c) => sum + personCues(c, sentences[c.sentence]!.tokens), 0);
    // Without a first name, a phrase ending like "Recommendation" or "Management" is not a name.
    if (!firstName && COMMON_NOUN_ENDING.test(lower(surname)) && !hasSurnameEntry(surname)) continue;
    const notCommon = !common.has(lower(surname));
    const repeatedSurname = surnameMentions.filter((c) => c.words[0] === surname).length >= 2;
    const plainProperNouns = tokens.every((t) => t.tags.has('ProperNoun') && !t.tags.has('Place') && !t.tags.has('Organization'));
    const evidence =
      (firstName ? 2 : 0) + (tagged ? 1 : plainProperNouns ? 0.5 : 0) + (hasSurnameEntry(surname) ? 1 : 0) + (repeatedSurname ? 1 : 0) +
      cues + Math.min(surnameCues, 2) + (notCommon ? 0.5 : -2);
    if (evidence < 2.5) continue;
    const cluster = { full: candidate.words, name: candidate.text, forms: new Map(), mentions: [], lastSeen: candidate.sentence };
    mergeOrAdd(clusters, byKey, key, cluster);
  }

  // Single words: surnames and first names of known people, or people named once with a title or kinship cue.
  for (const candidate of candidates) {
    if (candidate.words.length !== 1) continue;
    const word = lower(candidate.words[0]!);
    const token = sentences[candidate.sentence]!.tokens[candidate.start]!;
    // A person named by one word is a name, not an initial or a plural ("Islamists").
    if (NON_PERSON_HEADS.has(word) || common.has(word) || word.length < 2 || INITIALS.test(candidate.text) || token.tags.has('Plural')) continue;
    if (byKey.has(word) || resolveSingle(clusters, word, candidate.sentence, common)) continue;
    const tokens = sentences[candidate.sentence]!.tokens;
    const before = tokens[candidate.start - 1];
    const strong = candidate.honorific !== null || (before !== undefined && KINSHIP.has(lower(before.text)));
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
    if (!strong && !(capitalTitle && (name || recurring)) && !(described && name) && !knownSurname) continue;
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
    const name = cluster.name;
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

/** The same person under a longer or shorter full name: same first and last word ("Te Kaurinui Parata"). */
function mergeOrAdd(clusters: Cluster[], byKey: Map<string, Cluster>, key: string, cluster: Cluster) {
  const same = clusters.find((other) => sameFullName(other.full, cluster.full));
  if (same) {
    if (cluster.full.length > same.full.length) {
      same.full = cluster.full;
      same.name = cluster.name;
    }
    byKey.set(key, same);
    return;
  }
  byKey.set(key, cluster);
  clusters.push(cluster);
}

function sameFullName(a: string[], b: string[]): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (lower(shorter[0]!) !== lower(longer[0]!) || lower(shorter.at(-1)!) !== lower(longer.at(-1)!)) return false;
  return shorter.every((word) => longer.some((other) => lower(other) === lower(word)));
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
