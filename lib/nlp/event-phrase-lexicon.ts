/**
 * Events said in ordinary words ("the impeachment inquiry", "Tuesday's hearing", "the crash"): the
 * lower-case head nouns by family, and how much a phrase around each needs before a reader would date it.
 */
import type { Family } from './event-lexicon';

/**
 * - `strong`: a specific event as soon as it is definite or modified ("the trial", "the helicopter crash");
 * - `weak`: a common word that names an event only with a name or a date on it ("Trump's call",
 *   "the July 25 call", "the meeting on Monday"), never alone ("a call", "the meeting");
 * - `dated`: a word as often a thing as an event ("the Star Wars game", "an Airbus order"): only with a date.
 */
export type Strength = 'strong' | 'weak' | 'dated';

export interface PhraseHead {
  family: Family;
  /** The singular, so that "crashes" and "the crash" are one event (and "suicide" is "death"). */
  lemma: string;
  strength: Strength;
  /** "crashes", "protests": a plural is one event only when named or dated ("the 737 Max crashes"). */
  plural: boolean;
  /** Modifiers that make a weak head strong: "the presidential race", "the governor's race". */
  strongWith?: RegExp;
  /** Prepositions whose capitalised object names the event: "launch of Disney+", "win over Russia". */
  complements: readonly string[];
}

const OF = ['of'];
const RESULT = ['over', 'to', 'against'];

/** [lemma, family, strength, complements]: general English event nouns, grouped by family. */
/** Offices and election adjectives: a race or a campaign for one is an election. */
const ELECTORAL = /\b(?:presidential|gubernatorial|mayoral|senate|congressional|parliamentary|leadership|primary|reelection|re-election|governor's|mayor's|governorship)\b/;

const ENTRIES: ReadonlyArray<readonly [string, Family, Strength, readonly string[]]> = [
  // Courts and inquiries.
  ['trial', 'legal', 'strong', OF], ['hearing', 'legal', 'strong', []], ['sentencing', 'legal', 'strong', OF],
  ['arrest', 'legal', 'strong', OF], ['indictment', 'legal', 'strong', OF], ['inquiry', 'legal', 'strong', []],
  ['impeachment', 'legal', 'strong', OF], ['verdict', 'legal', 'strong', []], ['conviction', 'legal', 'weak', OF],
  ['acquittal', 'legal', 'strong', OF], ['testimony', 'legal', 'weak', []], ['injunction', 'legal', 'weak', []],
  ['ruling', 'legal', 'weak', []], ['bill', 'legal', 'strong', []], ['raid', 'legal', 'weak', OF], ['extradition', 'legal', 'weak', OF],
  // Politics and public life.
  ['debate', 'politics', 'weak', []], ['vote', 'politics', 'weak', []], ['inauguration', 'politics', 'strong', OF],
  ['resignation', 'politics', 'weak', []], ['race', 'politics', 'weak', []], ['campaign', 'politics', 'weak', []],
  ['call', 'politics', 'weak', []], ['visit', 'politics', 'weak', OF], ['interview', 'politics', 'weak', []],
  ['announcement', 'politics', 'weak', []], ['speech', 'politics', 'weak', []], ['chat', 'politics', 'weak', []],
  ['session', 'gathering', 'dated', OF], ['ceremony', 'gathering', 'weak', []], ['gathering', 'gathering', 'weak', OF],
  ['appointment', 'politics', 'weak', OF], ['sacking', 'politics', 'strong', OF], ['firing', 'politics', 'weak', OF],
  ['swap', 'politics', 'strong', []], ['bid', 'politics', 'weak', []], ['strike', 'protest', 'dated', []],
  // Sport.
  ['match', 'sport', 'weak', []], ['rematch', 'sport', 'strong', []], ['game', 'sport', 'dated', []],
  ['final', 'sport', 'weak', []], ['finals', 'sport', 'weak', []], ['tournament', 'sport', 'weak', []],
  ['fight', 'sport', 'weak', []], ['bout', 'sport', 'weak', []],
  ['win', 'sport', 'weak', RESULT], ['victory', 'sport', 'weak', RESULT], ['loss', 'sport', 'weak', RESULT],
  ['defeat', 'sport', 'weak', RESULT],
  // Accidents, crimes and disasters.
  ['crash', 'disaster', 'strong', OF], ['explosion', 'disaster', 'strong', []], ['blast', 'disaster', 'weak', []],
  ['fire', 'disaster', 'dated', []], ['wildfire', 'disaster', 'weak', []], ['collapse', 'disaster', 'weak', OF],
  ['derailment', 'disaster', 'strong', []], ['blackout', 'disaster', 'weak', []], ['outage', 'disaster', 'weak', []],
  ['shutoff', 'disaster', 'weak', []], ['grounding', 'disaster', 'strong', OF], ['flood', 'disaster', 'weak', []],
  ['stabbing', 'attack', 'strong', OF], ['kidnapping', 'attack', 'strong', OF], ['abduction', 'attack', 'strong', OF],
  ['murder', 'attack', 'weak', OF], ['killing', 'attack', 'weak', OF], ['assassination', 'attack', 'strong', OF],
  ['hijacking', 'attack', 'strong', OF], ['rescue', 'attack', 'weak', OF], ['death', 'attack', 'weak', OF],
  ['suicide', 'attack', 'weak', []],
  // Business.
  ['merger', 'business', 'strong', OF], ['acquisition', 'business', 'weak', OF], ['takeover', 'business', 'strong', OF],
  ['buyout', 'business', 'weak', OF], ['launch', 'business', 'weak', OF], ['rollout', 'business', 'weak', OF],
  ['listing', 'business', 'strong', []], ['offering', 'business', 'dated', []], ['purchase', 'business', 'weak', OF],
  ['bankruptcy', 'business', 'weak', []], ['order', 'business', 'dated', []],
];

