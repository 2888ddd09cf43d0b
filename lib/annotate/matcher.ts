/**
 * One combined matcher for every surface form of every person, so a page is scanned once however
 * many people the analysis found. No DOM here: it works on plain text.
 */
import type { Person } from '../types';

export type PersonForms = Pick<Person, 'key' | 'name' | 'aliases'>;

export interface NameMatcher {
  /** Global, sticky-free pattern; each match is one mention, possessive included. */
  pattern: RegExp;
  /** The person a matched text belongs to (undefined cannot happen for a text the pattern matched). */
  ownerOf(matched: string): string | undefined;
}

const APOSTROPHES = /['’]/g;
const POSSESSIVE = /['’]s$/;
// A name is a whole word: no letter, combining mark or digit may touch either end.
const WORD_START = '(?<![\\p{L}\\p{M}\\p{N}])';
const WORD_END = '(?![\\p{L}\\p{M}\\p{N}])';
const HAS_LETTER = /\p{L}/u;

/** Whitespace and apostrophes vary between the analysis and the page ("Mr.\nPutin", "O’Brien"). */
function normalizeForm(form: string): string {
  return form.trim().replace(/\s+/g, ' ').replace(APOSTROPHES, "'");
}

function formPattern(form: string): string {
  return form
    .split(' ')
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/'/g, "['’]"))
    .join('\\s+');
}

/**
 * Which person owns each form. A form shared by several people ("Biden" for Joe and Hunter) is
 * left out unless it is exactly one person's full name: underlining the wrong person is worse than
 * not underlining.
 */
function formOwners(people: readonly PersonForms[]): Map<string, string> {
  const fullNames = new Map<string, string | null>();
  const aliases = new Map<string, string | null>();
  const claim = (map: Map<string, string | null>, form: string, key: string): void => {
    const owner = map.get(form);
    map.set(form, owner === undefined || owner === key ? key : null);
  };
  for (const person of people) {
    claim(fullNames, normalizeForm(person.name), person.key);
    for (const alias of person.aliases) claim(aliases, normalizeForm(alias), person.key);
  }
  const owners = new Map<string, string>();
  for (const [form, owner] of aliases) if (owner !== null) owners.set(form, owner);
  for (const [form, owner] of fullNames) {
    if (owner !== null) owners.set(form, owner);
    else owners.delete(form);
  }
  for (const form of owners.keys()) if (form.length < 2 || !HAS_LETTER.test(form)) owners.delete(form);
  return owners;
}

/** Returns null when no person has a usable form. */
export function buildNameMatcher(people: readonly PersonForms[]): NameMatcher | null {
  const owners = formOwners(people);
  if (owners.size === 0) return null;
  // The regex engine takes the first alternative that matches at a position: longest first makes
  // "Vladimir Putin" one mention rather than "Vladimir" + "Putin".
  const forms = [...owners.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`${WORD_START}(?:${forms.map(formPattern).join('|')})(?:['’]s)?${WORD_END}`, 'gu');
  return {
    pattern,
    ownerOf: (matched) => {
      const form = normalizeForm(matched);
      return owners.get(form) ?? owners.get(form.replace(POSSESSIVE, ''));
    },
  };
}
