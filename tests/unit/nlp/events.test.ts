import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findEvents } from '../../../lib/nlp/events';
import type { NewsEvent } from '../../../lib/types';

const FIXTURES = join(import.meta.dirname, '../../fixtures/events');

/** A fixture is a "Published: YYYY-MM-DD" line, then paragraphs separated by blank lines. */
function eventsOf(fixture: string): NewsEvent[] {
  const [header = '', ...paragraphs] = readFileSync(join(FIXTURES, fixture), 'utf8').split(/\n\s*\n/);
  const published = /Published: (\d{4}-\d{2}-\d{2})/.exec(header)?.[1] ?? null;
  return findEvents(paragraphs.map((p) => p.trim()), { published });
}

const summary = (e: NewsEvent) => ({ name: e.name, date: e.date, end: e.end, place: e.place });
const names = (events: NewsEvent[]) => events.map((e) => e.name);
const run1 = (sentence: string) => findEvents([sentence], { published: '2019-11-08' });

describe('findEvents: summits and meetings', () => {
  const events = eventsOf('summit-range.txt');

  it('resolves a day range against the publication date and reads the place after "in"', () => {
    expect(events.map(summary)).toContainEqual({ name: 'G8 Summit', date: '2013-06-17', end: '2013-06-18', place: 'Northern Ireland' });
    expect(events.map(summary)).toContainEqual({ name: 'G20 meeting', date: '2013-09-05', end: '2013-09-06', place: 'St. Petersburg' });
  });

  it('keeps "said Monday" and "Monday\'s meeting" out: neither is a named event nor its date', () => {
    expect(names(events)).toEqual(['Halvorsen blacklist', 'G8 Summit', 'G20 meeting']);
  });

  it('merges the act and the blacklist named after the same person, and the bare "G20"', () => {
    expect(events.find((e) => e.name === 'Halvorsen blacklist')?.aliases).toEqual(['Halvorsen Act']);
    expect(events.find((e) => e.name === 'G20 meeting')?.aliases).toEqual(['G20']);
  });

  it('keeps the sentence the date comes from as evidence', () => {
    expect(events.find((e) => e.name === 'G8 Summit')?.evidence).toMatch(/^The talks set the stage.*June 17-18\.$/);
  });
});

describe('findEvents: elections', () => {
  it('finds elections by their adjective or name and takes the year written with them', () => {
    expect(eventsOf('elections.txt').map(summary)).toEqual([
      { name: 'presidential election', date: '2016', end: null, place: null },
      { name: 'midterm elections', date: null, end: null, place: null },
      { name: 'Brexit referendum', date: '2016-06-23', end: null, place: null },
      { name: 'general election', date: '2019-12', end: null, place: null },
    ]);
  });
});

describe('findEvents: names with abbreviations', () => {
  it('keeps dotted abbreviations inside names', () => {
    const paragraphs = ['The U.S.-China trade war escalated.', 'The U.S. presidential election will be held on Nov. 8.'];
    expect(findEvents(paragraphs, { published: '2016-04-01' }).map(summary)).toEqual([
      { name: 'U.S.-China trade war', date: null, end: null, place: null },
      { name: 'U.S. presidential election', date: '2016-11-08', end: null, place: null },
    ]);
  });
});

describe('findEvents: named acts', () => {
  const events = eventsOf('named-acts.txt');

  it('reads the year of "X Act of YEAR" and names the event by its fullest form', () => {
    expect(events[0]).toMatchObject({ name: 'Investment Company Act of 1940', date: '1940', aliases: ['Investment Company Act'] });
  });

  it('adds the initials the article uses as an alias', () => {
    expect(events[1]).toMatchObject({ name: 'Affordable Care Act', aliases: ['ACA'], date: null });
  });

  it('ignores licence agreements and company deals', () => {
    expect(names(events)).toEqual(['Investment Company Act of 1940', 'Affordable Care Act']);
  });
});

