/**
 * Who may be the same person under another name. The identity rule (identity.ts) links only the
 * same full name, so "Sergey Lavrov" and "Sergei Lavrov", or "Vladimir Putin" and "Vladimir
 * Vladimirovich Putin", stay two people until the reader joins them. This rule finds such pairs
 * to ask the reader about; it links nothing by itself.
 *
 * Two identities may be one person when they differ but have the same surname (up to spelling:
 * "Zelensky" and "Zelenskyy") and compatible given names: the first given names match (the same
 * name spelled another way, or an initial of it), and the middle names of one are among the other's
 * in order (a middle name may be missing, or given as an initial). "Jr" and "Sr" keep two apart.
 * Pure: the store looks candidates up by `surnameKey` and asks `mayBeSamePerson` of each.
 */

/** Generational suffixes: not a surname ("Martin Luther King Jr" is a King). */
export const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

interface NameParts {
  given: string[];
  surname: string;
  suffix: string | null;
}

/** An identity's words (see personIdentity: folded, at least two words): given names, surname, suffix. */
function nameParts(identity: string): NameParts {
  const words = identity.split(' ');
  const suffix = words.length > 2 && NAME_SUFFIXES.has(words.at(-1)!) ? words.pop()! : null;
  const surname = words.pop() ?? '';
  return { given: words, surname, suffix };
}

/**
 * One spelling for the usual transliteration variants of a name: Sergei/Sergey, Aleksei/Alexei,
 * Yuri/Iouri, Mikhail's "kh", Zelensky/Zelenskyy (doubled letters count once).
 */
export function spellingKey(name: string): string {
  return name
    .replace(/ks/g, 'x')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/ou/g, 'u')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/** What the store files an identity under to find its possible matches: its surname's spelling key. */
export const surnameKey = (identity: string): string => spellingKey(nameParts(identity).surname);

/** Whether `identity`'s surname is exactly `surname` (folded): "anatoly brezgin" and "brezgin". */
export const hasSurname = (identity: string, surname: string): boolean => nameParts(identity).surname === surname;

/**
 * Names of at least this many letters may differ by one letter beyond the usual variants
 * (Aleksandr/Alexander); shorter ones differ in meaning too often (Maria/Mario, Jon/Jan).
 */
const LONG_NAME = 6;

/** Whether two one-word given names may name one person: the same up to spelling, or an initial of the other. */
export function givenNamesMatch(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a.length !== b.length && a[0] === b[0];
  const [keyA, keyB] = [spellingKey(a), spellingKey(b)];
  return keyA === keyB || (Math.min(a.length, b.length) >= LONG_NAME && withinOneEdit(keyA, keyB));
}

/** Levenshtein distance of at most 1: one letter added, dropped or changed. */
function withinOneEdit(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1) return false;
  let start = 0;
  while (start < short.length && short[start] === long[start]) start++;
  const rest = short.length === long.length ? start + 1 : start;
  return short.slice(rest) === long.slice(start + 1);
}

/** Each of `fewer` matches one of `more`, in order (greedy: the earliest match leaves the most room for the rest). */
function matchInOrder(fewer: readonly string[], more: readonly string[]): boolean {
  let next = 0;
  for (const name of fewer) {
    while (next < more.length && !givenNamesMatch(name, more[next]!)) next++;
    if (next === more.length) return false;
    next++;
  }
  return true;
}

/** Whether two different identities may be one person (see the top of this file). Symmetric; false for an identity and itself. */
export function mayBeSamePerson(a: string, b: string): boolean {
  if (a === b) return false;
  const [one, other] = [nameParts(a), nameParts(b)];
  if (spellingKey(one.surname) !== spellingKey(other.surname)) return false;
  if (one.suffix !== null && other.suffix !== null && one.suffix !== other.suffix) return false;
  const [firstOne, ...middleOne] = one.given;
  const [firstOther, ...middleOther] = other.given;
  if (firstOne === undefined || firstOther === undefined || !givenNamesMatch(firstOne, firstOther)) return false;
  return middleOne.length <= middleOther.length ? matchInOrder(middleOne, middleOther) : matchInOrder(middleOther, middleOne);
}
