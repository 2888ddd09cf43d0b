/**
 * Underlines through the CSS Custom Highlight API: the page's DOM and text stay untouched, and the
 * look comes from `::highlight(<name>)` rules in our stylesheet.
 */
import type { Person } from '../types';
import type { Mention } from './mentions';

export const OFFICIAL_HIGHLIGHT = 'backstory-official';
export const PERSON_HIGHLIGHT = 'backstory-person';
export type HighlightName = typeof OFFICIAL_HIGHLIGHT | typeof PERSON_HIGHLIGHT;

/** The highlight each person's mentions go in, by person key: officials are styled apart. */
export function highlightNames(people: readonly Pick<Person, 'key' | 'official'>[]): Map<string, HighlightName> {
  return new Map(people.map((person) => [person.key, person.official ? OFFICIAL_HIGHLIGHT : PERSON_HIGHLIGHT]));
}

/** Ranges per highlight name; mentions of people not in `names` are left out. */
export function groupMentions(mentions: readonly Mention[], names: ReadonlyMap<string, string>): Map<string, Range[]> {
  const groups = new Map<string, Range[]>();
  for (const mention of mentions) {
    const name = names.get(mention.personKey);
    if (name === undefined) continue;
    const ranges = groups.get(name);
    if (ranges) ranges.push(mention.range);
    else groups.set(name, [mention.range]);
  }
  return groups;
}

/** The parts of `CSS.highlights` and `Highlight` used here, so tests can pass fakes. */
export interface HighlightRegistryLike<H> {
  get(name: string): H | undefined;
  set(name: string, highlight: H): unknown;
  delete(name: string): boolean;
}
export type HighlightConstructor<H> = new (...ranges: AbstractRange[]) => H;

/**
 * Registers one highlight per group and returns the cleanup. Without the API (older browsers) it
 * does nothing. The cleanup removes only highlights that are still ours and puts back any it
 * replaced, so another script's highlights survive.
 */
export function registerHighlights<H>(
  css: { highlights?: HighlightRegistryLike<H> } | undefined,
  groups: ReadonlyMap<string, readonly AbstractRange[]>,
  HighlightClass: HighlightConstructor<H> | undefined = (globalThis as unknown as { Highlight?: HighlightConstructor<H> }).Highlight,
): () => void {
  const registry = css && 'highlights' in css ? css.highlights : undefined;
  if (!registry || typeof HighlightClass !== 'function') return () => {};
  const added: Array<{ name: string; highlight: H; replaced: H | undefined }> = [];
  for (const [name, ranges] of groups) {
    const highlight = new HighlightClass(...ranges);
    added.push({ name, highlight, replaced: registry.get(name) });
    registry.set(name, highlight);
  }
  return () => {
    for (const { name, highlight, replaced } of added.splice(0)) {
      if (registry.get(name) !== highlight) continue;
      if (replaced === undefined) registry.delete(name);
      else registry.set(name, replaced);
    }
  };
}

/** The mention Backstory just scrolled to, flashed for a moment (styled in the content script's stylesheet). */
export const FLASH_HIGHLIGHT = 'backstory-flash';
