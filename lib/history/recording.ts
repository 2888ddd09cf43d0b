/**
 * Whether a reading is kept, by the reader's history settings. The background asks this before
 * it calls HistoryStore.record: nothing from a private window, nothing while paused, nothing from
 * an excluded site, and no link to an excluded site among the unread articles a page links to.
 */
import type { ArticleAnalysis } from '../types';
import { articleKey } from './records';
import type { HistorySettings } from './types';
import { hostOf } from './url';

export const DEFAULT_HISTORY_SETTINGS: Readonly<HistorySettings> = Object.freeze({ paused: false, excludedSites: [] });

/** A host as the reader would name a site: lower case, without "www.". */
const siteName = (host: string): string => host.toLowerCase().replace(/^www\./, '');

const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/**
 * The site a reader typed or pasted to exclude ("www.Example.com", "https://example.com/news"),
 * as kept ("example.com"), or null when it names no site.
 */
export function siteToExclude(input: string): string | null {
  const trimmed = input.trim();
  // "mailto:a@b.c" would read as a host after a user name: no address with one names a site.
  if (trimmed.includes('@')) return null;
  const host = hostOf(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  if (host === null) return null;
  const site = siteName(host);
  return HOST.test(site) ? site : null;
}

/** History settings from storage (any shape): each field checked on its own, a bad one defaulted. Never throws. */
export function parseHistorySettings(stored: unknown): HistorySettings {
  const raw = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const sites = Array.isArray(raw.excludedSites) ? raw.excludedSites : [];
  return {
    paused: typeof raw.paused === 'boolean' ? raw.paused : DEFAULT_HISTORY_SETTINGS.paused,
    excludedSites: [...new Set(sites.flatMap((site) => (typeof site === 'string' ? (siteToExclude(site) ?? []) : [])))],
  };
}

/** Whether an address is on an excluded site: the site itself or any of its subdomains. */
export function isExcluded(address: string, settings: HistorySettings): boolean {
  const host = hostOf(address);
  if (host === null) return false;
  const site = siteName(host);
  return settings.excludedSites.some((excluded) => site === excluded || site.endsWith(`.${excluded}`));
}

export type RecordingDecision =
  | { record: true; analysis: ArticleAnalysis }
  | { record: false; reason: 'private-window' | 'paused' | 'excluded-site' | 'no-address' };

/** Whether to keep this reading, and what of it (links to excluded sites left out). */
export function recordingDecision(analysis: ArticleAnalysis, settings: HistorySettings, context: { privateWindow: boolean }): RecordingDecision {
  if (context.privateWindow) return { record: false, reason: 'private-window' };
  if (settings.paused) return { record: false, reason: 'paused' };
  const url = articleKey(analysis);
  if (url === null) return { record: false, reason: 'no-address' };
  if (isExcluded(url, settings) || isExcluded(analysis.url, settings)) return { record: false, reason: 'excluded-site' };
  const allowed = (link: { url: string }) => !isExcluded(link.url, settings);
  return { record: true, analysis: { ...analysis, related: analysis.related.filter(allowed), articleLinks: analysis.articleLinks.filter(allowed) } };
}
