import { describe, expect, it } from 'vitest';
import { creditSpans, inSpans, isCreditMark } from '../../../lib/nlp/credits';

const whole = (text: string) => [[0, text.length] as const];
const credited = (text: string) => creditSpans(text, whole(text)).map(([start, end]) => text.slice(start, end));

describe('creditSpans', () => {
  it('finds bracketed reporting, editing and photo credits inside a paragraph', () => {
    const text = 'Shares fell, the firm said. (Reporting by Ana Lum; editing by Tom Reyes)';
    expect(creditSpans(text, [[0, 27], [28, text.length]]).map(([s, e]) => text.slice(s, e))).toEqual([
      '(Reporting by Ana Lum; editing by Tom Reyes)',
    ]);
    expect(credited('The pier was rebuilt. [File: Coastal Wire]')).toEqual(['[File: Coastal Wire]']);
  });

  it('takes contributor lines, follow and contact sign-offs and newsletter pitches as credits', () => {
    for (const line of [
      'Associated Press writer Ana Lum contributed to this report.',
      'Ana Lum contributed reporting.',
      'Follow Ana Lum on Twitter.',
      'Contact the author at ana@example.com',
      'Sign up for Night Owl, a weekly newsletter from Ana Lum.',
      'Photo: Ana Lum, AP',
    ]) {
      expect(credited(line)).toEqual([line]);
    }
  });

  it('leaves ordinary sentences alone', () => {
    for (const line of ['The doctors contributed money to the clinic.', 'Follow the money, Ana Lum said.', '(The vote was close.)']) {
      expect(credited(line)).toEqual([]);
    }
  });
});

describe('isCreditMark', () => {
  it('recognises a copyright sign before a name and an agency after a bar or slash', () => {
    expect(isCreditMark('© ', ' Nurses')).toBe(true);
    expect(isCreditMark('', ' | Bloomberg')).toBe(true);
    expect(isCreditMark('', '/AFP')).toBe(true);
    expect(isCreditMark('The mayor ', ' said')).toBe(false);
  });

  it('inSpans tells whether an offset falls in a range', () => {
    expect(inSpans(3, [[2, 5]])).toBe(true);
    expect(inSpans(5, [[2, 5]])).toBe(false);
  });
});
