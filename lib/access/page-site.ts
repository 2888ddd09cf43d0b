/**
 * What a tab's address means for where Backstory may run: a web site it can be enabled on (and
 * the permission that takes), a page no extension may read, or an address the browser did not
 * disclose. No browser API here.
 */
import { listedSiteOf } from '../sites';

/**
 * The add-on stores: browsers keep extensions out of them whatever the permissions (Chrome's store,
 * old and new address; Firefox's is first in its extensions.webextensions.restrictedDomains pref).
 */
const RESTRICTED_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org'];

export type PageSite =
  /** The browser did not tell us the address: a site without our permission, or one of its own pages. */
  | { kind: 'unknown' }
  /** Not a web page (browser pages, files, other extensions) or a page browsers keep extensions out of. */
  | { kind: 'restricted' }
  | {
      kind: 'web';
      /** The host as the reader knows it ("www.example.com"). */
      host: string;
      /** The host permission that lets Backstory run on this host: this scheme and host, any path. */
      origin: string;
      /** The listed news site the page is on (https only, as the listed patterns), or null. */
      listedSite: string | null;
    };

export function pageSite(url: string | undefined): PageSite {
  if (url === undefined || url === '') return { kind: 'unknown' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'restricted' };
  }
  if (!['http:', 'https:'].includes(parsed.protocol) || parsed.hostname === '') return { kind: 'restricted' };
  const host = parsed.hostname.toLowerCase();
  if (RESTRICTED_HOSTS.includes(host)) return { kind: 'restricted' };
  // Match patterns carry no port: the permission covers the host on every port.
  return { kind: 'web', host, origin: `${parsed.protocol}//${host}/*`, listedSite: parsed.protocol === 'https:' ? listedSiteOf(host) : null };
}
