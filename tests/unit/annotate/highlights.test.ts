import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  groupMentions,
  highlightNames,
  OFFICIAL_HIGHLIGHT,
  PERSON_HIGHLIGHT,
  registerHighlights,
} from '../../../lib/annotate/highlights';
import { findMentionSpans, toMentions } from '../../../lib/annotate/mentions';

class FakeHighlight {
  readonly ranges: AbstractRange[];
  constructor(...ranges: AbstractRange[]) {
    this.ranges = ranges;
  }
}

const PEOPLE = [
  { key: 'berg', name: 'Tomas Berg', aliases: ['Berg'], official: true },
  { key: 'lind', name: 'Eva Lind', aliases: ['Lind'], official: false },
];

describe('highlightNames and groupMentions', () => {
  it('puts officials and other people in separate highlights', () => {
    const names = highlightNames(PEOPLE);
    expect(names).toEqual(new Map([['berg', OFFICIAL_HIGHLIGHT], ['lind', PERSON_HIGHLIGHT]]));
    const doc = new JSDOM('<p>Tomas Berg met Eva Lind; Berg left.</p>').window.document;
    const mentions = toMentions(findMentionSpans(doc, PEOPLE));
    const groups = groupMentions(mentions, names);
    expect([...groups.keys()]).toEqual([OFFICIAL_HIGHLIGHT, PERSON_HIGHLIGHT]);
    expect(groups.get(OFFICIAL_HIGHLIGHT)?.map(String)).toEqual(['Tomas Berg', 'Berg']);
    expect(groups.get(PERSON_HIGHLIGHT)?.map(String)).toEqual(['Eva Lind']);
    expect(groupMentions(mentions, new Map()).size).toBe(0);
  });
});

describe('registerHighlights', () => {
  const doc = new JSDOM('<p>Tomas Berg met Eva Lind.</p>').window.document;
  const groups = groupMentions(toMentions(findMentionSpans(doc, PEOPLE)), highlightNames(PEOPLE));

  it('registers one highlight per group and the cleanup removes exactly those', () => {
    const other = new FakeHighlight();
    const highlights = new Map<string, FakeHighlight>([['someone-else', other]]);
    const cleanup = registerHighlights({ highlights }, groups, FakeHighlight);
    expect([...highlights.keys()]).toEqual(['someone-else', OFFICIAL_HIGHLIGHT, PERSON_HIGHLIGHT]);
    expect(highlights.get(OFFICIAL_HIGHLIGHT)?.ranges.map(String)).toEqual(['Tomas Berg']);
    cleanup();
    expect([...highlights.entries()]).toEqual([['someone-else', other]]);
    cleanup();
    expect(highlights.size).toBe(1);
  });

  it('puts back a highlight it replaced and leaves one that replaced it since', () => {
    const previous = new FakeHighlight();
    const highlights = new Map<string, FakeHighlight>([[OFFICIAL_HIGHLIGHT, previous]]);
    const cleanup = registerHighlights({ highlights }, groups, FakeHighlight);
    expect(highlights.get(OFFICIAL_HIGHLIGHT)).not.toBe(previous);
    const newer = new FakeHighlight();
    highlights.set(PERSON_HIGHLIGHT, newer);
    cleanup();
    expect(highlights.get(OFFICIAL_HIGHLIGHT)).toBe(previous);
    expect(highlights.get(PERSON_HIGHLIGHT)).toBe(newer);
  });

  it('does nothing without the API', () => {
    const highlights = new Map<string, FakeHighlight>();
    expect(() => registerHighlights(undefined, groups, FakeHighlight)()).not.toThrow();
    expect(() => registerHighlights({}, groups, FakeHighlight)()).not.toThrow();
    registerHighlights({ highlights }, groups, undefined)();
    expect(highlights.size).toBe(0);
    // Node has no global Highlight: the default constructor is missing too.
    registerHighlights({ highlights }, groups);
    expect(highlights.size).toBe(0);
  });
});
