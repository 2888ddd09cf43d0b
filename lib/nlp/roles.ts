/**
 * Roles from the article's own words, each with the sentence that states it:
 * a title before the name ("Foreign Minister Sergei Lavrov", "Putin's official spokesman Dmitry Peskov"),
 * a role set off before the name ("Yahoo's chief executive, Marissa Mayer"), an appositive after it
 * ("Valery Garbuzov, deputy director of ..."), and a copula ("Cullen is an integral member of ...").
 */
import type { RoleEvidence } from '../types';
import { KINSHIP, TITLE_ABBREVIATIONS, isRoleWord } from './lexicon';
import { isOfficial } from './officials';
import type { Mention } from './people';
import {
  breaksAfter,
  hasFirstNameEntry,
  isCapitalized,
  isNameTag,
  lexiconTag,
  lower,
  textBetween,
  withoutPossessive,
  type Sentence,
  type Token,
} from './tokens';

export interface PersonRoles {
  roles: string[];
  official: boolean;
  evidence: RoleEvidence[];
}

const hasComma = (text: string) => text.includes(',');
const STOP_TAGS = ['Verb', 'Pronoun', 'QuestionWord', 'Copula', 'Modal', 'Negative', 'Date', 'WeekDay', 'Month'];
const NOT_MODIFIER_TAGS = [...STOP_TAGS, 'Preposition', 'Conjunction', 'Determiner', 'Gerund', 'Adverb'];
const LINKS = new Set(['of', 'for', 'at', 'on', 'to']);
const ARTICLES = new Set(['a', 'an', 'the']);
/** Degrees and name suffixes written after a name: "MD", "Ph.D.", "Jr.". */
const CREDENTIAL = /^(?:MD|M\.D|PhD|Ph\.D|DPhil|MBA|JD|RN|Esq|Jr|Sr|II|III|IV|OBE|CBE|MBE|KBE|QC|KC)\.?$/;
const COPULAS = new Set(['is', 'was', 'remains', 'remained', 'became', 'becomes']);
/** "has been named new DHS acting secretary", "was elected mayor": verbs that confer the role that follows. */
const CONFERRING = new Set(['named', 'appointed', 'elected', 're-elected', 'chosen', 'confirmed', 'nominated', 'installed', 'promoted', 'hired', 'made']);
/** Words that qualify a role in time or standing, whatever their tags: "acting", "then-", "former". */
const ROLE_QUALIFIERS = new Set(['former', 'acting', 'interim', 'outgoing', 'incoming', 'retired', 'late', 'then', 'ex', 'new', 'longtime', 'incumbent', 'current', 'onetime', 'sitting']);
/** "now a physical oceanographer", "also a member": adverbs that open an appositive. */
const APPOSITIVE_ADVERBS = new Set(['now', 'then', 'also', 'formerly', 'currently', 'once', 'still']);
/** Words that end an appositive: a relative clause, a reflexive, a new clause. */
const APPOSITIVE_ENDS = new Set(['who', 'whom', 'whose', 'which', 'that', 'where', 'when', 'while', 'said', 'says', 'told', 'herself', 'himself', 'themselves', 'since', 'because', 'as', 'after', 'before', 'until', 'till', 'during', 'amid', 'despite', 'this', 'these', 'those', 'last', 'next']);

/** Nouns that describe anyone and state no role ("the man with the plan"). */
const GENERIC_HEADS = new Set(['man', 'woman', 'men', 'women', 'person', 'people', 'guy', 'one', 'someone', 'figure', 'figures', 'mother', 'father', 'character', 'type', 'kind']);

/** Words compromise may tag as nouns that never belong inside a role phrase. */
const NEVER_IN_ROLE = new Set(['against', 'with', 'without', 'from', 'by', 'into', 'over', 'under', 'about', 'after', 'before', 'during', 'between', 'through', 'toward', 'towards', 'upon', 'within', 'across', 'behind', 'beyond', 'near', 'including', 'excluding', 'regarding', 'concerning', 'among', 'like', 'unlike', 'such', 'than', 'versus', 'via', 'per', 'both', 'either', 'neither', 'all', 'many', 'several', 'some', 'other', 'others', 'most', 'more', 'few']);

