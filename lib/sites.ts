/** News sites Backstory runs on from install (host permissions shown in the store listing). */
export const NEWS_SITES = [
  'themoscowtimes.com',
  'aclu.org',
  'bbc.co.uk',
  'bbc.com',
  'cnet.com',
  'theguardian.com',
  'nytimes.com',
  'salon.com',
  'telegraph.co.uk',
  'theverge.com',
  'yahoo.com',
  'lemonde.fr',
];

export const NEWS_SITE_MATCHES = NEWS_SITES.flatMap((site) => [`https://${site}/*`, `https://*.${site}/*`]);

/** True for an https address on a listed news site or one of its subdomains: what NEWS_SITE_MATCHES matches. */
export function isListedNewsSite(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:') return false;
  const host = parsed.hostname.toLowerCase();
  return NEWS_SITES.some((site) => host === site || host.endsWith(`.${site}`));
}