describe('findEvents: scandals, crises, storms and dates used as names', () => {
  const events = eventsOf('scandals.txt');

  it('finds them without inventing dates, and merges repeated mentions', () => {
    expect(events.map(summary)).toEqual([
      { name: 'Cambridge Analytica scandal', date: null, end: null, place: null },
      { name: 'Sydney crisis', date: null, end: null, place: null },
      { name: 'Hurricane Sandy', date: null, end: null, place: null },
      { name: '9/11', date: null, end: null, place: null },
    ]);
  });
});

describe('findEvents: storms', () => {
  it('names a storm by its one-word name, also in the possessive, dated by its sentence', () => {
    const events = findEvents(["Hurricane Maria's winds flattened the island in September 2017."], { published: '2018-01-10' });
    expect(events.map(summary)).toEqual([{ name: 'Hurricane Maria', date: '2017-09', end: null, place: null }]);
  });
});

describe('findEvents: dates relative to the publication date', () => {
  it('moves a future event across the year end', () => {
    expect(eventsOf('future-year-end.txt').map(summary)).toEqual([
      { name: 'Geneva talks', date: '2014-01-05', end: null, place: null },
      { name: 'OPEC summit', date: '2013-12-30', end: '2014-01-02', place: 'Vienna' },
      { name: 'Bali conference', date: '2013-12-07', end: null, place: null },
    ]);
  });

  it('reads weekdays as the last one in past-tense sentences and the next one in future-tense ones', () => {
    expect(eventsOf('weekdays.txt').map(summary)).toEqual([
      { name: 'coup', date: '2017-11-14', end: null, place: null },
      { name: 'Harare protests', date: '2017-11-11', end: null, place: null },
      { name: 'SADC summit', date: '2017-11-18', end: null, place: null },
    ]);
  });

  it('drops dates it cannot resolve without a publication date, but keeps dates with a year', () => {
    const paragraphs = ["Troops moved in during Tuesday night's coup.", 'The EU summit in March 2019 failed.'];
    expect(findEvents(paragraphs, { published: null }).map((e) => e.date)).toEqual([null, '2019-03']);
  });
});

describe('findEvents: precision', () => {
  it('emits nothing for deals, press conferences, figurative wars and coups, or company names', () => {
    expect(eventsOf('non-events.txt')).toEqual([]);
  });

  it('handles non-English text without events or errors', () => {
    expect(eventsOf('french.txt')).toEqual([]);
  });

  it('takes a religious festival for a holiday, not an event', () => {
    expect(run1('Smog peaked during Diwali, the Hindu festival of lights.')).toEqual([]);
  });

  it('finds fairs, shows and the Great Depression by their names', () => {
    const events = findEvents(
      ["The car was unveiled at the Paris Motor Show, years after the 1939 World's Fair and long before the Great Depression ended."],
      { published: '2015-04-01' },
    );
    expect(events.map((e) => e.name)).toEqual(expect.arrayContaining(['Paris Motor Show', 'Great Depression']));
    expect(events.some((e) => /World['’]s Fair/.test(e.name))).toBe(true);
  });

  it('dates an event by the date its sentence opens with', () => {
    const events = findEvents(['In 1991, when the prime minister opposed the Madrid peace talks, the coalition held.'], { published: '2015-03-18' });
    expect(events.map(summary)).toEqual([{ name: 'Madrid peace talks', date: '1991', end: null, place: null }]);
  });

  it('takes neither a month nor a status code for an event', () => {
    const events = findEvents(["As the blog's March story explains, the server answered with a 412 Conflict error."], { published: '2015-04-01' });
    expect(events).toEqual([]);
  });

  it('skips headline-style lines where every word is capitalised', () => {
    expect(findEvents(['Leaders Plan Two Meetings at Summit to Tackle Tensions'], { published: null })).toEqual([]);
  });
});
