import type { NewsEvent } from '../types';

export function findEvents(_paragraphs: string[], _context: { published: string | null }): NewsEvent[] {
  return [];
}
