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

/** The match patterns of one listed site: the domain and its subdomains, https only. */
export const listedSiteMatches = (site: string): string[] => [`https://${site}/*`, `https://*.${site}/*`];

export const NEWS_SITE_MATCHES = NEWS_SITES.flatMap(listedSiteMatches);

/** The listed site a host name belongs to (itself or a subdomain of it), or null. */
export function listedSiteOf(hostname: string): string | null {
  const host = hostname.toLowerCase();
  return NEWS_SITES.find((site) => host === site || host.endsWith(`.${site}`)) ?? null;
}

