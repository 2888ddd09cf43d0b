/**
 * What the options page shows, decided from plain data: the stored settings and the host
 * permissions the browser holds. No browser API here.
 */
import { extraOrigins, grantsAllSites, type HostPermissions } from '../access/registration';
import type { ReaderSettings } from '../settings/reader-settings';
import { listedSiteMatches, NEWS_SITES } from '../sites';

export interface ListedSiteRow {
  site: string;
  /** Backstory runs on it: the reader has not switched it off and the browser grants it. */
  on: boolean;
}

export interface ExtraSiteRow {
  /** The permission, as `permissions.remove` takes it. */
  origin: string;
  /** The origin as the reader reads it ("https://www.example.com"). */
  label: string;
}

export interface OptionsView {
  listed: ListedSiteRow[];
  /** Sites the reader turned on one by one, in the order granted. */
  extra: ExtraSiteRow[];
  /** Backstory runs on every site: the reader asked and the browser grants it. */
  allSites: boolean;
  hoverDelayMs: number;
  hoverModifier: ReaderSettings['hoverModifier'];
  underline: boolean;
  historyPaused: boolean;
  /** Sites never recorded into the reader's history, in the order added. */
  historyExcludedSites: string[];
}

export function optionsView(settings: ReaderSettings, permissions: HostPermissions): OptionsView {
  const allGranted = grantsAllSites(permissions.granted);
  // Firefox lets a reader revoke a listed site in its add-on manager: it is off until granted again.
  const granted = (site: string) => allGranted || listedSiteMatches(site).every((pattern) => permissions.granted.includes(pattern));
  return {
    listed: NEWS_SITES.map((site) => ({ site, on: !settings.disabledSites.includes(site) && granted(site) })),
    extra: extraOrigins(permissions).map((origin) => ({ origin, label: origin.replace(/\/\*$/, '') })),
    allSites: settings.allSites && allGranted,
    hoverDelayMs: settings.hoverDelayMs,
    hoverModifier: settings.hoverModifier,
    underline: settings.underline,
    historyPaused: settings.historyPaused,
    historyExcludedSites: settings.historyExcludedSites,
  };
}
