import { findPeople } from '../../../lib/nlp/people';
import type { Person } from '../../../lib/types';

/** The people findPeople finds in the paragraphs, by name: what the role tests read. */
export const peopleByName = (paragraphs: string[]): Record<string, Person> =>
  Object.fromEntries(findPeople(paragraphs, { authors: [] }).map((person) => [person.name, person]));
