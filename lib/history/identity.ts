/**
 * When two articles name the same person. The rule is conservative: a wrong "earlier coverage"
 * entry (another man's career shown as this one's) misleads a reader more than a missing one, and
 * the reader can always join two names by hand.
 *
 * 1. Identity is the full name, folded (case, accents, punctuation and courtesy titles ignored):
 *    "Sergei Lavrov", "SERGEI LAVROV" and "Mr. Sergei Lavrov" are one identity. A person the
 *    article names by one word only ("Lavrov") has no identity and is never kept as one: within
 *    the article the analysis has already resolved surnames to the full names it uses. Only when
 *    it could not, the archive is asked: if exactly one full name the reader has read carries
 *    that surname, the article's "Lavrov" is shown as that person (see surnameOnly).
 * 2. The same surname with another first name is another identity, so another person.
 * 3. Role context: the same full name is two people when both articles state a role and one is a
 *    public post while the other is not ("James Miller, Undersecretary of Defense" and "James
 *    Miller, chief executive of Acme"). This also separates one person across a move between
 *    private life and office ("Exxon's chief executive" and "Secretary of State"); the reader's
 *    "same person" joins them again.
 * 4. The reader's corrections win over all of the above.
 */
import type { Person } from '../types';
import { HONORIFICS } from '../nlp/lexicon';
import type { IdentityCorrection } from './types';

/** Lower case, no accents, apostrophes joined ("O'Brien" = "OBrien"), other punctuation a space. */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʼ`]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The person's identity across articles, or null when the article gives no full name. A full name
 * has at least two words of two letters or more after courtesy titles: "J. Smith" is too little
 * to tell one J. Smith from another, while "George W. Bush" is kept whole (and so stays apart from
 * "George H. W. Bush").
 */
export function personIdentity(person: Pick<Person, 'name'>): string | null {
  const words = foldName(person.name).split(' ');
  while (words.length > 0 && HONORIFICS.has(words[0]!)) words.shift();
  return words.filter((word) => word.length > 1).length >= 2 ? words.join(' ') : null;
}

/** Whether `value` is an identity as personIdentity gives one (for what comes from outside: a file, a message). */
export const isIdentity = (value: unknown): value is string => typeof value === 'string' && personIdentity({ name: value }) === value;

/**
 * The folded surname of a person the article names by one word only ("Mr. Brezgin" → "brezgin"),
 * or null for a full name (or nothing a surname could be). It is what the reader's corrections
 * name such a person by ("this Brezgin is not Anatoly Brezgin"), never an identity of its own.
 */
export function surnameOnly(person: Pick<Person, 'name'>): string | null {
  const words = foldName(person.name).split(' ');
  while (words.length > 1 && HONORIFICS.has(words[0]!)) words.shift();
  return words.length === 1 && words[0]!.length > 1 && !HONORIFICS.has(words[0]!) ? words[0]! : null;
}

/** What a correction may name: an identity, or a surname a one-word person is corrected by. */
export const isCorrectable = (value: unknown): value is string =>
  isIdentity(value) || (typeof value === 'string' && surnameOnly({ name: value }) === value);

/** What the identity rule compares: a person as one article names them. */
export interface NamedPerson {
  identity: string;
  role: string | null;
  official: boolean;
}

/** Rule 3: both articles state a role, and exactly one of them is a public post. */
export const rolesConflict = (a: NamedPerson, b: NamedPerson): boolean =>
  a.role !== null && b.role !== null && a.official !== b.official;

/** The reader's corrections, looked up by pair in either order. */
export class Corrections {
  readonly #verdicts = new Map<string, boolean>();
  readonly #joined = new Map<string, Set<string>>();

  constructor(corrections: readonly IdentityCorrection[]) {
    for (const { a, b, same } of corrections) {
      this.#verdicts.set(pairKey(a, b), same);
      if (same && a !== b) {
        this.#join(a, b);
        this.#join(b, a);
      }
    }
  }

  #join(from: string, to: string): void {
    const joined = this.#joined.get(from) ?? new Set<string>();
    joined.add(to);
    this.#joined.set(from, joined);
  }

  /** What the reader said about these two identities, if anything. */
  verdict(a: string, b: string): boolean | undefined {
    return this.#verdicts.get(pairKey(a, b));
  }

  /**
   * The identities whose articles may be this person's: itself, unless the reader said this name
   * belongs to different people, and every identity the reader joined to it. Only direct joins
   * count: the reader saw each pair they joined, not the chains they make.
   */
  linkedTo(identity: string): string[] {
    const own = this.verdict(identity, identity) === false ? [] : [identity];
    return [...own, ...(this.#joined.get(identity) ?? [])];
  }
}

/** Whether two people named in two articles are one person: the reader's word, else rules 1–3. */
export function sameIdentity(a: NamedPerson, b: NamedPerson, corrections: Corrections): boolean {
  return corrections.verdict(a.identity, b.identity) ?? (a.identity === b.identity && !rolesConflict(a, b));
}

/** A correction in its one stored form: the pair in code-unit order, so (a, b) and (b, a) are one record. */
export function orderedCorrection({ a, b, same }: IdentityCorrection): IdentityCorrection {
  return a <= b ? { a, b, same } : { a: b, b: a, same };
}

/** One key for a pair of identities in either order. */
export const pairKey = (a: string, b: string): string => (a <= b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
