/**
 * Roles from the article's own words, each with the sentence that states it:
 * a title before the name ("Foreign Minister Sergei Lavrov", "Putin's official spokesman Dmitry Peskov"),
 * a role set off before the name ("Yahoo's chief executive, Marissa Mayer"), an appositive after it
 * ("Valery Garbuzov, deputy director of ..."), and a copula ("Cullen is an integral member of ...").
 */
import type { RoleEvidence } from '../types';
import { KINSHIP, OFFICIAL_ROLE_WORDS, ROLE_HEADS } from './lexicon';
import type { Mention } from './people';
import { textBetween, withoutPossessive, type Sentence, type Token } from './tokens';

export interface PersonRoles {
  roles: string[];
  official: boolean;
  evidence: RoleEvidence[];
}

const lower = (word: string) => word.toLowerCase();
const isCapitalized = (word: string) => /^\p{Lu}/u.test(word);
const hasComma = (text: string) => text.includes(',');
const STOP_TAGS = ['Verb', 'Pronoun', 'QuestionWord', 'Copula', 'Modal', 'Negative', 'Date', 'WeekDay', 'Month'];
const LINKS = new Set(['of', 'for', 'at', 'on']);
const ARTICLES = new Set(['a', 'an', 'the']);
/** Words that end an appositive: a relative clause, a reflexive, a new clause. */
const APPOSITIVE_ENDS = new Set(['who', 'whom', 'whose', 'which', 'that', 'where', 'when', 'while', 'said', 'says', 'told', 'herself', 'himself', 'themselves', 'since', 'because', 'as', 'after', 'before']);

function isRoleHead(token: Token): boolean {
  const word = lower(withoutPossessive(token.text));
  return ROLE_HEADS.has(word) || (token.tags.has('Actor') && !token.tags.has('Person') && !KINSHIP.has(word));
}

function isModifier(token: Token): boolean {
  if (STOP_TAGS.some((tag) => token.tags.has(tag)) && !token.tags.has('Person') && !isRoleHead(token)) return false;
  return ['Noun', 'Adjective', 'ProperNoun', 'Acronym', 'Actor', 'Organization', 'Place', 'Value'].some((tag) => token.tags.has(tag)) || isRoleHead(token);
}

/**
 * Walks left from `end` (the role's head word) over the noun phrase it closes: modifiers,
 * possessors ("Putin's"), "of"/"for" links after a title word, commas inside a capitalised title.
 * Returns the index of the phrase's first token.
 */
