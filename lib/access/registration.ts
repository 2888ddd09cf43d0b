/**
 * Where the article content script runs, decided from plain data: the reader's settings and the
 * host permissions the browser granted. The background registers exactly this scope with
 * `scripting.registerContentScripts`; nothing in the manifest injects it. No browser API here.
 */
import { MatchPattern } from 'wxt/utils/match-patterns';
import type { ReaderSettings } from '../settings/reader-settings';
import { listedSiteMatches, NEWS_SITES } from '../sites';

/** The optional host permission "all sites" (http and https). */
export const ALL_SITES = '*://*/*';

/** Our one registered script; the id leaves WXT's own dev-mode registrations (`wxt:…`) alone. */
export const ARTICLE_SCRIPT_ID = 'backstory-article';
/** The built content script and its stylesheet (WXT names them after entrypoints/article.content/). */
export const ARTICLE_SCRIPT_JS = '/content-scripts/article.js';
export const ARTICLE_SCRIPT_CSS = '/content-scripts/article.css';

/** The pages the content script runs on. */
export interface SiteScope {
  matches: string[];
  excludeMatches: string[];
}

/** Host permissions as the browser reports them. */
export interface HostPermissions {
  /** Every origin granted now (`permissions.getAll().origins`). */
  granted: readonly string[];
  /** The manifest's `host_permissions`: the listed sites, asked for at install. */
  required: readonly string[];
}

export const grantsAllSites = (origins: readonly string[]): boolean => origins.includes(ALL_SITES) || origins.includes('<all_urls>');

const isWebPattern = (origin: string) => /^(\*|https?):\/\//.test(origin);

/** Sites the reader enabled one by one (toolbar or side panel): granted on top of the listed sites. */
export function extraOrigins({ granted, required }: HostPermissions): string[] {
  return granted.filter((origin) => isWebPattern(origin) && !required.includes(origin) && !grantsAllSites([origin]));
}

/**
 * Where the content script should run: the listed sites the reader kept on and the browser still
 * grants (Firefox lets a reader revoke them), plus the sites they enabled one by one, or every
 * site when they allowed it and the browser granted it. A listed site switched off stays off in
 * every case. Null when it should run nowhere.
 */
export function enabledScope(settings: Pick<ReaderSettings, 'disabledSites' | 'allSites'>, permissions: HostPermissions): SiteScope | null {
  const allGranted = grantsAllSites(permissions.granted);
  const listedOn = NEWS_SITES.filter((site) => !settings.disabledSites.includes(site))
    .flatMap(listedSiteMatches)
    .filter((pattern) => allGranted || permissions.granted.includes(pattern));
  const matches = settings.allSites && allGranted ? [ALL_SITES] : [...new Set([...listedOn, ...extraOrigins(permissions)])];
  if (!matches.length) return null;
  return { matches, excludeMatches: settings.disabledSites.flatMap(listedSiteMatches) };
}

function patternIncludes(pattern: string, url: string): boolean {
  try {
    return new MatchPattern(pattern).includes(url);
  } catch {
    return false;
  }
}

/** Whether the content script runs on `url` under `scope`. */
export function inScope(scope: SiteScope | null, url: string | undefined): boolean {
  if (!scope || url === undefined) return false;
  return scope.matches.some((pattern) => patternIncludes(pattern, url)) && !scope.excludeMatches.some((pattern) => patternIncludes(pattern, url));
}

/** The fields of a registered content script used here (`scripting.RegisteredContentScript`). */
export interface RegisteredScript {
  id: string;
  matches?: string[];
  excludeMatches?: string[];
  js?: string[];
  css?: string[];
  runAt?: string;
}

export interface ArticleScript {
  id: string;
  matches: string[];
  excludeMatches?: string[];
  js: string[];
  css: string[];
  runAt: 'document_idle';
}

export function articleScript(scope: SiteScope): ArticleScript {
  return {
    id: ARTICLE_SCRIPT_ID,
    matches: scope.matches,
    // Left out when empty: some browsers refuse an empty list.
    ...(scope.excludeMatches.length ? { excludeMatches: scope.excludeMatches } : {}),
    js: [ARTICLE_SCRIPT_JS],
    css: [ARTICLE_SCRIPT_CSS],
    runAt: 'document_idle',
  };
}

/** What to do to go from the registered scripts to the wanted scope. */
export interface RegistrationChange {
  /** Where the content script ran before the change (null: nowhere). */
  before: SiteScope | null;
  /** Unregister our script first. */
  unregister: boolean;
  /** Then register this one (null: nothing to register). */
  register: ArticleScript | null;
}

// Browsers may report file paths with or without the leading slash.
const samePaths = (a: readonly string[] | undefined, b: readonly string[]) =>
  sameSet((a ?? []).map((path) => path.replace(/^\//, '')), b.map((path) => path.replace(/^\//, '')));
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item) => b.includes(item));

/**
 * The change from `registered` (what `getRegisteredContentScripts` returned) to `wanted`. A script
 * that differs is replaced (unregister, then register) rather than updated: an update keeps fields
 * left out, such as an exclusion list that should now be empty.
 */
export function registrationChange(registered: readonly RegisteredScript[], wanted: SiteScope | null): RegistrationChange {
  const ours = registered.find((script) => script.id === ARTICLE_SCRIPT_ID);
  const before = ours ? { matches: ours.matches ?? [], excludeMatches: ours.excludeMatches ?? [] } : null;
  const script = wanted && articleScript(wanted);
  const unchanged =
    ours &&
    script &&
    sameSet(ours.matches ?? [], script.matches) &&
    sameSet(ours.excludeMatches ?? [], script.excludeMatches ?? []) &&
    samePaths(ours.js, script.js) &&
    samePaths(ours.css, script.css) &&
    ours.runAt === script.runAt;
  if (unchanged) return { before, unregister: false, register: null };
  return { before, unregister: ours !== undefined, register: script };
}
