/**
 * Counts the analyzer's errors on one page by the classes issue 9 names, so a change can be seen to
 * shrink a class and not just move a total. People and events are matched to gold the way
 * `../shared/eval/score.mjs` matches them (same normalisation, same thresholds); what this adds is
 * the reason behind each miss.
 */

export interface GoldPerson {
  name: string;
  aliases?: string[];
  roles?: string[];
  official?: boolean | null;
}

export interface GoldPage {
  published?: string | null;
  author?: string[];
  people?: GoldPerson[];
  events?: { name: string; aliases?: string[]; date?: string | null }[];
  related?: { title: string }[] | null;
}

export interface PredictedPage {
  published?: string | null;
  people?: { name: string; role?: string | null; roles?: string[]; official?: boolean }[];
  events?: { name: string; date?: string | null }[];
  related?: { title: string }[];
}

export const ERROR_CLASSES = {
  gluedName: 'false names with glued words (a title, verb or headline word taken into a name)',
  credit: 'credits taken as people (contributor, photo, contact and follow lines)',
  duplicate: 'one person listed twice',
  otherExtraPerson: 'other false names (not a person, or not named in the text)',
  missedSurnameOnly: 'missed people named by surname or title only',
  missedPerson: 'other missed people',
  noRole: 'people found without the role the text states',
  wrongRole: 'people shown with a wrong first role',
  wrongOfficial: 'people wrongly marked official or not',
  missedEvent: 'missed events',
  extraEvent: 'events a reader would not list',
  wrongEventDate: 'events found with a wrong or no date',
  wrongPublished: 'wrong or missing publication date',
  missedRelatedBlock: 'related blocks missed (none of the gold links found)',
  wrongRelatedLinks: 'related links that are not the page’s related block',
} as const;

export type ErrorClass = keyof typeof ERROR_CLASSES;
export type ErrorCounts = Record<ErrorClass, number>;

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady']);
/** Words around a name that say it is a credit, not a person of the story. */
const CREDIT_CONTEXT =
  /\b(?:contributed|contributing|reporting|reported by|writers?|editing|edited by|photo(?:graph)?s?|photographer|video|images?|getty|reuters|associated press|\bap\b|afp|contact|follow|twitter|email|e-mail|newsletter|staff|correspondent|by)\b/i;

const normalise = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export const nameKey = (name: string): string =>
  normalise(name)
    .split(' ')
    .filter((word) => word && !HONORIFICS.has(word))
    .join(' ');

const contentWords = (text: string): string[] => normalise(text).split(' ').filter((word) => word && !['the', 'a', 'an', 'of'].includes(word));

export function tokenF1(a: string, b: string): number {
  const left = contentWords(a);
  const pool = contentWords(b);
  if (!left.length || !pool.length) return 0;
  const right = pool.length;
  let hits = 0;
  for (const word of left) {
    const at = pool.indexOf(word);
    if (at >= 0) {
      hits += 1;
      pool.splice(at, 1);
    }
  }
  if (!hits) return 0;
  const precision = hits / left.length;
  const recall = hits / right;
  return (2 * precision * recall) / (precision + recall);
}

const emptyCounts = (): ErrorCounts => Object.fromEntries(Object.keys(ERROR_CLASSES).map((name) => [name, 0])) as ErrorCounts;

/** True when the words of `inner` stand together, in order, inside the longer `outer`. */
function containsRun(outer: string[], inner: string[]): boolean {
  if (!inner.length || inner.length >= outer.length) return false;
  return outer.some((_, start) => inner.every((word, offset) => outer[start + offset] === word));
}

function isCredit(name: string, text: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const around = new RegExp(`.{0,60}${escaped}.{0,60}`, 'gi');
  const windows = text.match(around) ?? [];
  return windows.length > 0 && windows.every((window) => CREDIT_CONTEXT.test(window));
}

interface GoldEntry {
  person: GoldPerson;
  keys: Set<string>;
  hit: boolean;
}

