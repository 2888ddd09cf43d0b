import nlp from 'compromise';
import type { Person } from '../types';

export function findPeople(paragraphs: string[], _context: { authors: string[] }): Person[] {
  const names = new Map<string, number>();
  for (const paragraph of paragraphs) {
    for (const name of nlp(paragraph).people().out('array') as string[]) names.set(name, (names.get(name) ?? 0) + 1);
  }
  return [...names].map(([name, mentions]) => ({
    name, key: name.toLowerCase(), role: null, roles: [], aliases: [], mentions, official: false, evidence: [],
  }));
}
