import { describe, expect, it } from 'vitest';
import { describeFromPublication, formatDateRange, formatPartialDate, parsePartialDate } from '../../../lib/sidepanel/dates';

describe('parsePartialDate', () => {
  it('reads the three precisions and refuses anything else', () => {
    expect(parsePartialDate('2013')).toEqual({ year: 2013, month: null, day: null });
    expect(parsePartialDate('2013-06')).toEqual({ year: 2013, month: 6, day: null });
    expect(parsePartialDate('2013-06-20')).toEqual({ year: 2013, month: 6, day: 20 });
    for (const bad of ['13', '2013-13', '2013-06-32', 'June 2013', '2013-6-1', '']) expect(parsePartialDate(bad)).toBeNull();
  });
});

describe('formatPartialDate / formatDateRange', () => {
  it('shows only the precision the article gives', () => {
    expect(formatPartialDate('2013')).toBe('2013');
    expect(formatPartialDate('2013-06')).toBe('June 2013');
    expect(formatPartialDate('2013-06-20')).toBe('20 June 2013');
    expect(formatPartialDate('soon')).toBe('soon');
  });

  it('joins a range, and shows a one-day range once', () => {
    expect(formatDateRange('2013-06-20', '2013-06-21')).toBe('20 June 2013 – 21 June 2013');
    expect(formatDateRange('2013-06-20', null)).toBe('20 June 2013');
    expect(formatDateRange('2013-06-20', '2013-06-20')).toBe('20 June 2013');
  });
});

describe('describeFromPublication', () => {
  const published = '2013-04-14';

  it('counts days, months and years after and before', () => {
    expect(describeFromPublication('2013-04-15', null, published)).toBe('1 day after this article');
    expect(describeFromPublication('2013-04-01', null, published)).toBe('13 days before this article');
    expect(describeFromPublication('2013-06-20', null, published)).toBe('2 months after this article');
    expect(describeFromPublication('2010-02-01', null, published)).toBe('3 years before this article');
    expect(describeFromPublication('2014-04-14', null, published)).toBe('1 year after this article');
  });

  it('does not count a month that is not complete', () => {
    expect(describeFromPublication('2013-05-13', null, published)).toBe('29 days after this article');
    expect(describeFromPublication('2013-05-14', null, published)).toBe('1 month after this article');
    expect(describeFromPublication('2014-04-13', null, published)).toBe('11 months after this article');
  });

  it('says "same day" for the publication date', () => {
    expect(describeFromPublication(published, null, published)).toBe('same day as this article');
  });

  it('compares at the coarser precision of the two dates', () => {
    expect(describeFromPublication('2013', null, published)).toBe('same year as this article');
    expect(describeFromPublication('2013-04', null, published)).toBe('same month as this article');
    expect(describeFromPublication('2013-06', null, published)).toBe('2 months after this article');
    expect(describeFromPublication('2011', null, published)).toBe('2 years before this article');
    expect(describeFromPublication('2013-06-20', null, '2013')).toBe('same year as this article');
  });

  it('says a range spanning the publication was under way', () => {
    expect(describeFromPublication('2013-03-01', '2013-05-01', published)).toBe('under way when this article came out');
    expect(describeFromPublication('2013-03-01', '2013-03-05', published)).toBe('1 month before this article');
    expect(describeFromPublication('2013-06-20', '2013-06-21', published)).toBe('2 months after this article');
  });

  it('has nothing to say without both dates', () => {
    expect(describeFromPublication(null, null, published)).toBeNull();
    expect(describeFromPublication('2013-06-20', null, null)).toBeNull();
    expect(describeFromPublication('later', null, published)).toBeNull();
  });
});