/** The classes of every error the prediction makes on one page; `text` is the article text the people were read from. */
export function classifyErrors(gold: GoldPage, predicted: PredictedPage, text: string): ErrorCounts {
  const counts = emptyCounts();
  const authors = new Set((gold.author ?? []).map(nameKey));
  const golds: GoldEntry[] = (gold.people ?? []).map((person) => ({
    person,
    keys: new Set([person.name, ...(person.aliases ?? [])].map(nameKey)),
    hit: false,
  }));
  const found = new Map<GoldEntry, NonNullable<PredictedPage['people']>[number]>();
  for (const person of predicted.people ?? []) {
    const key = nameKey(person.name);
    if (authors.has(key)) continue;
    const entry = golds.find((candidate) => candidate.keys.has(key));
    if (entry && !entry.hit) {
      entry.hit = true;
      found.set(entry, person);
      continue;
    }
    const words = key.split(' ');
    const gluedTo = golds.some((candidate) => [...candidate.keys].some((goldKey) => containsRun(words, goldKey.split(' '))));
    const sharesAWord = golds.some((candidate) => [...candidate.keys].some((goldKey) => goldKey.split(' ').some((word) => words.includes(word))));
    if (entry) counts.duplicate += 1;
    else if (gluedTo) counts.gluedName += 1;
    else if (isCredit(person.name, text)) counts.credit += 1;
    else if (sharesAWord && words.length === 1) counts.duplicate += 1;
    else counts.otherExtraPerson += 1;
  }
  for (const entry of golds) {
    const person = found.get(entry);
    if (!person) {
      if (nameKey(entry.person.name).split(' ').length === 1) counts.missedSurnameOnly += 1;
      else counts.missedPerson += 1;
      continue;
    }
    if (typeof entry.person.official === 'boolean' && person.official !== entry.person.official) counts.wrongOfficial += 1;
    const goldRoles = entry.person.roles ?? [];
    if (!goldRoles.length) continue;
    const shown = person.role ?? person.roles?.[0];
    if (!shown) counts.noRole += 1;
    else if (!goldRoles.some((role) => tokenF1(shown, role) >= 0.6)) counts.wrongRole += 1;
  }
  classifyEvents(gold, predicted, counts);
  if (gold.published && !String(predicted.published ?? '').startsWith(gold.published)) counts.wrongPublished += 1;
  if (gold.related) {
    const goldTitles = gold.related.map((link) => link.title);
    const matches = (title: string) => goldTitles.some((goldTitle) => nameKey(goldTitle) === nameKey(title) || tokenF1(goldTitle, title) >= 0.8);
    const links = predicted.related ?? [];
    if (goldTitles.length && !links.some((link) => matches(link.title))) counts.missedRelatedBlock += 1;
    counts.wrongRelatedLinks += links.filter((link) => !matches(link.title)).length;
  }
  return counts;
}

function classifyEvents(gold: GoldPage, predicted: PredictedPage, counts: ErrorCounts): void {
  const golds = (gold.events ?? []).map((event) => ({ event, names: [event.name, ...(event.aliases ?? [])], hit: null as { date?: string | null } | null }));
  for (const event of predicted.events ?? []) {
    const entry = golds.find((candidate) => !candidate.hit && candidate.names.some((name) => tokenF1(event.name, name) >= 0.5 || nameKey(event.name) === nameKey(name)));
    if (entry) entry.hit = event;
    else counts.extraEvent += 1;
  }
  for (const { event, hit } of golds) {
    if (!hit) counts.missedEvent += 1;
    else if (event.date && !String(hit.date ?? '').startsWith(event.date)) counts.wrongEventDate += 1;
  }
}

export function addCounts(total: ErrorCounts, page: ErrorCounts): ErrorCounts {
  const sum = emptyCounts();
  for (const name of Object.keys(sum) as ErrorClass[]) sum[name] = total[name] + page[name];
  return sum;
}

export const noErrors = emptyCounts;

/**
 * The pages of fold `fold` (1-based) of `folds`: each page falls in one fold by a stable hash of
 * its name, so the folds mix sites and do not shift when a page is added.
 */
export function inFold(name: string, fold: number, folds: number): boolean {
  let hash = 2166136261;
  for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return (hash % folds) + 1 === fold;
}
