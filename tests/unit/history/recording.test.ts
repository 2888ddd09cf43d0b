import { describe, expect, it } from 'vitest';
import { DEFAULT_HISTORY_SETTINGS, isExcluded, parseHistorySettings, recordingDecision, siteToExclude } from '../../../lib/history/recording';
import { articleOn } from './fake-archive';

const settings = (change = {}) => ({ ...DEFAULT_HISTORY_SETTINGS, ...change });
const browsing = { privateWindow: false };

describe('siteToExclude', () => {
  it('reads a host or an address as the site, lower case, without www', () => {
    expect(siteToExclude(' www.NYTimes.com ')).toBe('nytimes.com');
    expect(siteToExclude('https://www.bbc.co.uk/news/world')).toBe('bbc.co.uk');
    expect(siteToExclude('news.example:8080')).toBe('news.example');
  });

  it('gives null for what names no site', () => {
    for (const input of ['', '   ', 'not a site!', 'mailto:a@b.c', 'http://']) expect(siteToExclude(input)).toBeNull();
  });
});

describe('parseHistorySettings', () => {
  it('defaults what is missing or bad, field by field', () => {
    expect(parseHistorySettings(undefined)).toEqual({ paused: false, excludedSites: [] });
    expect(parseHistorySettings({ paused: 'yes', excludedSites: ['WWW.Example.com', 3, 'example.com', 'bad site'] })).toEqual({ paused: false, excludedSites: ['example.com'] });
    expect(parseHistorySettings({ paused: true, excludedSites: 'example.com' })).toEqual({ paused: true, excludedSites: [] });
  });
});

describe('recordingDecision', () => {
  const article = articleOn('a', null, [], {
    related: [{ title: 'kept', url: 'https://other.example/x' }, { title: 'left out', url: 'https://cooking.nytimes.com/y' }],
    articleLinks: [{ title: 'left out', url: 'https://www.nytimes.com/z' }],
  });

  it('keeps nothing from a private window, while paused, or from an excluded site or its subdomains', () => {
    expect(recordingDecision(article, settings(), { privateWindow: true })).toEqual({ record: false, reason: 'private-window' });
    expect(recordingDecision(article, settings({ paused: true }), browsing)).toEqual({ record: false, reason: 'paused' });
    expect(recordingDecision(article, settings({ excludedSites: ['news.example'] }), browsing)).toEqual({ record: false, reason: 'excluded-site' });
    const onSubdomain = articleOn('a', null, [], { url: 'https://live.news.example/a', canonicalUrl: 'https://live.news.example/a' });
    expect(recordingDecision(onSubdomain, settings({ excludedSites: ['news.example'] }), browsing)).toMatchObject({ record: false });
    const noAddress = articleOn('a', null, [], { url: 'file:///a.html', canonicalUrl: 'file:///a.html' });
    expect(recordingDecision(noAddress, settings(), browsing)).toEqual({ record: false, reason: 'no-address' });
  });

  it('keeps the article without its links to excluded sites', () => {
    const decision = recordingDecision(article, settings({ excludedSites: ['nytimes.com'] }), browsing);
    expect(decision.record).toBe(true);
    expect(decision.record && [...decision.analysis.related, ...decision.analysis.articleLinks].map((link) => link.title)).toEqual(['kept']);
  });

  it('matches a site, not a longer name ending like it', () => {
    expect(isExcluded('https://notnytimes.com/a', settings({ excludedSites: ['nytimes.com'] }))).toBe(false);
    expect(isExcluded('https://nytimes.com/a', settings({ excludedSites: ['nytimes.com'] }))).toBe(true);
  });
});
