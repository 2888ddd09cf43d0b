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
