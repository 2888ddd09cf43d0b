import { describe, expect, it } from 'vitest';
import { isOfficial } from '../../../lib/nlp/officials';
import { peopleByName as rolesOf } from './roles-people';

describe('isOfficial', () => {
  it.each([
    'Foreign Minister',
    'Bank of England Governor',
    "Kremlin's foreign policy adviser",
    'Navy veteran',
    'White House press secretary',
    'President',
    'Attorney-General',
    'President-elect',
    'head of the State Duma International Affairs Committee',
    'opposition leader',
    'NASA’s Administrator',
    'deputy associate administrator in the FBI’s cyber division',
    'acting director of the Department of Homeland Security',
    'European Union official',
    'federal prison officer',
    'Judge',
    'appeals court judge',
    'Republican',
    'ombudsman',
  ])('%s is a public post', (role) => expect(isOfficial(role)).toBe(true));

  it.each([
    'president of Mercer Island-based Dana F. Holdings',
    'Facebook CEO',
    'deputy director of the Nordic Institute for Polar Studies',
    'staff writer',
    'Catholic priest',
    'whale whisperer',
    // A public word inside a private body's name does not make its post public.
    'Ohio State Nurses Association President',
    'research analyst at the Lagos-based Council on Water',
    'local president of the dock workers’ union',
    'professor at the state university',
    // A company's titles, and a post held at a workplace.
    'vice president of product design at Orbit Works',
    'chief executive officer',
    // The judges of a show.
    'judge',
  ])('%s is not', (role) => expect(isOfficial(role)).toBe(false));
});

describe('roles in business, sport and entertainment', () => {
  it('reads compound titles and the common nouns of occupations', () => {
    const roles = rolesOf([
      'The chat was hosted by Orbit founder and co-CEO Dana Whitfield.',
      'A late goal from former star Marcus Olsen settled it.',
      'The case of accused sex trafficker Victor Hale is closed.',
    ]);
    expect(roles['Dana Whitfield']?.role).toBe('Orbit founder and co-CEO');
    expect(roles['Dana Whitfield']?.official).toBe(false);
    expect(roles['Marcus Olsen']?.role).toBe('former star');
    expect(roles['Victor Hale']?.role).toBe('accused sex trafficker');
  });

  it('marks a party label as a politician', () => {
    const roles = rolesOf(['Four years ago Republican Dale Hutton won in a landslide.']);
    expect(roles['Dale Hutton']?.role).toBe('Republican');
    expect(roles['Dale Hutton']?.official).toBe(true);
  });
});
