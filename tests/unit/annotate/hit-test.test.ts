import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { nextMention, personAtPoint, type RectLike } from '../../../lib/annotate/hit-test';
import { findMentionSpans, toMentions, type Mention } from '../../../lib/annotate/mentions';

const PEOPLE = [
  { key: 'berg', name: 'Tomas Berg', aliases: ['Berg'] },
  { key: 'lind', name: 'Eva Lind', aliases: ['Lind'] },
];

function mentionsOf(html: string): { doc: Document; mentions: Mention[] } {
  const doc = new JSDOM(html).window.document;
  return { doc, mentions: toMentions(findMentionSpans(doc, PEOPLE)) };
}

describe('personAtPoint', () => {
  const { mentions } = mentionsOf('<p>Tomas Berg met Eva <b>Lind</b>; Berg left.</p>');
  // A fake layout: mention i is a 50x10 box on line i, the first one wrapped over two lines.
  const rects = new Map<Range, RectLike[]>(
    mentions.map((m, i) => [
      m.range,
      i === 0
        ? [
            { left: 300, top: 0, right: 340, bottom: 10 },
            { left: 0, top: 10, right: 20, bottom: 20 },
          ]
        : [{ left: 0, top: i * 100, right: 50, bottom: i * 100 + 10 }],
    ]),
  );
  const rectsOf = (range: Range): RectLike[] => rects.get(range) ?? [];

  it('returns the person whose mention box holds the point, on any line of a wrapped name', () => {
    expect(mentions.map((m) => m.personKey)).toEqual(['berg', 'lind', 'berg']);
    expect(personAtPoint(mentions, 310, 5, rectsOf)).toBe('berg');
    expect(personAtPoint(mentions, 10, 15, rectsOf)).toBe('berg');
    expect(personAtPoint(mentions, 25, 105, rectsOf)).toBe('lind');
    expect(personAtPoint(mentions, 50, 210, rectsOf)).toBe('berg');
  });

  it('returns null off every mention', () => {
    expect(personAtPoint(mentions, 100, 5, rectsOf)).toBeNull();
    expect(personAtPoint(mentions, 51, 105, rectsOf)).toBeNull();
    expect(personAtPoint([], 0, 0, rectsOf)).toBeNull();
  });

  it('reads the range\'s client rects by default', () => {
    // jsdom ranges have no getClientRects: a stand-in range with one box.
    const range = { getClientRects: () => [{ left: 5, top: 5, right: 15, bottom: 15 }] } as unknown as Range;
    expect(personAtPoint([{ personKey: 'berg', range }], 10, 10)).toBe('berg');
    expect(personAtPoint([{ personKey: 'berg', range }], 20, 10)).toBeNull();
  });
});

describe('nextMention', () => {
  const { doc, mentions } = mentionsOf('<p>Berg and Lind.</p><p>Lind, then <i>Tomas Berg</i>.</p><p>Berg again.</p>');
  const texts = (mention: Mention | null): string | undefined => mention?.range.toString();

  it('walks one person\'s mentions in document order and wraps round', () => {
    const bergs = mentions.filter((m) => m.personKey === 'berg');
    expect(bergs).toHaveLength(3);
    expect(nextMention(mentions, 'berg')).toBe(bergs[0]);
    expect(nextMention(mentions, 'berg', bergs[0]?.range)).toBe(bergs[1]);
    expect(texts(nextMention(mentions, 'berg', bergs[0]?.range))).toBe('Tomas Berg');
    expect(nextMention(mentions, 'berg', bergs[1]?.range)).toBe(bergs[2]);
    expect(nextMention(mentions, 'berg', bergs[2]?.range)).toBe(bergs[0]);
  });

  it('starts from any range, such as another person\'s mention, and ignores the input order', () => {
    const shuffled = [...mentions].reverse();
    const firstLind = mentions.find((m) => m.personKey === 'lind');
    expect(nextMention(shuffled, 'berg', firstLind?.range)).toBe(mentions.find((m) => texts(m) === 'Tomas Berg'));
    const caret = doc.createRange();
    caret.setStart(doc.querySelectorAll('p')[2]?.firstChild as Node, 0);
    expect(nextMention(shuffled, 'lind', caret)).toBe(firstLind);
    expect(nextMention(shuffled, 'lind')).toBe(firstLind);
  });

  it('returns null for a person with no mention', () => {
    expect(nextMention(mentions, 'nobody')).toBeNull();
  });

  it('walks everyone\'s mentions in document order when no person is given, and wraps round', () => {
    const order: string[] = [];
    let at: Mention | null = null;
    for (let step = 0; step < mentions.length + 1; step++) {
      at = nextMention([...mentions].reverse(), null, at?.range);
      order.push(texts(at) ?? '');
    }
    expect(order).toEqual(['Berg', 'Lind', 'Lind', 'Tomas Berg', 'Berg', 'Berg']);
    expect(nextMention([], null)).toBeNull();
  });
});
