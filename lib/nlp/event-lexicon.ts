/**
 * The vocabulary that makes a phrase a named event: head words ("summit", "Act", "scandal") and the
 * modifiers that turn a common noun into a name ("G20 meeting", "Iran nuclear deal").
 */
import { lexiconTag } from './tokens';

/** Mentions of one family with the same modifier are the same event ("G20 meeting" = "G20 summit"). */
export type Family =
  | 'gathering' | 'election' | 'war' | 'crisis' | 'coup' | 'attack' | 'law' | 'accord'
  | 'scandal' | 'sport' | 'festival' | 'disaster' | 'protest' | 'legal' | 'politics' | 'business';

/**
 * What a lower-case head needs to name an event (a capitalised head always needs a capitalised modifier):
 * - `chunk`: a capitalised modifier ("Sydney crisis"), since "a crisis" alone is just a word;
 * - `placeOrTopic`: a place or a topic word ("Iran nuclear deal", "Iraq war"; for gatherings also an
 *   acronym: "G20 meeting"), because "Yahoo deal", "Twitter war" or "Monday's meeting" are not events;
 * - `election`: a modifier or an election adjective ("midterm elections");
 * - `bare`: enough on its own after "the" or a possessive ("Tuesday night's coup");
 * - `never`: only the capitalised form is an event ("Affordable Care Act", not "act").
 */
export type Licence = 'chunk' | 'placeOrTopic' | 'election' | 'bare' | 'never';

export interface HeadRule {
  family: Family;
  lower: Licence;
  /** Also named by what follows: "Treaty of Versailles", "the war in Syria". */
  namedByComplement?: boolean;
  /** The capitalised modifier must match ("Olympic Games", not "Epic Games"). */
  modifierMust?: RegExp;
  /** The capitalised modifier must not match ("License Agreement" is not a treaty). */
  modifierMustNot?: RegExp;
  /** A capitalised head that names an event with no modifier at all ("the Olympics"). */
  standalone?: boolean;
}

const rule = (family: Family, lower: Licence, extra: Partial<HeadRule> = {}): HeadRule => ({ family, lower, ...extra });

const gatheringNamed = rule('gathering', 'chunk', { namedByComplement: true });
const meeting = rule('gathering', 'placeOrTopic');
const election = rule('election', 'election');
const electionNamed = rule('election', 'chunk');
const war = rule('war', 'placeOrTopic', { namedByComplement: true });
const crisis = rule('crisis', 'chunk', { namedByComplement: true });
const attack = rule('attack', 'placeOrTopic');
const accord = rule('accord', 'placeOrTopic', {
  modifierMustNot: /\b(?:Licen[cs]e|User|Users|Service|Services|Terms|Privacy|Subscription|Purchase|Confidentiality|Disclosure)\b/,
});
const scandal = rule('scandal', 'chunk');
const sport = rule('sport', 'never');
const disaster = rule('disaster', 'chunk');
const protest = rule('protest', 'chunk');

