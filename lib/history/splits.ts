/**
 * The identity rule's most common mistake is two people of one full name (two John Smiths, no
 * roles stated to tell them apart). An identity correction cannot fix it: "john smith is not john
 * smith" would part every article of that name. So the reader's answer is kept per pair of
 * articles: these two name two different people of that name. It parts those two only; a third
 * article still lists both, since the reader said nothing about it.
 */
import { isIdentity, type Corrections } from './identity';
import type { ArticleSplit } from './types';
import { normalizeArticleUrl } from './url';

/** A split in its one stored form: the two addresses normalised and in code-unit order. Throws on anything else. */
export function orderedSplit({ identity, urls }: ArticleSplit): ArticleSplit {
  const [x, y] = urls.map((url) => normalizeArticleUrl(url));
  if (!isIdentity(identity) || urls.length !== 2 || !x || !y || x === y) {
    throw new TypeError(`Not two articles and the person identity they name: ${JSON.stringify({ identity, urls })}`);
  }
  return { identity, urls: x < y ? [x, y] : [y, x] };
}

/** The splits that name one article, asked which of another article's people are not this article's. */
export class SplitsOf {
  readonly #apart = new Map<string, Set<string>>();

  /** `splits`: those naming `url` (the splits table's url index gives just these); none for an article with no address. */
  constructor(url: string | null, splits: readonly ArticleSplit[]) {
    for (const { identity, urls } of splits) {
      const other = urls[0] === url ? urls[1] : urls[1] === url ? urls[0] : null;
      if (other === null) continue;
      const apart = this.#apart.get(identity) ?? new Set<string>();
      apart.add(other);
      this.#apart.set(identity, apart);
    }
  }

  /** Whether the reader said `identity` in the article at `url` is someone else than in this article. */
  apart(identity: string, url: string): boolean {
    return this.#apart.get(identity)?.has(url) ?? false;
  }
}

/** The reader's word on who is who, as a query about one article applies it. */
export interface Verdicts {
  corrections: Corrections;
  /** The splits naming that article. */
  splits: SplitsOf;
}
