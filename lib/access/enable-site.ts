/**
 * Turning Backstory on for the site of the page the reader is on, from the toolbar button or the
 * side panel's button. The background notices the new permission or setting and runs the content
 * script in the site's open tabs (see reconcile.ts).
 */
import { browser } from 'wxt/browser';
import { switchListedSite } from '../settings/store';
import type { PageSite } from './page-site';

export interface EnableSiteApis {
  /** `permissions.request`: the browser asks the reader unless the origin is granted already. */
  requestOrigins(origins: string[]): Promise<boolean>;
  /** Takes a listed site off the reader's switched-off list. */
  switchOnListedSite(site: string): Promise<unknown>;
}

/**
 * Resolves to whether Backstory may now run on the site. Browsers show the permission prompt only
 * while handling the reader's click, so `requestOrigins` is called before anything is awaited:
 * call this synchronously from the click handler.
 */
export function enableSite(site: Extract<PageSite, { kind: 'web' }>, apis: EnableSiteApis): Promise<boolean> {
  return apis.requestOrigins([site.origin]).then(async (granted) => {
    if (granted && site.listedSite !== null) await apis.switchOnListedSite(site.listedSite);
    return granted;
  });
}

/** enableSite with the browser's permission prompt and the stored settings. */
export const enableSiteInBrowser = (site: Extract<PageSite, { kind: 'web' }>): Promise<boolean> =>
  enableSite(site, { requestOrigins: (origins) => browser.permissions.request({ origins }), switchOnListedSite: (listed) => switchListedSite(listed, true) });