export const HEADS: ReadonlyMap<string, HeadRule> = new Map<string, HeadRule>([
  ['summit', gatheringNamed], ['summits', gatheringNamed],
  ['conference', gatheringNamed],
  ['convention', rule('gathering', 'chunk')],
  ['meeting', meeting], ['meetings', meeting], ['talks', meeting],
  ['forum', rule('gathering', 'never')],
  ['congress', rule('gathering', 'chunk', { modifierMust: /\b(?:Party|World)\b/ })],
  ['election', election], ['elections', election], ['referendum', election],
  ['primary', electionNamed], ['primaries', electionNamed], ['caucus', electionNamed], ['caucuses', electionNamed],
  ['midterms', rule('election', 'bare')],
  ['war', war], ['battle', rule('war', 'never', { namedByComplement: true })],
  ['invasion', rule('war', 'placeOrTopic', { namedByComplement: true })],
  ['conflict', rule('war', 'placeOrTopic')],
  ['crisis', crisis], ['siege', crisis],
  ['coup', rule('coup', 'bare', { namedByComplement: true })],
  ['revolution', rule('coup', 'placeOrTopic')], ['uprising', rule('coup', 'placeOrTopic')], ['spring', rule('coup', 'never')],
  ['attack', attack], ['attacks', attack], ['bombing', attack], ['bombings', attack],
  ['shooting', attack], ['shootings', attack], ['massacre', rule('attack', 'chunk', { namedByComplement: true })],
  ['act', rule('law', 'never')], ['regulation', rule('law', 'never')], ['blacklist', rule('law', 'chunk')],
  ['treaty', { ...accord, namedByComplement: true }], ['accord', accord], ['accords', accord],
  ['agreement', accord], ['deal', accord], ['pact', accord],
  ['scandal', scandal], ['scandals', scandal], ['affair', scandal],
  ['olympics', rule('sport', 'never', { standalone: true })], ['paralympics', rule('sport', 'never', { standalone: true })],
  ['games', rule('sport', 'never', { modifierMust: /\b(?:Olympic|Paralympic|Commonwealth|Asian|Invictus|Youth)\b/ })],
  ['cup', sport], ['championship', sport], ['championships', sport], ['bowl', sport], ['marathon', sport],
  // "the Hindu festival of lights" is a holiday: recurring, not an event.
  ['festival', rule('festival', 'chunk', { modifierMustNot: /\b(?:Hindu|Jewish|Muslim|Islamic|Christian|Buddhist|Sikh|Pagan|Lunar|Religious)\b/ })],
  ['earthquake', disaster], ['tsunami', disaster], ['spill', disaster], ['disaster', rule('disaster', 'placeOrTopic')],
  ['pandemic', disaster], ['outbreak', disaster], ['eruption', disaster],
  ['protest', protest], ['protests', protest], ['march', rule('protest', 'never')],
  ['rally', rule('protest', 'placeOrTopic')], ['riots', rule('protest', 'placeOrTopic')],
  ['fair', rule('festival', 'never', { modifierMust: /\bWorld['’]?s?\b/ })], ['exposition', rule('festival', 'never')],
  ['expo', rule('festival', 'never')], ['show', rule('festival', 'never', { modifierMust: /\b(?:Motor|Auto|Air|Flower|Boat|Trade)\b/ })],
  ['depression', rule('crisis', 'never', { modifierMust: /^Great$/ })], ['recession', rule('crisis', 'never', { modifierMust: /^Great$/ })],
]);

/** Storms are named after the head word: "Hurricane Sandy", "Typhoon Haiyan". */
export const STORM_WORDS: ReadonlySet<string> = new Set(['hurricane', 'typhoon', 'cyclone', 'superstorm', 'storm']);
/** "National Hurricane Center", "Storm Warning": the storm word inside an institution or a notice. */
export const NOT_STORM_NAMES: ReadonlySet<string> = new Set(['center', 'centre', 'season', 'seasons', 'warning', 'watch', 'hunters', 'tracker']);

/** Lower-case words that can sit between a name and its head: "Iran nuclear deal", "Greek debt crisis". */
export const TOPIC_WORDS: ReadonlySet<string> = new Set([
  'nuclear', 'climate', 'peace', 'trade', 'free-trade', 'arms', 'ceasefire', 'cease-fire', 'debt', 'financial',
  'banking', 'refugee', 'migrant', 'migration', 'hostage', 'missile', 'data', 'privacy', 'doping', 'corruption',
  'bribery', 'spy', 'spying', 'hacking', 'phone-hacking', 'emissions', 'energy', 'gas', 'oil', 'civil', 'border',
  'bailout', 'budget', 'security', 'military', 'terror', 'terrorist', 'chemical', 'economic', 'currency',
  'mortgage', 'abuse', 'sex', 'expenses', 'cheating', 'bank', 'independence', 'leadership', 'film', 'music',
  'book', 'art', 'email', 'harassment', 'accounting', 'insider', 'trading',
]);

/** Adjectives that make a lower-case "election" an event by themselves ("the midterm elections"). */
export const ELECTION_WORDS: ReadonlySet<string> = new Set([
  'midterm', 'presidential', 'general', 'parliamentary', 'congressional', 'legislative', 'mayoral', 'municipal',
  'gubernatorial', 'federal', 'national', 'regional', 'local', 'state', 'snap', 'special', 'runoff', 'run-off',
  'leadership', 'independence', 'primary',
]);

export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
export const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** Capitalised only because they open the sentence (or a title): never part of an event's name. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'after',
  'before', 'during', 'despite', 'since', 'in', 'at', 'on', 'for', 'from', 'by', 'with', 'without', 'but', 'and',
  'or', 'yet', 'so', 'when', 'while', 'as', 'if', 'although', 'because', 'unlike', 'like', 'following', 'amid',
  'until', 'last', 'next', 'every', 'each', 'another', 'any', 'some', 'no', 'both', 'all', 'such', 'what',
  'which', 'whose', 'then', 'now', 'once', 'even', 'only', 'still', 'also', 'however', 'meanwhile', 'it', 'we',
  'they', 'he', 'she', 'i', 'you', 'there', 'here', 'where', 'why', 'how', 'whether', 'ahead', 'over', 'about',
]);

const PLACE_TAGS = /\b(?:Place|Country|City|Region|Demonym)\b/;
const NAME_TAGS = /\b(?:ProperNoun|Person|FirstName|LastName|Organization|Place|Country|City|Region|Demonym|Acronym)\b/;

/** compromise's tags for a word or phrase, space-separated; null for words it does not know. */
export function lexiconTags(phrase: string): string | null {
  // Some entries hold several tags ("dl": Abbreviation, Unit), whatever lexiconTag's type says.
  const tags: string | string[] | undefined = lexiconTag(phrase.toLowerCase());
  if (!tags) return null;
  return Array.isArray(tags) ? tags.join(' ') : tags;
}

/** Whether compromise's lexicon knows the word or phrase as a place or a demonym. */
export function isKnownPlace(phrase: string): boolean {
  return PLACE_TAGS.test(lexiconTags(phrase) ?? '');
}

/** Whether compromise's lexicon knows the word as an ordinary word ("price", "financial"), not a name. */
export function isCommonWord(word: string): boolean {
  const tags = lexiconTags(word);
  return tags !== null && !NAME_TAGS.test(tags);
}
