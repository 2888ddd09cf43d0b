import { describe, expect, it } from 'vitest';
import { eventWordPattern, eventWordsIn, headWordOf, pastFormsOf } from '../../../lib/nlp/event-forms';
import { findEvents } from '../../../lib/nlp/events';

// 2019-11-08 is a Friday.
const dated = (paragraphs: string[]) => findEvents(paragraphs, { published: '2019-11-08' }).map((e) => [e.name, e.date]);

describe('findEvents: a date carried from another sentence about the same event', () => {
  it('dates an event noun by its verb in another sentence ("was sacked on Tuesday" dates "the sacking")', () => {
    expect(dated(['Tom Rivers was sacked on Tuesday after a poor run of results.', "Rivers's sacking stunned the fans."]))
      .toContainEqual(["Rivers's sacking", '2019-11-05']);
  });

  it('does not take a date that belongs to another clause ("sacked, the club said on Tuesday")', () => {
    expect(dated(['Tom Rivers was sacked, the club said on Tuesday.', "Rivers's sacking stunned the fans."]))
      .toContainEqual(["Rivers's sacking", null]);
  });
});

describe('event word forms', () => {
  it('finds the head noun of a name and the verb it is made from', () => {
    expect(headWordOf('second listing in Hong Kong')).toBe('listing');
    expect(pastFormsOf('kidnapping')).toContain('kidnapped');
    expect(pastFormsOf('swap')).toContain('swapped');
    expect(pastFormsOf('purchase')).toEqual(['purchased']);
  });

  it('takes the noun only after a determiner or an owner, the verb anywhere', () => {
    const pattern = eventWordPattern('arrest');
    expect(eventWordsIn('He was arrested at home; an arrest was likely; the arrest ended it.', pattern, 'arrest'))
      .toEqual([{ start: 7, end: 15 }, { start: 51, end: 57 }]);
  });
});

describe('findEvents: a date that belongs to something else in the sentence', () => {
  it('does not date an event by a year inside another event\'s name', () => {
    expect(dated(["He flew to Florida for a conference of the Western Governors Association, which gave money toward Smith's 2016 election campaign."]))
      .toEqual([['conference of the Western Governors Association', null], ["Smith's 2016 election campaign", '2016']]);
  });

  it('does not date an event by a possessive date that dates the noun after it ("last year\'s runner-up")', () => {
    expect(dated(["The pair clinched Italy's 2-1 win over Spain for last year's runner-up."])).toEqual([["Italy's 2-1 win over Spain", null]]);
  });
});
