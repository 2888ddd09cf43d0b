import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEvents } from '../../../lib/nlp/events';
import type { NewsEvent } from '../../../lib/types';

const ISO = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** A real calendar date at the precision written (2013-02-30 is not). */
function isValidIso(value: string): boolean {
  if (!ISO.test(value)) return false;
  const [year = 0, month = 1, day = 1] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function checkDates(events: NewsEvent[]): void {
  for (const event of events) {
    if (event.date !== null) expect(isValidIso(event.date)).toBe(true);
    if (event.end !== null) {
      expect(event.date).not.toBeNull();
      expect(isValidIso(event.end)).toBe(true);
      expect(event.end > (event.date ?? '')).toBe(true);
    }
  }
}

const published = fc.option(
  fc.date({ min: new Date('1990-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
const WORDS = [
  'the', 'G20', 'summit', 'Summit', 'in', 'on', 'Monday', 'June', '17-18', 'Sept.', '5-6', 'Act', 'of', '1940', 'war',
  'crisis', 'Sydney', 'said', 'will', 'Hurricane', 'Sandy', '9/11', 'since', 'Northern', 'Ireland', 'deal', 'Iran',
  'nuclear', 'elections', 'midterm', "Tuesday's", 'coup', 'Dec.', '30', 'to', 'Jan.', '2', ',', '.', 'last', 'year',
];
const sentence = fc.array(fc.constantFrom(...WORDS), { maxLength: 25 }).map((w) => w.join(' '));

describe('findEvents properties', () => {
  it('never throws on arbitrary text and returns well-formed events', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 200 }), { maxLength: 5 }), published, (paragraphs, date) => {
        const events = findEvents(paragraphs, { published: date });
        checkDates(events);
        for (const event of events) expect(paragraphs.join('\n')).toContain(event.name);
      }),
    );
  });

  it('gives valid ISO dates, never ending before they start, on event-like word salad', () => {
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 4 }), published, (paragraphs, date) => {
        const events = findEvents(paragraphs, { published: date });
        checkDates(events);
        expect(new Set(events.map((e) => e.name)).size).toBe(events.length);
      }),
      { numRuns: 300 },
    );
  });

  it('dates a summit written with its day range in the year nearest the publication date', () => {
    const day = fc.integer({ min: 1, max: 27 });
    const month = fc.integer({ min: 0, max: 11 });
    const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    fc.assert(
      fc.property(month, day, fc.integer({ min: 1995, max: 2030 }), (m, d, year) => {
        const text = `Leaders met at the NATO summit in Brussels on ${MONTHS[m]} ${d}-${d + 1}, ${year}.`;
        const [event] = findEvents([text], { published: '2013-04-14' });
        const iso = `${year}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        expect(event).toMatchObject({ name: 'NATO summit', date: iso, place: 'Brussels' });
        expect(event?.end?.slice(0, 7)).toBe(iso.slice(0, 7));
      }),
    );
  });
});
