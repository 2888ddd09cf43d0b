/** A fresh archive on fake-indexeddb for each test, and articles written for the archive's tests. */
import { IDBFactory, IDBKeyRange, IDBObjectStore } from 'fake-indexeddb';
import { vi } from 'vitest';
import { createHistoryStore } from '../../../lib/history/store';
import type { ArticleAnalysis, Person } from '../../../lib/types';
import { analysis, person } from '../sidepanel/analysis';

/** A new, empty IndexedDB: tests share nothing. */
export const freshIndexedDB = () => ({ indexedDB: new IDBFactory(), IDBKeyRange });

/** Every write from here on fails as a full disk makes IndexedDB fail (until vi.restoreAllMocks). */
export function fillTheDisk(): void {
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
}

export const newStore = (deps = freshIndexedDB()) => createHistoryStore(deps);

export const AT = (iso: string): Date => new Date(iso);

/** An article on news.example published on `published` (null: undated), naming `people`. */
export function articleOn(slug: string, published: string | null, people: Person[] = [], overrides: Partial<ArticleAnalysis> = {}): ArticleAnalysis {
  const url = `https://news.example/${slug}`;
  return analysis({ url, canonicalUrl: url, title: slug.replace(/-/g, ' '), published, people, ...overrides });
}

export const lavrov = (role: string | null = 'Foreign Minister', official = true) =>
  person('Sergei Lavrov', { key: 'sergei lavrov', role, roles: role ? [role] : [], official, aliases: ['Lavrov'] });
export const putin = (role: string | null = 'President') =>
  person('Vladimir Putin', { key: 'vladimir putin', role, roles: role ? [role] : [], official: true, aliases: ['Putin'] });
export const bystander = (name: string, role: string | null = null) => person(name, { role, roles: role ? [role] : [] });
