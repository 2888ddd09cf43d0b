/** Small hand-written pieces of the reader's history for the side panel's tests. */
import type { CoverageEntry, PersonCoverage, PersonPossibleMatches, PossibleMatch, RelatedArticle } from '../../../lib/history/types';

export const entry = (date: string, role: string | null, overrides: Partial<CoverageEntry> = {}): CoverageEntry => ({
  url: `https://news.example/${date}`,
  title: `Article of ${date}`,
  site: 'Example News',
  date,
  role,
  identity: 'sergei lavrov',
  ...overrides,
});

export const coverage = (personKey: string, earlier: CoverageEntry[], since: CoverageEntry[] = []): PersonCoverage => ({
  personKey,
  identity: personKey,
  earlier,
  since,
});

export const related = (title: string, overrides: Partial<RelatedArticle> = {}): RelatedArticle => ({
  url: `https://news.example/${title.toLowerCase().replace(/\W+/g, '-')}`,
  title,
  site: 'Example News',
  date: '2019-11-30',
  read: true,
  why: 'also mentions Lavrov and the G20 meeting',
  score: 3,
  ...overrides,
});

/** An archived article that may name a person otherwise: Sergey Lavrov, unless told. */
export const match = (date: string, role: string | null, overrides: Partial<PossibleMatch> = {}): PossibleMatch => ({
  ...entry(date, role),
  identity: 'sergey lavrov',
  name: 'Sergey Lavrov',
  ...overrides,
});

export const possible = (personKey: string, articles: PossibleMatch[]): PersonPossibleMatches => ({ personKey, identity: personKey, articles });