/** Words for one event that an article alternates between ("Epstein's death", "Epstein's suicide"). */
const SAME_EVENT: ReadonlyMap<string, string> = new Map([
  ['suicide', 'death'], ['killing', 'death'], ['murder', 'death'],
  // "Spain's 2-1 win over Russia" is "Russia's loss to Spain" and "Spain vs. Russia".
  ['win', 'result'], ['victory', 'result'], ['loss', 'result'], ['defeat', 'result'],
]);

function plural(word: string): string {
  if (/(?:s|sh|ch|x)$/.test(word)) return `${word}es`;
  return word.replace(/y$/, 'ie') + 's';
}

/** Heads by surface form, singular and plural. */
export const PHRASE_HEADS: ReadonlyMap<string, PhraseHead> = new Map(
  ENTRIES.flatMap(([lemma, family, strength, complements]) => {
    const head: PhraseHead = { family, lemma: SAME_EVENT.get(lemma) ?? lemma, strength, complements, plural: false };
    if (family === 'politics' && ['race', 'campaign', 'bid'].includes(lemma)) head.strongWith = ELECTORAL;
    return [[lemma, head], [plural(lemma), { ...head, plural: true }]] as const;
  }),
);

/** Determiners that make a phrase definite: "the trial", "this week's vote". */
export const DEFINITE: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those']);
/** Possessive pronouns: "his trial", "their merger". */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** "a trial", "any deal", "no vote": not one particular event unless a name or a date says which. */
export const INDEFINITE: ReadonlySet<string> = new Set([
  'a', 'an', 'any', 'no', 'every', 'each', 'some', 'such', 'many', 'more', 'most', 'few', 'several',
  'future', 'possible', 'potential', 'new', 'similar', 'further', 'fewer', 'all', 'both', 'what', 'which',
]);
/** Words that end a noun phrase on its left and are not modifiers: verbs, prepositions, conjunctions. */
export const PHRASE_STOPS: ReadonlySet<string> = new Set([
  'of', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'without', 'to', 'into', 'onto', 'over', 'after', 'before',
  'during', 'since', 'until', 'against', 'about', 'amid', 'despite', 'following', 'than', 'as', 'like', 'and', 'or',
  'but', 'nor', 'so', 'yet', 'if', 'when', 'while', 'because', 'although', 'that', 'which', 'who', 'whom', 'whose',
  'is', 'was', 'were', 'are', 'be', 'been', 'being', 'am', 'has', 'had', 'have', 'do', 'does', 'did', 'will',
  'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'not', 'said', 'says', 'say', 'told', 'it',
  'he', 'she', 'they', 'we', 'i', 'you', 'him', 'them', 'us', 'me', 'there', 'here', 'then', 'now', 'also', 'just',
  'only', 'even', 'still', 'very', 'up', 'out', 'off', 'down', 'through', 'between', 'under', 'where', 'how', 'why',
  'whether', 'per', 'via', 'upon', 'among', 'within', 'toward', 'towards', 'across', 'behind', 'beyond', 'make', 'made', 'get', 'got', 'take', 'took', 'give', 'gave', 'set', 'put', 'see', 'saw',
]);
/** Time nouns: "Tuesday's", "last weekend's", "next year's" before a head date it rather than name it. */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'today', 'tonight', 'yesterday', 'tomorrow', 'week', 'weekend', 'month', 'year', 'season', 'night', 'morning',
  'afternoon', 'evening', 'day', 'decade', 'century',
]);
