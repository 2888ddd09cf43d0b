/** Small hand-written analyses for the side panel's tests. */
import type { ArticleAnalysis, NewsEvent, Person } from '../../../lib/types';

export function person(name: string, overrides: Partial<Person> = {}): Person {
  return {
    name,
    key: name.toLowerCase(),
    role: null,
    roles: [],
    aliases: [],
    mentions: 1,
    official: false,
    evidence: [],
    ...overrides,
  };
}

export function event(name: string, overrides: Partial<NewsEvent> = {}): NewsEvent {
  return { name, aliases: [], date: null, end: null, place: null, evidence: '', ...overrides };
}

export function analysis(overrides: Partial<ArticleAnalysis> = {}): ArticleAnalysis {
  return {
    isArticle: true,
    url: 'https://news.example/2013/04/14/letters',
    canonicalUrl: 'https://news.example/2013/04/14/letters',
    title: 'Envoys trade letters',
    siteName: 'Example News',
    authors: [],
    published: '2013-04-14',
    language: 'en',
    people: [],
    events: [],
    related: [],
    articleLinks: [],
    ...overrides,
  };
}