function phraseStart(tokens: Token[], end: number, otherNames: Set<number>): number {
  let start = end;
  for (let i = end - 1; i >= 0; i--) {
    const token = tokens[i]!;
    const next = tokens[i + 1]!;
    if (/[^\s\-‐]/u.test(token.post.replace(/^['’]s?/u, '')) && !(hasComma(token.post) && isCapitalized(token.text) && isCapitalized(next.text) && !otherNames.has(i))) break;
    if (/[^\s]/u.test(next.pre)) break;
    const word = lower(token.text);
    if (otherNames.has(i) && !/['’]s?$/u.test(token.text + token.post.trim())) break;
    if (LINKS.has(word)) {
      const left = tokens[i - 1];
      if (!left || !(isRoleHead(left) || isCapitalized(left.text) || lower(left.text) === 'the')) break;
      continue;
    }
    if (word === 'the') {
      if (!LINKS.has(lower(tokens[i - 1]?.text ?? ''))) break;
      continue;
    }
    if (word === 'and') {
      if (!(isCapitalized(next.text) && isCapitalized(tokens[i - 1]?.text ?? '') && !otherNames.has(i - 1))) break;
      continue;
    }
    if (!isModifier(token)) break;
    start = i;
  }
  // A phrase never starts on a link word.
  while (start < end && (LINKS.has(lower(tokens[start]!.text)) || lower(tokens[start]!.text) === 'and')) start++;
  return start;
}

/** The role phrase that closes right before the name, or null when the word there is no role. */
function titleBefore(sentence: Sentence, mention: Mention, otherNames: Set<number>): [number, number] | null {
  let end = mention.start - 1;
  if (mention.honorific) end--;
  const head = sentence.tokens[end];
  if (!head || /[^\s]/u.test(head.post.replace(/^['’]s?/u, '').replace(/^,/, '')) || !isRoleHead(head)) return null;
  return [phraseStart(sentence.tokens, end, otherNames), end];
}

/** "Name, ROLE, ..." or "Name is a ROLE": the role phrase after the name. */
function roleAfter(sentence: Sentence, mention: Mention): [number, number] | null {
  const tokens = sentence.tokens;
  const last = tokens[mention.end - 1]!;
  let start = mention.end;
  if (hasComma(last.post)) {
    // appositive
  } else if (/^\s*$/.test(last.post) && ['is', 'was'].includes(lower(tokens[start]?.text ?? ''))) {
    start++;
  } else return null;
  if (ARTICLES.has(lower(tokens[start]?.text ?? ''))) start++;
  let end = -1;
  for (let i = start; i < tokens.length; i++) {
    const token = tokens[i]!;
    const word = lower(token.text);
    if (APPOSITIVE_ENDS.has(word) || /[^\s\-‐]/u.test(token.pre)) break;
    if (word === 'and' && ARTICLES.has(lower(tokens[i + 1]?.text ?? ''))) break;
    if (STOP_TAGS.some((tag) => token.tags.has(tag)) && !isRoleHead(token) && !token.tags.has('Adjective')) break;
    if (i === start && !isModifier(token)) break;
    end = i;
    if (/[^\s\-‐'’]/u.test(token.post)) break;
  }
  if (end < start) return null;
  const phrase = tokens.slice(start, end + 1);
  const headAt = phrase.findIndex((token) => isRoleHead(token));
  if (headAt < 0 || phrase.length > 16) return null;
  return [start, end];
}

/** Sentence-initial capitals are not part of a role: "Whale whisperer" -> "whale whisperer". */
function roleText(sentence: Sentence, [from, to]: [number, number], names: Map<number, Mention>): string {
  const gapAfter = (i: number) => (i >= to ? '' : sentence.paragraphText.slice(sentence.tokens[i]!.end, sentence.tokens[i + 1]!.start));
  const parts: string[] = [];
  for (let i = from; i <= to; i++) {
    const mention = names.get(i);
    if (mention && i === mention.start && mention.end - 1 <= to) {
      // "President Vladimir Putin's official spokesman" reads as "Putin's official spokesman".
      i = mention.end - 1;
      parts.length = 0;
      parts.push(textBetween(sentence, i, i) + gapAfter(i));
      continue;
    }
    parts.push(textBetween(sentence, i, i) + gapAfter(i));
  }
  let text = parts.join('').replace(/\s+/g, ' ').trim();
  const first = sentence.tokens[from]!;
  if (from === 0 && first.tags.has('Actor') && !first.tags.has('ProperNoun')) text = text.charAt(0).toLowerCase() + text.slice(1);
  if (from === 0 && !first.tags.has('ProperNoun') && !first.tags.has('Acronym') && lower(first.text) !== first.text && !/^[A-Z]{2,}/.test(first.text)) {
    text = text.charAt(0).toLowerCase() + text.slice(1);
  }
  return text;
}

const PLURAL_ROLE = /(ies|s)$/;
function singular(role: string): string {
  return role.replace(/(\w+)$/, (head) =>
    ROLE_HEADS.has(lower(head)) && PLURAL_ROLE.test(head) && !/ss$/.test(head) ? head.replace(/ies$/, 'y').replace(/s$/, '') : head,
  );
}

function isOfficial(phrase: string): boolean {
  return phrase
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .some((word) => OFFICIAL_ROLE_WORDS.has(word));
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
      const spans = [titleBefore(sentence, mention, others), roleAfter(sentence, mention)].filter((span) => span !== null);
      const person = found[mention.person]!;
      for (const span of spans) {
        const raw = textBetween(sentence, span[0], span[1]);
        const role = singular(roleText(sentence, span, nameTokens));
        if (role.length < 2) continue;
        addRole(person, role, sentence.text, isOfficial(raw));
        if (span[1] === mention.start - 1 || span[1] === mention.start - 2) shared = { role, official: isOfficial(raw) };
      }
      // "cabinet ministers Jonathan Moyo and Saviour Kasukuwere": the title covers both names.
      const before = sentence.tokens[mention.start - 1];
      if (spans.length === 0 && shared && before && lower(before.text) === 'and' && nameTokens.has(mention.start - 2)) {
        addRole(person, shared.role, sentence.text, shared.official);
      }
      if (spans.length > 0 || !(before && lower(before.text) === 'and')) shared = spans.length ? shared : null;
    }
  }
  return found.map((person) => ({ ...person, roles: rankRoles(person.roles) }));
}

function addRole(person: PersonRoles, role: string, sentence: string, official: boolean) {
  if (!person.roles.some((known) => lower(known) === lower(role))) {
    person.roles.push(role);
    person.evidence.push({ role, sentence });
  }
  person.official ||= official;
}

/** Keeps first-stated order, but a role that says more than a shorter one it contains goes first. */
function rankRoles(roles: string[]): string[] {
  return roles;
}
