/**
 * The reader's history settings: recording paused, and the sites never recorded. A site is kept as
 * a lower-case host name without "www." ("nytimes.com"), and covers its subdomains, so the entry a
 * reader types for a site keeps every page of it out of the archive.
 */
import type { HistorySettings } from '../history/types';
import type { ReaderSettings } from './reader-settings';

/** More than a reader keeps by hand; a longer stored list was not written by the options page. */
export const MAX_EXCLUDED_SITES = 500;

const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * The site a reader typed ("www.example.com", "example.com/news", "https://example.com/a.html"), as
 * it is kept; null when it names no web site (a word, a browser page, an address with spaces).
 */
export function parseSiteEntry(text: string): string | null {
  const trimmed = text.trim().replace(/^\*\./, '');
  if (trimmed === '' || /\s/.test(trimmed)) return null;
  let url: URL;
  try {
    url = new URL(HAS_SCHEME.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname.replace(/\.$/, '').replace(/^www\./, '');
  const labels = host.split('.');
  return labels.length >= 2 && labels.every((label) => HOST_LABEL.test(label)) ? host : null;
}

/** The entry of `excludedSites` that covers `url` (its host or a parent domain), or null. */
export function excludedSiteFor(url: string, excludedSites: readonly string[]): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return null;
  }
  return excludedSites.find((site) => host === site || host.endsWith(`.${site}`)) ?? null;
}

/** Read: entries that are no site are dropped, each site kept once, in the reader's order. */
export function normalExcludedSites(sites: readonly string[]): string[] {
  const kept = new Set<string>();
  for (const entry of sites) {
    const site = parseSiteEntry(entry);
    if (site !== null) kept.add(site);
  }
  return [...kept].slice(0, MAX_EXCLUDED_SITES);
}

/** Written: only sites in the kept form, each once. */
export function isExcludedSiteList(value: unknown): value is string[] {
  return (
    Array.isArray(value) &&
    value.length <= MAX_EXCLUDED_SITES &&
    new Set(value).size === value.length &&
    value.every((site) => typeof site === 'string' && parseSiteEntry(site) === site)
  );
}

/** The change that adds a site to the sites never recorded, or takes it off. */
export function siteExclusion(settings: ReaderSettings, site: string, excluded: boolean): Pick<ReaderSettings, 'historyExcludedSites'> {
  const others = settings.historyExcludedSites.filter((kept) => kept !== site);
  return { historyExcludedSites: excluded ? [...others, site] : others };
}

export const historySettingsOf = (settings: ReaderSettings): HistorySettings => ({
  paused: settings.historyPaused,
  excludedSites: settings.historyExcludedSites,
});
