/**
 * Whether a role is a public post: public office, legislature, judiciary, government, military,
 * police, diplomacy, a party or an international body. Business, sport, culture and private
 * people are not officials, so a role placed in a company, a union or a show is not one either,
 * whatever its title ("vice president of Acme", "Teachers Association President", "judge" on a
 * dance show).
 */
import {
  COMPANY_TITLES,
  COURT_WORDS,
  JUDICIAL_HEADS,
  OFFICES_OUTSIDE_COMPANIES,
  PRIVATE_BODIES,
  PRIVATE_BODY_PHRASES,
  PUBLIC_BODY_NAMES,
  PUBLIC_INSTITUTION_PHRASES,
  PUBLIC_INSTITUTIONS,
  PUBLIC_OFFICES,
} from './lexicon';
import { lower, withoutPossessive } from './tokens';

const wordsOf = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * The role's head words: the last word before a complement ("secretary of state", "nominee for
 * governor"), and the last word of a capitalised title ("Bank of England Governor"). A hyphenated
 * head counts by each part: "president-elect".
 */
function headsOf(role: string): string[] {
  const text = lower(role);
  const lastWords = (phrase: string) => withoutPossessive(phrase.split(/\s+/u).at(-1) ?? '').split(/-/u);
  const beforeComplement = lastWords(text.split(/\s+(?:of|for|at|on|in|to|with)\s+/u)[0]!);
  const titleCase = /^\p{Lu}/u.test(role.split(/\s+/u).at(-1) ?? '');
  return titleCase ? [...lastWords(text), ...beforeComplement] : beforeComplement;
}

export function isOfficial(role: string): boolean {
  const text = lower(role);
  const heads = headsOf(role);
  if (heads.some((head) => PUBLIC_OFFICES.has(head))) return true;
  // "Judge Ruth Adler", "appeals court judge"; not the "judge" of a show.
  const words = wordsOf(text);
  if (heads.some((head) => JUDICIAL_HEADS.has(head))) return /\bJudge/u.test(role) || words.some((word) => COURT_WORDS.has(word));
  // Words inside a public body's name do not place the role in a private one: "European Union official".
  const publicPhrase = PUBLIC_INSTITUTION_PHRASES.find((phrase) => text.includes(phrase));
  const rest = publicPhrase ? text.replace(publicPhrase, ' ') : text;
  const restWords = wordsOf(rest);
  const privateBody =
    restWords.some((word) => PRIVATE_BODIES.has(word)) || /\w-based\b/u.test(rest) || PRIVATE_BODY_PHRASES.some((phrase) => rest.includes(phrase));
  if (privateBody) return false;
  if (publicPhrase || words.some((word) => PUBLIC_INSTITUTIONS.has(word)) || PUBLIC_BODY_NAMES.test(role)) return true;
  // "vice president at Blue Origin", "chief executive officer": a post in a workplace or a company.
  const atWorkplace = /\sat\s/u.test(text);
  const companyTitle = words.some((word) => COMPANY_TITLES.has(word));
  return heads.some((head) => OFFICES_OUTSIDE_COMPANIES.has(head)) && !atWorkplace && !companyTitle;
}
