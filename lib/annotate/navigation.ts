/**
 * Moving through the mentions in the page, from where the reader is: to one person's next mention
 * (the side panel's buttons) or to anyone's (the keyboard shortcut). Layout, scrolling and the clock
 * are injected: jsdom has no layout, and the tests need no real time.
 */
import type { ErrorReply, ShownMention } from '../messaging/protocol';
import type { Person } from '../types';
import { nextMention, type RectLike } from './hit-test';
import type { Mention } from './mentions';

/** How long a mention Backstory moved to stays flashed. */
export const FLASH_MS = 1500;

/** What the navigator needs from the live page. */
export interface PageView {
  /** The range's box in viewport coordinates; null when it has none (its text is not displayed). */
  boxOf(range: Range): RectLike | null;
  viewportHeight(): number;
  /** Milliseconds on any monotonic clock. */
  now(): number;
  /** Scrolls the range into view and flashes it. */
  reveal(range: Range): void;
}

/** A mention Backstory moved to, and when. */
export interface LastShown {
  mention: Mention;
  at: number;
}

const isOnScreen = (box: RectLike | null, viewportHeight: number) => box !== null && box.bottom > 0 && box.top < viewportHeight;

/**
 * The mention reading has reached, for "next" to go on from: the one shown last while it is on
 * screen (or while it flashes, since a smooth scroll may not have brought it in yet); once the
 * reader has scrolled it away, the last mention that starts above the top of the window; null at
 * the top of the page. Mentions are in document order.
 */
export function readingPosition(mentions: readonly Mention[], last: LastShown | null, view: Omit<PageView, 'reveal'>): Mention | null {
  if (last && (view.now() - last.at < FLASH_MS || isOnScreen(view.boxOf(last.mention.range), view.viewportHeight()))) {
    return last.mention;
  }
  let above: Mention | null = null;
  for (const mention of mentions) {
    const box = view.boxOf(mention.range);
    if (box && box.top < 0) above = mention;
  }
  return above;
}

/** Which of its person's mentions `mention` is (from 1, in document order) and how many there are. */
export function mentionOrdinal(mentions: readonly Mention[], mention: Mention): { ordinal: number; total: number } {
  const theirs = mentions.filter((other) => other.personKey === mention.personKey);
  return { ordinal: theirs.indexOf(mention) + 1, total: theirs.length };
}

export interface MentionNavigator {
  /**
   * Moves the page to the next mention of `personKey` (of anyone when null) after the reading
   * position, wrapping round at the end, and says where it went. Repeated calls cycle through the
   * person's mentions.
   */
  show(personKey: string | null): ShownMention | ErrorReply;
}

export function createMentionNavigator(mentions: readonly Mention[], people: readonly Pick<Person, 'key' | 'name'>[], view: PageView): MentionNavigator {
  const names = new Map(people.map((person) => [person.key, person.name]));
  let last: LastShown | null = null;
  return {
    show(personKey) {
      // Only displayed text can be scrolled to: a mention in a collapsed section is left out, and not counted.
      const shown = mentions.filter((mention) => view.boxOf(mention.range) !== null);
      const target = nextMention(shown, personKey, readingPosition(shown, last, view)?.range);
      if (!target) {
        return { error: personKey === null ? 'No names are underlined in this page' : `${names.get(personKey) ?? 'This person'} is not mentioned in the text shown on the page` };
      }
      last = { mention: target, at: view.now() };
      view.reveal(target.range);
      return { personKey: target.personKey, name: names.get(target.personKey) ?? target.range.toString(), ...mentionOrdinal(shown, target) };
    },
  };
}