/** "the 14th-ranked Schwartzman", "top-seeded Ruth Adler": a standing in a ranking, said before the name. */
const RANKING = /^(?:top|\d+(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)-(?:ranked|seeded|seed|rated)$/u;

/** Whether the token at `at` closes a ranking, written as one token ("14th-ranked") or two ("top" "-" "ranked"). */
function isRanking(tokens: Token[], at: number): boolean {
  const previous = tokens[at - 1];
  const joined = previous !== undefined && previous.post === '-' ? `${previous.text}-${tokens[at]!.text}` : tokens[at]!.text;
  return RANKING.test(lower(joined));
}

function isRoleHead(token: Token): boolean {
  const word = lower(withoutPossessive(token.text));
  if (NEVER_IN_ROLE.has(word)) return false;
  if (isRoleWord(word, !isCapitalized(token.text))) return true;
  // compromise tags some verbs as actors ("to resist Obama").
  return token.tags.has('Actor') && !token.tags.has('Person') && !token.tags.has('Verb') && !KINSHIP.has(word) && !word.endsWith('ing');
}

function isModifier(token: Token): boolean {
  if (NEVER_IN_ROLE.has(lower(token.text))) return false;
  if (ROLE_QUALIFIERS.has(lower(token.text))) return true;
  if (NOT_MODIFIER_TAGS.some((tag) => token.tags.has(tag)) && !token.tags.has('Person') && !isRoleHead(token)) return false;
  return ['Noun', 'Adjective', 'ProperNoun', 'Acronym', 'Actor', 'Organization', 'Place', 'Value'].some((tag) => token.tags.has(tag)) || isRoleHead(token);
}

/**
 * Walks left from `end` (the role's head word) over the noun phrase it closes: modifiers,
 * possessors ("Putin's"), "and" between two roles or inside a capitalised title, and commas
 * inside a capitalised title. Returns the index of the phrase's first token.
 */
function phraseStart(tokens: Token[], end: number, otherNames: Set<number>): number {
  let start = end;
  for (let i = end - 1; i >= 0; i--) {
    const token = tokens[i]!;
    const next = tokens[i + 1]!;
    // A comma may sit inside a capitalised title that lists its fields: "Arms Control, Verification and Compliance".
    const listComma = hasComma(token.post) && isCapitalized(token.text) && isCapitalized(next.text) && !otherNames.has(i) && tokens.slice(i + 1, end).some((t) => lower(t.text) === 'and');
    if (breaksAfter(token) && !listComma) break;
    if (/[^\s]/u.test(next.pre)) break;
    const word = lower(token.text);
    if (otherNames.has(i) && !/['’]s?$/u.test(token.text + token.post.trim())) break;
    // "Supporters of Republican presidential nominee Donald Trump": left of the title, "of" belongs to
    // another phrase, unless it joins the words of a proper name ("House of Representatives Speaker").
    const left = tokens[i - 1];
    const inName = word === 'of' && i > 1 && left !== undefined && isCapitalized(left.text) && isCapitalized(next.text) && !breaksAfter(left) && !otherNames.has(i - 1);
    if (LINKS.has(word) && !inName) break;
    if (word === 'and') {
      const left = tokens[i - 1];
      // "co-founder and CEO", "chairman and chief executive": two roles of one person.
      const twoRoles = left !== undefined && isRoleHead(left) && !otherNames.has(i - 1);
      const titleList = left !== undefined && isCapitalized(next.text) && isCapitalized(left.text) && !otherNames.has(i - 1) && !left.tags.has('Person');
      if (!twoRoles && !titleList) break;
      continue;
    }
    if (!isModifier(token)) break;
    start = i;
  }
  return start;
}

/** The role phrase that closes right before the name, or null when the word there is no role. */
function titleBefore(sentence: Sentence, mention: Mention, otherNames: Set<number>): [number, number] | null {
  let end = mention.start - 1;
  if (mention.honorific) end--;
  // "a graduate student named Sarah Gille": the role stands before "named".
  if (['named', 'called'].includes(lower(sentence.tokens[end]?.text ?? '')) && sentence.tokens[end - 1] && isRoleHead(sentence.tokens[end - 1]!)) {
    return [phraseStart(sentence.tokens, end - 1, otherNames), end - 1];
  }
  const before = sentence.tokens[end];
  const abbreviation = before !== undefined && TITLE_ABBREVIATIONS.has(lower(before.text)) && /^\.\s*$/.test(before.post);
  if (!before || (/[^\s]/u.test(before.post.trim().replace(/^['’]s?/u, '').replace(/^,/, '')) && !abbreviation)) return null;
  // "their nominee for governor, Jim Hood": a set-off role may end on its complement's role word.
  const chained = hasComma(before.post) ? titleHeadInChain(sentence.tokens, end, otherNames) : null;
  const head = chained ?? (isRoleHead(before) || isRanking(sentence.tokens, end) || isCommonTitle(sentence.tokens, end, mention) || isKinTitle(sentence.tokens, end, otherNames) ? end : titleHeadInChain(sentence.tokens, end, otherNames));
  // "to resist Obama": a verb, whatever the tagger thought.
  if (head === null || lower(sentence.tokens[head - 1]?.text ?? '') === 'to') return null;
  const start = phraseStart(sentence.tokens, head, otherNames);
  if (hasComma(before.post) && !isSetOffRole(sentence.tokens, start, head)) return null;
  return [start, end];
}

/**
 * "Forward Jane Roe", "Billionaire Ben Okafor": a common role noun capitalised as a title right
 * before a first name, which the people stage peels off the name. Without the first name the
 * capital is as often a proper noun's ("Star Tribune"), so it does not count.
 */
function isCommonTitle(tokens: Token[], at: number, mention: Mention): boolean {
  const token = tokens[at]!;
  if (at !== mention.start - 1 || !isCapitalized(token.text) || !/^\s+$/u.test(token.post)) return false;
  if (token.tags.has('Person') || !hasFirstNameEntry(tokens[mention.start]!.text) || mention.words.length < 2) return false;
  return isRoleWord(lower(token.text), true) && !KINSHIP.has(lower(token.text));
}

/** "F Hamidou Diallo", "G Chris Paul": the position letters of box scores and injury notes. */
const POSITION_LETTERS: ReadonlyMap<string, string> = new Map([['G', 'guard'], ['F', 'forward'], ['C', 'center']]);

/** The position a lone capital letter states right before a full name, which the people stage peels off. */
function positionBefore(tokens: Token[], mention: Mention): string | null {
  const letter = tokens[mention.start - 1];
  if (!letter || !/^\s+$/u.test(letter.post) || mention.words.length < 2) return null;
  return POSITION_LETTERS.get(letter.text) ?? null;
}

/** "his wife, Kimberly", "Van Der Beek's wife Kimberly": a family tie, said with whose it is. */
function isKinTitle(tokens: Token[], at: number, otherNames: Set<number>): boolean {
  const possessor = tokens[at - 1];
  if (!KINSHIP.has(lower(tokens[at]!.text)) || !possessor || breaksAfter(possessor)) return false;
  return ['his', 'her', 'their', 'my', 'our'].includes(lower(possessor.text)) || (otherNames.has(at - 1) && /['’]s?$/u.test(possessor.text));
}

/**
 * "Yahoo's chief executive, Marissa Mayer", "The priest, Fidelis Mukonori": a role set off by a
 * comma before the name is one person's, so it is singular and opens with "the" or a possessor.
 */
function isSetOffRole(tokens: Token[], start: number, head: number): boolean {
  const opener = tokens[start - 1];
  const possessed = tokens.slice(start, head).some((token) => /['’]s?$/u.test(token.text));
  const definite = opener !== undefined && ['the', 'its', 'his', 'her', 'their', 'our', 'my'].includes(lower(opener.text));
  // "former House Speaker, Benjamin Nzeribe": a role held before names one person too; so does a
  // title that opens the sentence ("Senate Leader, Ahmad Lawan raises a motion").
  const qualified = ['former', 'late', 'then', 'outgoing', 'acting'].includes(lower(tokens[start]!.text));
  return (definite || possessed || qualified || start === 0) && !isPlural(lower(tokens[head]!.text));
}

/**
 * "Undersecretary of Defense for Policy James Miller": the title's head word sits before a
 * capitalised complement. Walks left over that complement (capitalised words, of/for/the/and,
 * commas between capitals) to the head, if there is one.
 */
function titleHeadInChain(tokens: Token[], end: number, otherNames: Set<number>): number | null {
  const isLink = (token: Token | undefined) => token !== undefined && (LINKS.has(lower(token.text)) || ['the', 'and'].includes(lower(token.text)));
  if (isLink(tokens[end])) return null;
  let linked = false;
  for (let i = end; i >= 0 && end - i < 12; i--) {
    const token = tokens[i]!;
    if (otherNames.has(i)) return null;
    if (i < end && /[^\s,]/u.test(token.post)) return null;
    if (isLink(token)) {
      linked ||= LINKS.has(lower(token.text));
      continue;
    }
    // The head takes a complement: "secretary of the council", "Minister for Europe".
    if (i < end && isRoleHead(token) && (isLink(tokens[i + 1]) || isCapitalized(tokens[i + 1]!.text))) {
      return isCapitalized(tokens[end]!.text) || linked ? i : null;
    }
    if (!isModifier(token)) return null;
  }
  return null;
}

/** "Name, ROLE, ..." or "Name is a ROLE": the role phrase after the name. */
function roleAfter(sentence: Sentence, mention: Mention, otherNames: Set<number>): [number, number] | null {
  const tokens = sentence.tokens;
  let last = tokens[mention.end - 1]!;
  let start = mention.end;
  // "Stephen Calderwood, MD, president of ...": degrees and suffixes sit between the name and the role.
  while (hasComma(last.post) && CREDENTIAL.test(tokens[start]?.text ?? '') && hasComma(tokens[start]!.post)) last = tokens[start++]!;
  const word = (i: number) => lower(tokens[i]?.text ?? '');
  if (hasComma(last.post)) {
    // An appositive, or a relative clause that states the role: ", who is the ...".
    if (word(start) === 'who' && COPULAS.has(word(start + 1))) start += 2;
  } else if (/^\s*$/.test(last.post) && conferredAt(word, start) > 0) {
    start = conferredAt(word, start);
  } else if (/^\s*$/.test(last.post) && COPULAS.has(word(start))) {
    start++;
  } else return null;
  if (APPOSITIVE_ADVERBS.has(word(start))) start++;
  if (ARTICLES.has(word(start))) start++;
  const end = phraseEnd(tokens, start, otherNames, true);
  return end === null ? null : [start, end];
}

/** Quotation marks may stand inside a role: the former “Dawson’s Creek” star. */
const QUOTES = /["“”]/gu;

/**
 * The last token of the role phrase that opens at `start` and runs to the clause that follows,
 * or null when there is none; with `needsHead`, a phrase without a role word before its complement is none.
 */
function phraseEnd(tokens: Token[], start: number, otherNames: Set<number>, needsHead: boolean): number | null {
  const word = (i: number) => lower(tokens[i]?.text ?? '');
  let end = -1;
  for (let i = start; i < tokens.length; i++) {
    const token = tokens[i]!;
    const word = lower(token.text);
    if (APPOSITIVE_ENDS.has(word) || /[^\s\-‐]/u.test(token.pre.replace(QUOTES, ''))) break;
    // Another person's name ends the phrase unless it is a possessor inside it ("member of Hori Parata's team").
    if (otherNames.has(i) && !otherNames.has(i - 1)) {
      let last = i;
      while (otherNames.has(last + 1)) last++;
      const possessor = /['’]s?$/u.test(tokens[last]!.text + tokens[last]!.post.trim().slice(0, 1));
      // "... director of the Department and Alex Azar, the ...": the next person's name closes the role.
      if (!possessor && lower(tokens[i - 1]?.text ?? '') === 'and') break;
      if (!possessor) return null;
    }
    // "and the ...", "and left early": a second phrase or a second verb, not part of this role.
    const afterAnd = tokens[i + 1];
    if (word === 'and' && afterAnd && (ARTICLES.has(lower(afterAnd.text)) || ['Verb', 'PastTense', 'Adverb'].some((tag) => afterAnd.tags.has(tag)))) break;
    if (STOP_TAGS.some((tag) => token.tags.has(tag)) && !isRoleHead(token) && !token.tags.has('Adjective')) break;
    if (i === start && !isModifier(token)) break;
    end = i;
    const initial = /^\p{Lu}$/u.test(token.text) && /^\.\s*$/.test(token.post);
    if (/[^\s\-‐'’]/u.test(token.post.replace(QUOTES, '')) && !initial) break;
  }
  // A phrase cut short by a clause ends on a noun, not on "and", "of", "the" or an adverb ("allegedly").
  const dangling = (i: number) => LINKS.has(word(i)) || ARTICLES.has(word(i)) || ['and', 'or', 'in', 'to'].includes(word(i)) || (tokens[i]!.tags.has('Adverb') && !isRoleHead(tokens[i]!));
  while (end >= start && dangling(end)) end--;
  if (end < start || end - start >= 16) return null;
  if (!needsHead) return end;
  const phrase = tokens.slice(start, end + 1);
  // The head stands before the complement: "father of three children" is headed by "father", not "children".
  const complement = phrase.findIndex((token, i) => i > 0 && COMPLEMENT_OPENERS.has(lower(token.text)));
  const headAt = phrase.slice(0, complement < 0 ? undefined : complement).findIndex((token) => isRoleHead(token));
  if (headAt >= 0) return GENERIC_HEADS.has(lower(phrase[headAt]!.text)) ? null : end;
  // "the younger brother of the Taliban's deputy leader": a tie to someone the text places.
  const kin = complement > 0 && KINSHIP.has(lower(phrase[complement - 1]!.text));
  const placed = phrase.slice(complement + 1).some((token, i) => isRoleWord(lower(withoutPossessive(token.text)), !isCapitalized(token.text)) || otherNames.has(start + complement + 1 + i));
  return kin && placed ? end : null;
}

/** "who heads the agency", "who owns a consulting firm": verbs that state a post, and the post's noun. */
const POST_VERBS: ReadonlyMap<string, string> = new Map([
  ['heads', 'head'], ['headed', 'former head'], ['leads', 'leader'], ['led', 'former leader'], ['owns', 'owner'],
  ['owned', 'former owner'], ['chairs', 'chair'], ['chaired', 'former chair'], ['founded', 'founder'],
  ['co-founded', 'co-founder'], ['directs', 'director'], ['manages', 'manager'], ['coaches', 'coach'],
  ['edits', 'editor'], ['runs', 'head'], ['ran', 'former head'],
]);

/** "Sirajuddin Haqqani, who heads the Haqqani network": the post a relative clause states, as a noun phrase. */
function relativeClauseRole(sentence: Sentence, mention: Mention, otherNames: Set<number>, names: Map<number, Mention>): string | null {
  const tokens = sentence.tokens;
  const start = mention.end;
  const noun = POST_VERBS.get(lower(tokens[start + 1]?.text ?? ''));
  if (!hasComma(tokens[start - 1]!.post) || lower(tokens[start]?.text ?? '') !== 'who' || !noun) return null;
  const article = ARTICLES.has(lower(tokens[start + 2]?.text ?? '')) ? 1 : 0;
  const end = phraseEnd(tokens, start + 2 + article, otherNames, false);
  return end === null ? null : `${noun} of ${roleText(sentence, [start + 2, end], names)}`;
}

/** "some of the accusers", "two of the officers": a part of a group, read before the group's phrase. */
const QUANTIFIERS = new Set(['some', 'many', 'several', 'most', 'all', 'one', 'two', 'three', 'four', 'five', 'both', 'each']);

/**
 * "Jason Foy, who represents Noel", "who represents some of Adler's accusers": a person who
 * represents another person is their attorney. A district or a state is no client, so the
 * clause counts only when it names a person.
 */
function representationRole(sentence: Sentence, mention: Mention, otherNames: Set<number>, names: Map<number, Mention>): string | null {
  const tokens = sentence.tokens;
  const start = mention.end;
  const verb = lower(tokens[start + 1]?.text ?? '');
  if (!hasComma(tokens[start - 1]!.post) || lower(tokens[start]?.text ?? '') !== 'who' || !['represents', 'represented'].includes(verb)) return null;
  const from = start + 2;
  const client = names.get(from);
  const end = client && client !== mention && client.start === from ? client.end - 1 : groupEnd(tokens, from, otherNames);
  if (end === null || !tokens.slice(from, end + 1).some((_, i) => otherNames.has(from + i))) return null;
  return `${verb === 'represented' ? 'former ' : ''}attorney for ${roleText(sentence, [from, end], names)}`;
}

/** The end of "some of Adler's accusers", "the family": a group phrase, maybe a part of it. */
function groupEnd(tokens: Token[], from: number, otherNames: Set<number>): number | null {
  const partOf = QUANTIFIERS.has(lower(tokens[from]?.text ?? '')) && lower(tokens[from + 1]?.text ?? '') === 'of' ? 2 : 0;
  const article = ARTICLES.has(lower(tokens[from + partOf]?.text ?? '')) ? 1 : 0;
  return phraseEnd(tokens, from + partOf + article, otherNames, false);
}

const COMPLEMENT_OPENERS = new Set([...LINKS, 'in', 'with', 'from']);

/** "has been named", "was elected", "was appointed as": where the conferred role starts, or -1. */
function conferredAt(word: (i: number) => string, at: number): number {
  let i = at;
  while (['has', 'have', 'had', 'was', 'were', 'is', 'been', 'be', 'being', 'now', 'also', 'formally', 'officially'].includes(word(i))) i++;
  if (i === at || !CONFERRING.has(word(i))) return -1;
  return word(i + 1) === 'as' ? i + 2 : i + 1;
}

function roleText(sentence: Sentence, [from, to]: [number, number], names: Map<number, Mention>): string {
  const gapAfter = (i: number) => (i >= to ? '' : sentence.paragraphText.slice(sentence.tokens[i]!.end, sentence.tokens[i + 1]!.start));
  const parts: string[] = [];
  let capitalsBefore = 0;
  for (let i = from; i <= to; i++) {
    const mention = names.get(i);
    if (mention && i === mention.start && mention.end - 1 <= to) {
      // A possessor reads by surname, without its own title: "President Vladimir Putin's official
      // spokesman" -> "Putin's official spokesman", "member of Hori Parata's team" -> "member of Parata's team".
      if (capitalsBefore === parts.length) parts.length = 0;
      i = mention.end - 1;
      parts.push(textBetween(sentence, i, i) + gapAfter(i));
      continue;
    }
    if (isCapitalized(sentence.tokens[i]!.text) && capitalsBefore === parts.length) capitalsBefore++;
    parts.push(textBetween(sentence, i, i) + gapAfter(i));
  }
  let text = parts
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\b(\p{Lu}\p{Ll}{1,3})\b\.?/gu, (word, stem: string) => TITLE_ABBREVIATIONS.get(lower(stem)) ?? word);
  const first = sentence.tokens[from]!;
  // The quotation mark that opens a quoted title belongs to it: the “Bad Blood” songstress.
  const opening = /[“"]$/u.exec(first.pre)?.[0] ?? '';
  if (opening && /[”"]/u.test(text)) text = opening + text;
  const tag = lexiconTag(lower(first.text));
  const properNoun = ['ProperNoun', 'Organization', 'Honorific', 'Place'].some((name) => first.tags.has(name));
  const commonWord = !properNoun && ((tag !== undefined && !isNameTag(tag) && !['Place', 'Country', 'City', 'Organization'].includes(tag)) || first.tags.has('Actor'));
  // A one-word title ("Mayor") and a title-case phrase ("Prime Minister") keep their capitals.
  const titleCase = from === to || sentence.tokens.slice(from + 1, to + 1).some((token) => isCapitalized(token.text));
  // Sentence-initial capitals are not part of a role: "Whale whisperer" -> "whale whisperer", but "Prime Minister" stays.
  const role = from === 0 && commonWord && !titleCase && !isAcronymLike(first.text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
  // "its president", "my colleague": the pronoun points outside the role.
  return role.replace(POSSESSIVE_PRONOUN, '');
}

const POSSESSIVE_PRONOUN = /^(?:its|his|her|their|my|our|your)\s+/iu;
const isAcronymLike = (word: string) => /^\p{Lu}[\p{Lu}.]+$/u.test(word);

const isPlural = (word: string) => /s$/.test(word) && !/ss$/.test(word);
function singular(role: string): string {
  return role.replace(/(\w+)$/, (head) =>
    isRoleWord(lower(head)) && isPlural(head) ? head.replace(/ies$/, 'y').replace(/s$/, '') : head,
  );
}

export function findRoles(sentences: Sentence[], mentions: Mention[], count: number): PersonRoles[] {
  const found = Array.from({ length: count }, () => ({ roles: [] as string[], official: false, evidence: [] as RoleEvidence[] }));
  const bySentence = new Map<number, Mention[]>();
  for (const mention of mentions) bySentence.set(mention.sentence, [...(bySentence.get(mention.sentence) ?? []), mention]);

  for (const [index, sentenceMentions] of bySentence) {
    const sentence = sentences[index]!;
    const nameTokens = new Map<number, Mention>();
    for (const mention of sentenceMentions) for (let i = mention.start; i < mention.end; i++) nameTokens.set(i, mention);
    let shared: { role: string; official: boolean } | null = null;
    for (const mention of sentenceMentions) {
      const others = new Set([...nameTokens.keys()].filter((i) => nameTokens.get(i) !== mention));
      const spans = [titleBefore(sentence, mention, others), roleAfter(sentence, mention, others)].filter((span) => span !== null);
      const person = found[mention.person]!;
      const clause = relativeClauseRole(sentence, mention, others, nameTokens);
      if (clause) addRole(person, clause, sentence.text, isOfficial(clause));
      const position = positionBefore(sentence.tokens, mention);
      if (position) addRole(person, position, sentence.text, false);
      // A private client's attorney holds no public office.
      const representation = representationRole(sentence, mention, others, nameTokens);
      if (representation) addRole(person, representation, sentence.text, false);
      for (const span of spans) {
        const text = roleText(sentence, span, nameTokens);
        const role = singular(text);
        const official = isOfficial(role) || isOfficial(textBetween(sentence, span[0], span[1]));
        if (role.length < 2) continue;
        addRole(person, role, sentence.text, official);
        // A plural title before the name ("cabinet ministers") also covers the names joined to it.
        if (span[1] < mention.start && role !== text) shared = { role, official };
      }
      if (spans.length > 0) continue;
      // "cabinet ministers Jonathan Moyo and Saviour Kasukuwere", "judges Len Goodman, Bruno Tonioli and
      // Carrie Ann Inaba": the title covers every name of the list.
      const previous = sentence.tokens[mention.start - 1];
      const coordinated =
        (lower(previous?.text ?? '') === 'and' && nameTokens.has(mention.start - 2)) ||
        (previous !== undefined && nameTokens.has(mention.start - 1) && /^,\s*$/u.test(previous.post));
      if (shared && coordinated) addRole(person, shared.role, sentence.text, shared.official);
      else shared = null;
    }
  }
  for (const [index, sentenceMentions] of bySentence) rolesStatedAs(sentences[index]!, sentenceMentions, found);
  resolveDescriptions(sentences, bySentence, found);
  resolveDefiniteOffices(sentences, mentions, found);
  return found.map((person) => ({ ...person, roles: rankRoles(person.roles) }));
}

/** "Van Der Beek's wife", "son of a former president": a family tie, shown after any role of the person's own. */
function isKinship(role: string): boolean {
  const head = lower(role.split(/\s+(?:of|to)\s+/u)[0]!.split(/\s+/u).at(-1) ?? '');
  return KINSHIP.has(head);
}

const PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him', 'who']);
/** "replace Pochettino as manager": the role passes from the object to the subject. */
const SUCCESSION_VERBS = new Set(['replace', 'replaces', 'replaced', 'replacing', 'succeed', 'succeeds', 'succeeded', 'succeeding']);
/** "such as", "as well as", "as long as": "as" that introduces no role. */
const NOT_ROLE_AS = new Set(['such', 'well', 'long', 'soon', 'much', 'far', 'just']);

/**
 * "where he worked as a chief physician", "James’ efforts as a point guard", "was ousted as
 * vice-president": the role after "as" is the nearest person's named before it in the sentence,
 * through a pronoun; "X replaced Y as manager" gives the role to both.
 */
function rolesStatedAs(sentence: Sentence, sentenceMentions: Mention[], found: PersonRoles[]) {
  const tokens = sentence.tokens;
  const names = new Map<number, Mention>();
  for (const mention of sentenceMentions) for (let i = mention.start; i < mention.end; i++) names.set(i, mention);
  const allNames = new Set(names.keys());
  tokens.forEach((token, at) => {
    if (lower(token.text) !== 'as' || NOT_ROLE_AS.has(lower(tokens[at - 1]?.text ?? '')) || NOT_ROLE_AS.has(lower(tokens[at + 1]?.text ?? ''))) return;
    const start = ARTICLES.has(lower(tokens[at + 1]?.text ?? '')) ? at + 2 : at + 1;
    const end = phraseEnd(tokens, start, allNames, true);
    if (end === null || isPlural(lower(tokens[end]!.text))) return;
    // The nearest person before "as" in the same clause; past a pronoun ("where he worked as",
    // "who was ousted as") the nearest person before it, across a comma.
    let holder: Mention | undefined;
    let pronoun = false;
    for (let i = at - 1; i >= 0 && !holder; i--) {
      if (/[.;:!?]/u.test(tokens[i]!.post) || (!pronoun && i < at - 1 && /[,—–]|\s-\s/u.test(tokens[i]!.post))) break;
      holder = names.get(i);
      pronoun ||= PRONOUNS.has(lower(tokens[i]!.text));
      if (lower(tokens[i]!.text) === 'whose') break;
    }
    if (!holder) return;
    const role = singular(roleText(sentence, [start, end], names));
    const official = isOfficial(role);
    addRole(found[holder.person]!, role, sentence.text, official);
    const verb = lower(tokens[holder.start - 1]?.text ?? '');
    const subject = sentenceMentions[0];
    if (SUCCESSION_VERBS.has(verb) && subject && subject.person !== holder.person && subject.start < holder.start) {
      addRole(found[subject.person]!, role, sentence.text, official);
    }
  });
}

/** Words after which "the ROLE" opens a clause of its own, as its subject. */
const CLAUSE_OPENERS = new Set(['however', 'but', 'and', 'while', 'although', 'though', 'because', 'when', 'said', 'says', 'added', 'suggested']);
/** How many sentences back the person a description stands for may be named. */
const DESCRIPTION_REACH = 2;

/**
 * "The Portuguese boss had been out of work", "..., the senator said": a definite description as
 * the subject of its clause stands for the person named last before it: in the same sentence, or
 * in a sentence just before that names one person only. Given only to a person with no role yet.
 */
function resolveDescriptions(sentences: Sentence[], bySentence: Map<number, Mention[]>, found: PersonRoles[]) {
  sentences.forEach((sentence, index) => {
    const tokens = sentence.tokens;
    const here = bySentence.get(index) ?? [];
    const names = new Map<number, Mention>();
    for (const mention of here) for (let i = mention.start; i < mention.end; i++) names.set(i, mention);
    tokens.forEach((token, at) => {
      if (lower(token.text) !== 'the' || names.has(at + 1)) return;
      const previous = tokens[at - 1];
      const opensClause = !previous || CLAUSE_OPENERS.has(lower(previous.text)) || /[,;—–“”"]/u.test(previous.post);
      if (!opensClause) return;
      const end = phraseEnd(tokens, at + 1, new Set(names.keys()), true);
      if (end === null) return;
      const last = tokens[end]!;
      const next = tokens[end + 1];
      const isTitle = next !== undefined && isCapitalized(next.text) && !breaksAfter(last);
      // Only a word of the role lexicon, not any noun the tagger calls an actor ("the little soul").
      if (!isRoleWord(lower(last.text), !isCapitalized(last.text)) || isPlural(lower(last.text)) || /['’]s?$/u.test(last.text) || isTitle || [...names.keys()].some((i) => i > at && i <= end)) return;
      const holder = [...here].reverse().find((mention) => mention.end <= at)?.person ?? onlyPersonBefore(bySentence, index);
      if (holder === undefined || found[holder]!.roles.length > 0) return;
      const role = roleText(sentence, [at + 1, end], names);
      addRole(found[holder]!, role, sentence.text, isOfficial(role));
    });
  });
}

/** The one person named in the nearest earlier sentence that names anyone, within reach. */
function onlyPersonBefore(bySentence: Map<number, Mention[]>, index: number): number | undefined {
  for (let i = index - 1; i >= 0 && index - i <= DESCRIPTION_REACH; i--) {
    const people = new Set((bySentence.get(i) ?? []).map((mention) => mention.person));
    if (people.size > 0) return people.size === 1 ? [...people][0] : undefined;
  }
  return undefined;
}

/** "the U.S. president", "the Russian prime minister": an office one person holds at a time. */
const DEFINITE_OFFICE =
  /\bthe ((?:\p{Lu}[\p{L}.]*\s){0,2})(president|prime minister|chancellor|premier|pope|supreme leader|secretary-general)\b(?!['’]?s?\s+\p{Lu})/u;
/** How often the office holder is named in the article, at least. */
const DEFINITE_HOLDER_MENTIONS = 3;
/** How many sentences after the description its holder may first be named. */
const DEFINITE_REACH = 2;

/**
 * Gives such an office to the one person who has no role of their own and is named in the same
 * sentence or just after it ("... the U.S. president does not want ... Obama is the one ...").
 * With two or more candidates it says nothing rather than guess.
 */
function resolveDefiniteOffices(sentences: Sentence[], mentions: Mention[], found: PersonRoles[]) {
  const mentionCount = new Map<number, number>();
  for (const mention of mentions) mentionCount.set(mention.person, (mentionCount.get(mention.person) ?? 0) + 1);
  // Only a figure the story keeps returning to is taken for the office holder, not a passing source.
  const roleless = new Set(
    found.flatMap((person, index) => (person.roles.length === 0 && (mentionCount.get(index) ?? 0) >= DEFINITE_HOLDER_MENTIONS ? [index] : [])),
  );
  sentences.forEach((sentence, index) => {
    const match = DEFINITE_OFFICE.exec(sentence.text);
    if (!match) return;
    const near = new Set(
      mentions.filter((m) => m.sentence >= index && m.sentence <= index + DEFINITE_REACH && roleless.has(m.person)).map((m) => m.person),
    );
    if (near.size !== 1) return;
    const [person] = near;
    const role = `${match[1] ?? ''}${match[2]}`;
    addRole(found[person!]!, role, sentence.text, true);
    roleless.delete(person!);
  });
}

function addRole(person: PersonRoles, role: string, sentence: string, official: boolean) {
  if (!person.roles.some((known) => lower(known) === lower(role))) {
    person.roles.push(role);
    person.evidence.push({ role, sentence });
  }
  // A brother of a party leader holds no office by it.
  person.official ||= official && !isKinship(role);
}

/**
 * "became the first player in league history to ...", "the youngest woman to ...": a feat said with
 * a copula, in lower case, is no standing role; it is shown after the roles the person holds.
 */
const isDistinction = (role: string) => /^(?:first|second|third|only|last|youngest|oldest)\s/u.test(role);

const roleWords = (role: string) => new Set(lower(role).split(/[^\p{L}\p{N}]+/u).filter(Boolean));
/** Past this many words a role reads as a sentence, not a title. */
const MAX_SHOWN_ROLE_WORDS = 10;

/**
 * The article's first reference usually carries the full title, so roles keep the order stated;
 * a later role that says everything an earlier one says and more ("President" -> "President of
 * the Republic") moves ahead of it.
 */
export function rankRoles(roles: string[]): string[] {
  const own = roles.filter((role) => !isKinship(role));
  const ranked = [...own.filter((role) => !isDistinction(role)), ...own.filter(isDistinction), ...roles.filter(isKinship)];
  for (let i = 1; i < ranked.length; i++) {
    const role = ranked[i]!;
    const words = roleWords(role);
    if (words.size > MAX_SHOWN_ROLE_WORDS) continue;
    const covered = ranked.slice(0, i).findIndex((earlier) => {
      const earlierWords = roleWords(earlier);
      return earlierWords.size < words.size && [...earlierWords].every((word) => words.has(word));
    });
    if (covered >= 0) {
      ranked.splice(i, 1);
      ranked.splice(covered, 0, role);
    }
  }
  return ranked;
}
