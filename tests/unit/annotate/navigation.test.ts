import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { RectLike } from '../../../lib/annotate/hit-test';
import { findMentionSpans, toMentions, type Mention } from '../../../lib/annotate/mentions';
import { createMentionNavigator, FLASH_MS, mentionOrdinal, readingPosition, type PageView } from '../../../lib/annotate/navigation';

const PEOPLE = [
  { key: 'berg', name: 'Tomas Berg', aliases: ['Berg'] },
  { key: 'lind', name: 'Eva Lind', aliases: ['Lind'] },
];

const VIEWPORT = 300;
const LINE = 200;

/**
 * A page laid out by hand: mention i sits LINE px below mention i-1 (jsdom has no layout), in a
 * window VIEWPORT px high. Revealing a mention scrolls it to the middle of the window.
 */
function fakePage(html: string, hidden: readonly number[] = []) {
  const doc = new JSDOM(html).window.document;
  const mentions = toMentions(findMentionSpans(doc, PEOPLE));
  const top = new Map(mentions.map((mention, index) => [mention.range, index * LINE]));
  const revealed: string[] = [];
  const view: PageView & { scrollY: number; clock: number } = {
    scrollY: 0,
    clock: 0,
    boxOf(range): RectLike | null {
      const index = mentions.findIndex((mention) => mention.range === range);
      if (hidden.includes(index)) return null;
      const y = (top.get(range) ?? 0) - view.scrollY;
      return { left: 0, right: 50, top: y, bottom: y + 20 };
    },
    viewportHeight: () => VIEWPORT,
    now: () => view.clock,
    reveal(range) {
      view.scrollY = Math.max(0, (top.get(range) ?? 0) - VIEWPORT / 2);
      revealed.push(`${range.toString()}@${top.get(range)}`);
    },
  };
  return { mentions, view, revealed };
}

const ARTICLE = '<p>Berg met Lind.</p><p>Lind spoke.</p><p>Then Tomas Berg left.</p><p>Berg again.</p><p>Lind closed.</p>';
// Mentions, one per LINE: 0 Berg, 1 Lind, 2 Lind, 3 Tomas Berg, 4 Berg, 5 Lind.

describe('createMentionNavigator', () => {
  it('cycles through one person\'s mentions on repeated asks, wrapping round, and says which one each is', () => {
    const { mentions, view, revealed } = fakePage(ARTICLE);
    const navigator = createMentionNavigator(mentions, PEOPLE, view);
    const ordinals = [];
    for (let ask = 0; ask < 4; ask++) {
      const shown = navigator.show('lind');
      if ('error' in shown) throw new Error(shown.error);
      ordinals.push(`${shown.name} ${shown.ordinal}/${shown.total}`);
      view.clock += 100;
    }
    expect(ordinals).toEqual(['Eva Lind 1/3', 'Eva Lind 2/3', 'Eva Lind 3/3', 'Eva Lind 1/3']);
    expect(revealed).toEqual(['Lind@200', 'Lind@400', 'Lind@1000', 'Lind@200']);
  });

  it('goes on from where the reader scrolled to once the last mention shown is off screen', () => {
    const { mentions, view, revealed } = fakePage(ARTICLE);
    const navigator = createMentionNavigator(mentions, PEOPLE, view);
    navigator.show('lind');
    view.clock += FLASH_MS;
    // The reader scrolls on: Berg (0), Lind (200), Lind (400) and Tomas Berg (600) start above the window.
    view.scrollY = 610;
    expect(navigator.show('lind')).toMatchObject({ ordinal: 3, total: 3 });
    expect(navigator.show('berg')).toMatchObject({ name: 'Tomas Berg', ordinal: 1, total: 3 });
    expect(revealed).toEqual(['Lind@200', 'Lind@1000', 'Berg@0']);
  });

  it('keeps the mention shown last while it flashes, though a smooth scroll has not brought it in yet', () => {
    const { mentions, view } = fakePage(ARTICLE);
    const navigator = createMentionNavigator(mentions, PEOPLE, view);
    navigator.show('berg');
    // The page is still at the top (the scroll is under way) when the reader asks again.
    view.scrollY = 0;
    navigator.show('berg');
    view.scrollY = 0;
    view.clock += FLASH_MS - 1;
    expect(navigator.show('berg')).toMatchObject({ ordinal: 3 });
  });

  it('moves to anyone\'s next mention when no person is given', () => {
    const { mentions, view } = fakePage(ARTICLE);
    const navigator = createMentionNavigator(mentions, PEOPLE, view);
    const names = [];
    for (let ask = 0; ask < 7; ask++) {
      const shown = navigator.show(null);
      names.push('error' in shown ? shown.error : `${shown.personKey} ${shown.ordinal}`);
    }
    expect(names).toEqual(['berg 1', 'lind 1', 'lind 2', 'berg 2', 'berg 3', 'lind 3', 'berg 1']);
  });

  it('leaves out and does not count mentions that are not displayed', () => {
    const { mentions, view, revealed } = fakePage(ARTICLE, [1]);
    const navigator = createMentionNavigator(mentions, PEOPLE, view);
    expect(navigator.show('lind')).toMatchObject({ ordinal: 1, total: 2 });
    expect(revealed).toEqual(['Lind@400']);
  });

  it('says so when the person or anyone has no mention to go to, and does not move', () => {
    const { mentions, view, revealed } = fakePage('<p>Berg spoke.</p>');
    const navigator = createMentionNavigator(mentions, PEOPLE, view);
    expect(navigator.show('lind')).toEqual({ error: 'Eva Lind is not mentioned in the text shown on the page' });
    expect(createMentionNavigator(mentions, PEOPLE, { ...view, boxOf: () => null }).show(null)).toEqual({ error: 'No names are underlined in this page' });
    expect(revealed).toEqual([]);
  });
});

describe('readingPosition', () => {
  const { mentions, view } = fakePage(ARTICLE);
  const at = (index: number) => mentions[index] as Mention;

  it('is null at the top of the page, else the last mention starting above the window', () => {
    view.scrollY = 0;
    expect(readingPosition(mentions, null, view)).toBeNull();
    view.scrollY = 401;
    expect(readingPosition(mentions, null, view)).toBe(at(2));
  });

  it('is the mention shown last while it is on screen, whenever it was shown', () => {
    view.scrollY = 401;
    view.clock = 10 * FLASH_MS;
    expect(readingPosition(mentions, { mention: at(3), at: 0 }, view)).toBe(at(3));
    view.scrollY = 900;
    expect(readingPosition(mentions, { mention: at(3), at: 0 }, view)).toBe(at(4));
  });
});

describe('mentionOrdinal', () => {
  it('counts among the person\'s own mentions, in document order', () => {
    const { mentions } = fakePage(ARTICLE);
    expect(mentionOrdinal(mentions, mentions[3] as Mention)).toEqual({ ordinal: 2, total: 3 });
    expect(mentionOrdinal(mentions, mentions[5] as Mention)).toEqual({ ordinal: 3, total: 3 });
  });
});
