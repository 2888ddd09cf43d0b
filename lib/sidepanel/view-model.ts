/**
 * What the side panel shows, decided from plain data: which tab it follows, what the browser lets
 * it know about that tab, and what the background stored for it. No browser API here.
 */
import { pageSite } from '../access/page-site';
import type { Analysis, ArticleAnalysis, NewsEvent, Person, RelatedLink } from '../types';
import { describeFromPublication, formatDateRange } from './dates';

/** What the panel knows about the tab it follows. */
export interface TabFacts {
  tabId: number | null;
  /**
   * The tab's address when the browser discloses it: only for the sites Backstory has host access
   * to, or the tab the toolbar button was just clicked on (it asks for no `tabs` permission).
   */
  url: string | undefined;
  /** Backstory runs on this address (see lib/access/registration.ts). */
  enabled: boolean;
}

export type AnalysisLookup = { ok: true; analysis: Analysis | null } | { ok: false; error: string };

export interface PersonView {
  key: string;
  name: string;
  role: string | null;
  official: boolean;
  mentions: number;
  /** The sentence that states the role, or null. */
  evidence: string | null;
}

export interface EventView {
  name: string;
  /** Formatted date or range, or null when the article gives none. */
  when: string | null;
  place: string | null;
  /** "2 months after this article", or null when it cannot be told. */
  fromPublication: string | null;
}

export interface ArticleView {
  title: string;
  siteName: string | null;
  people: PersonView[];
  events: EventView[];
  related: RelatedLink[];
  articleLinks: RelatedLink[];
}

export type PanelState =
  | { kind: 'no-tab' }
  /** The browser does not tell us the address: a site Backstory is not on, or a browser page. */
  | { kind: 'unsupported-site' }
  /** A page no extension may read: browser pages, files, add-on stores. */
  | { kind: 'restricted' }
  /** A web site Backstory is not enabled on; the reader can enable it from the panel. */
  | { kind: 'site-off'; host: string }
  | { kind: 'pending' }
  | { kind: 'not-article'; reason: string }
  | { kind: 'error'; message: string }
  | { kind: 'article'; article: ArticleView };

/** Officials first (the panel is about who holds power), then the most mentioned, then by name for a stable order. */
export function orderPeople(people: readonly Person[]): Person[] {
  return [...people].sort(
    (a, b) => Number(b.official) - Number(a.official) || b.mentions - a.mentions || a.name.localeCompare(b.name),
  );
}

export function personView(person: Person): PersonView {
  const evidence = person.evidence.find((item) => item.role === person.role) ?? person.evidence[0];
  return {
    key: person.key,
    name: person.name,
    role: person.role,
    official: person.official,
    mentions: person.mentions,
    evidence: evidence?.sentence ?? null,
  };
}

export function eventView(event: NewsEvent, published: string | null): EventView {
  return {
    name: event.name,
    when: event.date ? formatDateRange(event.date, event.end) : null,
    place: event.place,
    fromPublication: describeFromPublication(event.date, event.end, published),
  };
}

export function articleView(analysis: ArticleAnalysis): ArticleView {
  return {
    title: analysis.title,
    siteName: analysis.siteName,
    people: orderPeople(analysis.people).map(personView),
    events: analysis.events.map((event) => eventView(event, analysis.published)),
    related: analysis.related.filter(isWebLink),
    articleLinks: analysis.articleLinks.filter(isWebLink),
  };
}

/** Only http(s) links become anchors: a `javascript:` address from a page must never be clickable in an extension page. */
export function isWebLink(link: RelatedLink): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(link.url).protocol);
  } catch {
    return false;
  }
}

/** The one state the panel is in for a tab and its lookup result. */
export function panelState(tab: TabFacts, lookup: AnalysisLookup): PanelState {
  if (tab.tabId === null) return { kind: 'no-tab' };
  if (!lookup.ok) return { kind: 'error', message: lookup.error };
  const analysis = lookup.analysis;
  if (analysis) return analysis.isArticle ? { kind: 'article', article: articleView(analysis) } : { kind: 'not-article', reason: analysis.reason };
  const site = pageSite(tab.url);
  if (site.kind === 'web') return tab.enabled ? { kind: 'pending' } : { kind: 'site-off', host: site.host };
  return site.kind === 'restricted' ? { kind: 'restricted' } : { kind: 'unsupported-site' };
}

/** `?tab=<id>` pins the panel to one tab (tests, and a panel opened for a given tab); null when absent or invalid. */
export function pinnedTabId(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

