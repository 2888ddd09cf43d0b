/**
 * The words an article uses for an event again elsewhere: its head noun ("the sacking", "the crash")
 * and the verb the noun is made from ("was sacked last night", "crashed on Monday"). A sentence that
 * dates one of these words dates the event the noun names.
 */
import { HEADS } from './event-lexicon';
import { PHRASE_HEAD_WORDS } from './event-phrases';

const HEAD_WORDS: ReadonlySet<string> = new Set([...PHRASE_HEAD_WORDS, ...HEADS.keys()]);
/** Words that mention the same event again: "the crash", "that sacking", "his arrest". */
const DEFINITE_BEFORE = /(?:^|\s)(?:the|this|that|his|her|its|their|[\p{Lu}][\p{L}'’.-]*['’]s?)\s+$/u;

/** The event noun of a name, its last head word: "helicopter crash" -> "crash", "second listing in Hong Kong" -> "listing". */
export function headWordOf(name: string): string | null {
  const words = name.toLowerCase().split(/\s+/).map((w) => w.replace(/['’]s$/, ''));
  return words.filter((w) => HEAD_WORDS.has(w)).pop() ?? null;
}

/** "sacking" -> "sacked", "kidnapping" -> "kidnapped", "crash" -> "crashed", "swap" -> "swapped", "purchase" -> "purchased". */
export function pastFormsOf(noun: string): string[] {
  const stem = noun.endsWith('ing') ? noun.slice(0, -3) : noun;
  if (stem.length < 3) return [];
  if (stem.endsWith('e')) return [`${stem}d`];
  return [`${stem}ed`, `${stem}${stem.at(-1) ?? ''}ed`];
}

export interface EventWord { start: number; end: number }

/**
 * Where `sentence` names the event again by its noun after a determiner or an owner ("the stabbing",
 * "Smith's arrest"), or by the noun's verb ("was arrested"). The pattern is built once per event.
 */
export function eventWordPattern(noun: string): RegExp {
  const forms = [noun, `${noun}s`, `${noun}es`, ...pastFormsOf(noun)];
  return new RegExp(`\\b(?:${forms.join('|')})\\b`, 'gi');
}

export function eventWordsIn(sentence: string, pattern: RegExp, noun: string): EventWord[] {
  const words: EventWord[] = [];
  for (const match of sentence.matchAll(pattern)) {
    const word = match[0].toLowerCase();
    const isNoun = word === noun || word === `${noun}s` || word === `${noun}es`;
    if (isNoun && !DEFINITE_BEFORE.test(sentence.slice(0, match.index))) continue;
    words.push({ start: match.index, end: match.index + match[0].length });
  }
  return words;
}
