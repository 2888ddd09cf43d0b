import { describe, expect, it } from 'vitest';
import { listedSiteMatches, listedSiteOf, NEWS_SITE_MATCHES } from '../../../lib/sites';

describe('listedSiteOf', () => {
  it('finds the listed site of a host that is one or a subdomain of one', () => {
    expect(listedSiteOf('www.themoscowtimes.com')).toBe('themoscowtimes.com');
    expect(listedSiteOf('bbc.co.uk')).toBe('bbc.co.uk');
    expect(listedSiteOf('WWW.BBC.CO.UK')).toBe('bbc.co.uk');
  });

  it('finds none for a look-alike host', () => {
    expect(listedSiteOf('notbbc.co.uk')).toBeNull();
    expect(listedSiteOf('bbc.co.uk.evil.example')).toBeNull();
    expect(listedSiteOf('example.org')).toBeNull();
  });
});

describe('listedSiteMatches', () => {
  it('covers the domain and its subdomains over https, as the manifest asks', () => {
    expect(listedSiteMatches('bbc.com')).toEqual(['https://bbc.com/*', 'https://*.bbc.com/*']);
    expect(NEWS_SITE_MATCHES).toContain('https://*.themoscowtimes.com/*');
  });
});
