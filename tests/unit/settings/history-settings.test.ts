import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_EXCLUDED_SITES,
  excludedSiteFor,
  historySettingsOf,
  isExcludedSiteList,
  normalExcludedSites,
  parseSiteEntry,
  siteExclusion,
} from '../../../lib/settings/history-settings';
import { DEFAULT_SETTINGS } from '../../../lib/settings/reader-settings';

describe('parseSiteEntry', () => {
  it.each([
    ['example.org', 'example.org'],
    ['  Example.ORG ', 'example.org'],
    ['www.example.org', 'example.org'],
    ['news.example.co.uk', 'news.example.co.uk'],
    ['example.org/politics/2024', 'example.org'],
    ['https://www.example.org/a.html?x=1#top', 'example.org'],
    ['http://example.org:8080', 'example.org'],
    ['*.example.org', 'example.org'],
    ['example.org.', 'example.org'],
    ['bücher.example', 'xn--bcher-kva.example'],
  ])('reads %j as the site %j', (typed, site) => {
    expect(parseSiteEntry(typed)).toBe(site);
  });

  it.each(['', '   ', 'example', 'localhost', 'exa mple.org', 'ftp://example.org', 'chrome://settings', 'javascript:alert(1)', 'file:///etc/hosts', '-bad.example.org', 'a..b', 'https://'])(
    'refuses %j: it names no web site',
    (typed) => {
      expect(parseSiteEntry(typed)).toBeNull();
    },
  );

  it('keeps a kept site as it is, whatever is typed', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.domain()), (typed) => {
        const site = parseSiteEntry(typed);
        expect(site === null || parseSiteEntry(site) === site).toBe(true);
      }),
    );
  });
});

describe('excludedSiteFor', () => {
  const excluded = ['example.org', 'news.example.com'];

  it('finds the entry covering an address: the site itself or any of its subdomains', () => {
    expect(excludedSiteFor('https://example.org/a', excluded)).toBe('example.org');
    expect(excludedSiteFor('https://www.example.org/a', excluded)).toBe('example.org');
    expect(excludedSiteFor('http://live.news.example.com/b', excluded)).toBe('news.example.com');
  });

  it('leaves other sites, look-alikes and parent domains alone', () => {
    expect(excludedSiteFor('https://example.com/a', excluded)).toBeNull();
    expect(excludedSiteFor('https://notexample.org/a', excluded)).toBeNull();
    expect(excludedSiteFor('https://example.org.evil.net/a', excluded)).toBeNull();
    expect(excludedSiteFor('https://sport.example.com/a', excluded)).toBeNull();
    expect(excludedSiteFor('not an address', excluded)).toBeNull();
  });
});

describe('the list of sites never recorded', () => {
  it('is read leniently and written strictly', () => {
    expect(normalExcludedSites(['b.example', 'www.b.example', 'nonsense', 'a.example'])).toEqual(['b.example', 'a.example']);
    expect(normalExcludedSites(Array.from({ length: MAX_EXCLUDED_SITES + 5 }, (_, i) => `s${i}.example`))).toHaveLength(MAX_EXCLUDED_SITES);
    expect(isExcludedSiteList(['a.example', 'b.example'])).toBe(true);
    expect(isExcludedSiteList([])).toBe(true);
    expect(isExcludedSiteList(['www.a.example'])).toBe(false);
    expect(isExcludedSiteList(['a.example', 'a.example'])).toBe(false);
    expect(isExcludedSiteList('a.example')).toBe(false);
  });

  it('gains a site at its end and loses one, the others kept in order', () => {
    const settings = { ...DEFAULT_SETTINGS, historyExcludedSites: ['a.example', 'b.example'] };
    expect(siteExclusion(settings, 'c.example', true)).toEqual({ historyExcludedSites: ['a.example', 'b.example', 'c.example'] });
    expect(siteExclusion(settings, 'a.example', true)).toEqual({ historyExcludedSites: ['b.example', 'a.example'] });
    expect(siteExclusion(settings, 'a.example', false)).toEqual({ historyExcludedSites: ['b.example'] });
  });

  it('is what the archive is told, with the pause', () => {
    expect(historySettingsOf({ ...DEFAULT_SETTINGS, historyPaused: true, historyExcludedSites: ['a.example'] })).toEqual({ paused: true, excludedSites: ['a.example'] });
  });
});
