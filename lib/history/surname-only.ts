/**
 * Who a person the article names by surname only ("Brezgin", never with a first name) is in the
 * reader's history. The analysis resolves surnames within the article first; this is for those it
 * could not. The rule stays conservative: the article's "Brezgin" is shown as the one full name
 * with that exact surname the archive holds, and as nobody when it holds several (the reader is
 * asked instead) or when the article itself names someone of that surname. The reader's answers,
 * kept under the surname ("brezgin" is / is not "anatoly brezgin"), win. Pure: the store brings
 * the names it holds under the surname.
 */
import type { Corrections } from './identity';
import { hasSurname } from './possible-matches';

export interface SurnameResolution {
  /** The full names shown as this person: the reader's joins, else the only candidate. */
  shownAs: string[];
  /** Candidates the reader has not answered about and that are not shown: to ask about. */
  undecided: string[];
}

/**
 * `filed`: the identities the archive files under the surname's spelling key; `named`: the
 * identities the current article gives its people.
 */
export function resolveSurname(surname: string, filed: readonly string[], named: ReadonlySet<string>, corrections: Corrections): SurnameResolution {
  const none: SurnameResolution = { shownAs: [], undecided: [] };
  // The article names a "Brezgin" in full and still kept this one apart: two people to it.
  if ([...named].some((identity) => hasSurname(identity, surname))) return none;
  const candidates = [...new Set(filed)].filter((identity) => hasSurname(identity, surname));
  const joined = candidates.filter((identity) => corrections.verdict(surname, identity) === true);
  const open = candidates.filter((identity) => corrections.verdict(surname, identity) === undefined);
  const shownAs = joined.length > 0 ? joined : open.length === 1 ? open : [];
  return { shownAs, undecided: open.filter((identity) => !shownAs.includes(identity)) };
}
