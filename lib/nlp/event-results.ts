/**
 * Matches said with a verb between two teams: "Russia beat Croatia on Monday", "Serbia takes on Japan",
 * "The United States lost to Canada". Named as a card reads them: "Russia vs. Croatia". People beating
 * people ("Shapovalov defeated Fritz") are points in a match, and rivals in politics are not matches:
 * both sides must be teams, that is places ("Spain", "Oklahoma City") or a plural club name after "the".
 */
import { isKnownPlace, lexiconTags, MONTHS, NOT_NAME_WORDS, WEEKDAYS } from './event-lexicon';
import { adjacent, type Token } from './event-text';

export interface ResultMention {
  name: string;
  key: string;
  start: number;
  end: number;
}

/** Verbs of a result or a fixture, as one word or two ("lost to", "takes on", "got past"). */
const RESULT_VERBS: ReadonlyMap<string, readonly string[]> = new Map([
  ['beat', []], ['beats', []], ['defeated', []], ['defeats', []], ['edged', []], ['edges', []], ['routed', []],
  ['thrashed', []], ['upset', []], ['eliminated', []], ['overcame', []], ['downed', []], ['topped', []],
  ['plays', []], ['faces', []], ['meets', []], ['hosts', []], ['hosted', []],
  ['lost', ['to']], ['loses', ['to']], ['fell', ['to']], ['falls', ['to']], ['drew', ['with']], ['tied', ['with']],
  ['takes', ['on']], ['took', ['on']], ['got', ['past']], ['gets', ['past']],
]);
const MAX_TEAM_TOKENS = 4;
const AUXILIARIES = new Set(['had', 'has', 'have', 'will', 'would', 'could', 'then', 'also']);
/** Every verb form, for the cheap sentence filter. */
export const RESULT_VERB_WORDS: readonly string[] = [...RESULT_VERBS.keys()];
const FIRST_NAME = /\bFirstName\b/;

/** The match whose verb is token `v`, if the words on both sides are teams. */
export function resultMention(sentence: string, tokens: readonly Token[], v: number): ResultMention | null {
  const verb = tokens[v];
  const particles = verb ? RESULT_VERBS.get(verb.lower) : undefined;
  if (!verb || !particles) return null;
  let objectStart = v + 1;
  if (particles.length) {
    const particle = tokens[v + 1];
    if (!particle || !particles.includes(particle.lower) || !adjacent(sentence, verb, particle)) return null;
    objectStart = v + 2;
  }
  // "Argentina comfortably got past Chile": one adverb may sit between the team and its verb,
  // "Colombia had lost to Belgium": and an auxiliary.
  let subjectEnd = v - 1;
  if (tokens[subjectEnd]?.lower.endsWith('ly') && !tokens[subjectEnd]?.capital) subjectEnd--;
  if (AUXILIARIES.has(tokens[subjectEnd]?.lower ?? '')) subjectEnd--;
  const subject = teamBefore(sentence, tokens, subjectEnd);
  const object = teamAfter(sentence, tokens, objectStart);
  if (!subject || !object) return null;
  const first = subject[0] as Token;
  const last = object[object.length - 1] as Token;
  const name = `${text(sentence, subject)} vs. ${text(sentence, object)}`;
  const key = [...subject, ...object].map((t) => t.lower).sort().join(' ');
  return { name, key, start: first.start, end: last.end };
}

function teamBefore(sentence: string, tokens: readonly Token[], end: number): Token[] | null {
  const team: Token[] = [];
  for (let i = end; i >= 0 && team.length < MAX_TEAM_TOKENS; i--) {
    const t = tokens[i] as Token;
    if (!isTeamWord(t) || (team[0] && !adjacent(sentence, t, team[0]))) break;
    team.unshift(t);
  }
  const before = tokens[end - team.length];
  const afterThe = before?.lower === 'the';
  return isTeam(team, afterThe) ? team : null;
}

function teamAfter(sentence: string, tokens: readonly Token[], start: number): Token[] | null {
  let i = start;
  const afterThe = tokens[i]?.lower === 'the';
  if (afterThe) i++;
  const team: Token[] = [];
  for (let t = tokens[i]; t && team.length < MAX_TEAM_TOKENS && isTeamWord(t); t = tokens[++i]) {
    const previous = team[team.length - 1];
    if (previous && !adjacent(sentence, previous, t)) break;
    team.push(t);
    if (t.possessive) break;
  }
  return isTeam(team, afterThe) ? team : null;
}

function isTeamWord(t: Token): boolean {
  const bare = t.lower.replace(/\.$/, '');
  return /^\p{Lu}/u.test(t.text) && !NOT_NAME_WORDS.has(bare) && !MONTHS.has(bare) && !WEEKDAYS.has(bare);
}

/** A place ("Spain", "the Netherlands", "United States") or "the Lakers"; never a person's name. */
function isTeam(team: readonly Token[], afterThe: boolean): boolean {
  if (!team.length || team.some((t) => t.possessive || FIRST_NAME.test(lexiconTags(t.lower) ?? ''))) return false;
  const phrase = team.map((t) => t.text).join(' ');
  if (isKnownPlace(phrase) || team.some((t) => isKnownPlace(t.text))) return true;
  return afterThe && /s$/.test(team[team.length - 1]?.text ?? '');
}

function text(sentence: string, team: readonly Token[]): string {
  return sentence.slice((team[0] as Token).start, (team[team.length - 1] as Token).end);
}
