/**
 * The one form of an article's address the archive is keyed by, so that a revisit through a
 * newsletter link, a share button or an anchor finds the record the first visit made.
 */

/**
 * Query parameters that say how the reader got to the page, never which page it is. Exact names,
 * compared lower-case: ad-click ids (Google, Microsoft, Meta, Yandex, X, TikTok), Instagram and
 * Marketo share ids, Google Analytics' cross-domain ids, and the referral and campaign tags news
 * sites add to their own links (ref, cmpid/CMP, ocid, smid/smtyp, icid/intcmp, s_cid, at_*).
 */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'igshid', 'mkt_tok',
  '_ga', '_gl', 'ref', 'ref_src', 'ref_url', 'referrer', 'cmpid', 'cmp', 'ocid', 'smid', 'smtyp', 'icid', 'intcmp',
  's_cid',
]);
/** Families of tracking parameters: Google's utm_*, Mailchimp's mc_*, Matomo's pk_*, AT Internet's at_* (BBC), HubSpot's hsa_*. */
const TRACKING_PREFIXES = ['utm_', 'mc_', 'pk_', 'at_', 'hsa_'];

const isTracking = (name: string): boolean => {
  const lowered = name.toLowerCase();
  return TRACKING_PARAMS.has(lowered) || TRACKING_PREFIXES.some((prefix) => lowered.startsWith(prefix));
};

/**
 * The archive's key for an article address, or null when it is not an http(s) address. Keeps the
 * scheme and the host (lower-case, as URL parsing gives it; `www.` stays, since some sites serve
 * other pages without it), drops credentials, the fragment, tracking parameters and a trailing
 * slash (the root keeps its slash), and sorts the other parameters so their order does not matter.
 * Idempotent, and never throws.
 */
export function normalizeArticleUrl(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return null;
  url.username = '';
  url.password = '';
  url.hash = '';
  const kept = [...url.searchParams].filter(([name]) => !isTracking(name));
  kept.sort(([a, aValue], [b, bValue]) => compare(a, b) || compare(aValue, bValue));
  url.search = new URLSearchParams(kept).toString();
  url.pathname = url.pathname.replace(/\/+$/, '') || '/';
  return url.href;
}

/** Code-unit order, the same in every locale (localeCompare is not). */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The host of an http(s) address, lower-case, or null. */
export function hostOf(address: string): string | null {
  try {
    const url = new URL(address);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname || null : null;
  } catch {
    return null;
  }
}
