import { describe, expect, it } from 'vitest';
import { findDates, referenceInstant } from '../../../lib/nlp/dates';

const dates = (sentence: string, published: string | null) => findDates(sentence, published).map((d) => [d.date, d.end]);

describe('findDates', () => {
  it('reports only the precision the text gives', () => {
    expect(dates('It happened in March 2019.', null)).toEqual([['2019-03', null]]);
    expect(dates('It was passed in 1940.', null)).toEqual([['1940', null]]);
    expect(dates('It opens on June 5, 2021.', null)).toEqual([['2021-06-05', null]]);
  });

  it('reads a weekday alone as the last one, or the publication day itself', () => {
    // 2021-03-10 is a Wednesday.
    expect(dates('Lawyers argued on Tuesday.', '2021-03-10')).toEqual([['2021-03-09', null]]);
    expect(dates('The rules change Wednesday.', '2021-03-10')).toEqual([['2021-03-10', null]]);
  });

  it('takes the tense of the date\'s own clause before the sentence\'s', () => {
    expect(dates('The merger, which became final Tuesday, will create a giant.', '2021-03-10')).toEqual([['2021-03-09', null]]);
    expect(dates('Prices fell, and talks will resume on Jan. 5.', '2013-12-20')).toEqual([['2014-01-05', null]]);
    expect(dates('The board said on Dec. 30 that it will sell.', '2014-01-10')).toEqual([['2013-12-30', null]]);
  });

  it('resolves ranges, and a bare date against the publication date', () => {
    expect(dates('The summit on June 17-18.', '2013-04-14')).toEqual([['2013-06-17', '2013-06-18']]);
  });

  it('looks forward in future-tense sentences, also across the year end', () => {
    expect(dates('They will meet on Jan. 5.', '2013-12-20')).toEqual([['2014-01-05', null]]);
    expect(dates('They will meet on March 1.', '2013-04-14')).toEqual([['2014-03-01', null]]);
    expect(dates('They will meet on Monday.', '2017-11-16')).toEqual([['2017-11-20', null]]);
  });

  it('looks back in past-tense sentences', () => {
    expect(dates('The protests on Saturday were peaceful.', '2017-11-16')).toEqual([['2017-11-11', null]]);
    expect(dates('The talks ended on May 28.', '2014-01-03')).toEqual([['2013-05-28', null]]);
  });

  it('drops dates that need a reference when the publication date is unknown', () => {
    expect(dates('They met on Saturday and on June 5.', null)).toEqual([]);
  });

  it('restricts the search to a part of the sentence, keeping offsets in the whole sentence', () => {
    const sentence = 'On Monday he said the summit opens June 5.';
    const [span] = findDates(sentence, '2020-04-01', sentence.indexOf('summit'));
    expect(span && sentence.slice(span.index, span.index + span.length)).toBe('June 5');
  });

  it('reads only well-formed publication dates', () => {
    expect(referenceInstant('2013-04-14')?.toISOString()).toBe('2013-04-14T12:00:00.000Z');
    expect(referenceInstant('April 2013')).toBeNull();
    expect(referenceInstant(null)).toBeNull();
  });
});

describe('findDates: a lone month and names that look like dates', () => {
  it('resolves a month alone by its own clause, not by a future elsewhere in the sentence', () => {
    expect(dates('A deal, due within weeks of an October news conference between them, could now slip into next year.', '2019-11-20'))
      .toContainEqual(['2019-10', null]);
  });

  it('reads a capitalised "TODAY" after a capitalised word as part of a name ("USA TODAY")', () => {
    expect(dates('Experts told USA TODAY that it was rare.', '2019-11-20')).toEqual([]);
    expect(dates('Experts said today that it was rare.', '2019-11-20')).toEqual([['2019-11-20', null]]);
  });
});

describe('findDates: weekends', () => {
  it('dates a weekend from its Saturday to its Sunday, whichever way it is said', () => {
    // 2019-11-20 is a Wednesday.
    expect(dates("A person briefed on last weekend's call said so.", '2019-11-20')).toEqual([['2019-11-16', '2019-11-17']]);
    expect(dates('They will meet next weekend.', '2019-11-20')).toEqual([['2019-11-30', '2019-12-01']]);
  });
});
