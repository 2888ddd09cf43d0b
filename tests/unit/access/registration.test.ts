import { describe, expect, it } from 'vitest';
import {
  ALL_SITES,
  ARTICLE_SCRIPT_ID,
  articleScript,
  enabledScope,
  extraOrigins,
  inScope,
  registrationChange,
  type HostPermissions,
  type SiteScope,
} from '../../../lib/access/registration';
import { listedSiteMatches, NEWS_SITE_MATCHES, NEWS_SITES } from '../../../lib/sites';

const installed: HostPermissions = { granted: NEWS_SITE_MATCHES, required: NEWS_SITE_MATCHES };
const withGranted = (...origins: string[]): HostPermissions => ({ granted: [...NEWS_SITE_MATCHES, ...origins], required: NEWS_SITE_MATCHES });
const on = (settings: { disabledSites?: string[]; allSites?: boolean } = {}) => ({ disabledSites: [], allSites: false, ...settings });

describe('enabledScope', () => {
  it('covers every listed site after install, and nothing else', () => {
    expect(enabledScope(on(), installed)).toEqual({ matches: NEWS_SITE_MATCHES, excludeMatches: [] });
  });

  it('leaves out a listed site the reader switched off, and excludes it', () => {
    const scope = enabledScope(on({ disabledSites: ['bbc.com'] }), installed);
    expect(scope?.matches).not.toContain('https://*.bbc.com/*');
    expect(scope?.matches).toHaveLength(NEWS_SITE_MATCHES.length - 2);
    expect(scope?.excludeMatches).toEqual(listedSiteMatches('bbc.com'));
  });

  it('adds the sites the reader granted one by one', () => {
    expect(enabledScope(on(), withGranted('https://www.example.org/*'))?.matches).toEqual([...NEWS_SITE_MATCHES, 'https://www.example.org/*']);
  });

  it('leaves out a listed site the browser no longer grants (Firefox lets the reader revoke it)', () => {
    const revoked = { granted: NEWS_SITE_MATCHES.filter((pattern) => !pattern.endsWith('nytimes.com/*')), required: NEWS_SITE_MATCHES };
    expect(enabledScope(on(), revoked)?.matches).not.toContain('https://*.nytimes.com/*');
  });

  it('covers every site only when the reader asked and the browser granted it; switched-off sites stay off', () => {
    expect(enabledScope(on({ allSites: true }), installed)?.matches).toEqual(NEWS_SITE_MATCHES);
    expect(enabledScope(on(), withGranted(ALL_SITES))?.matches).toEqual(NEWS_SITE_MATCHES);
    expect(enabledScope(on({ allSites: true, disabledSites: ['yahoo.com'] }), withGranted(ALL_SITES))).toEqual({
      matches: [ALL_SITES],
      excludeMatches: listedSiteMatches('yahoo.com'),
    });
  });

  it('is null when nothing is enabled', () => {
    expect(enabledScope(on({ disabledSites: NEWS_SITES }), installed)).toBeNull();
    expect(enabledScope(on(), { granted: [], required: NEWS_SITE_MATCHES })).toBeNull();
  });
});

describe('extraOrigins', () => {
  it('is what was granted beyond the manifest, web origins only, without all-sites', () => {
    expect(extraOrigins(withGranted('https://a.example/*', ALL_SITES, '<all_urls>', 'http://b.example/*', 'file:///*'))).toEqual([
      'https://a.example/*',
      'http://b.example/*',
    ]);
  });
});

describe('inScope', () => {
  const scope: SiteScope = { matches: [ALL_SITES], excludeMatches: listedSiteMatches('bbc.com') };

  it('matches the patterns minus the exclusions', () => {
    expect(inScope(scope, 'http://127.0.0.1:8080/page.html')).toBe(true);
    expect(inScope(scope, 'https://www.bbc.com/news/x')).toBe(false);
    expect(inScope(scope, 'https://bbc.com/')).toBe(false);
    expect(inScope(enabledScope(on(), installed), 'https://www.themoscowtimes.com/2013/x')).toBe(true);
    expect(inScope(enabledScope(on(), installed), 'http://www.themoscowtimes.com/2013/x')).toBe(false);
  });

  it('is false with no scope, no address, or a bad pattern', () => {
    expect(inScope(null, 'https://www.bbc.com/')).toBe(false);
    expect(inScope(scope, undefined)).toBe(false);
    expect(inScope({ matches: ['https://a.example:80/*'], excludeMatches: [] }, 'https://a.example/')).toBe(false);
  });
});

describe('registrationChange', () => {
  const scope: SiteScope = { matches: ['https://a.example/*', 'https://b.example/*'], excludeMatches: [] };
  // As Chrome reports it back: its own order, no leading slash, extra fields.
  const registered = {
    id: ARTICLE_SCRIPT_ID,
    matches: ['https://b.example/*', 'https://a.example/*'],
    js: ['content-scripts/article.js'],
    css: ['content-scripts/article.css'],
    runAt: 'document_idle',
    allFrames: false,
    persistAcrossSessions: true,
  };

  it('registers the script, with its stylesheet at document idle, when none is registered', () => {
    expect(registrationChange([], scope)).toEqual({
      before: null,
      unregister: false,
      register: {
        id: ARTICLE_SCRIPT_ID,
        matches: scope.matches,
        js: ['/content-scripts/article.js'],
        css: ['/content-scripts/article.css'],
        runAt: 'document_idle',
      },
    });
  });

  it('does nothing when the registered script already covers the scope', () => {
    expect(registrationChange([registered], scope)).toEqual({ before: { matches: registered.matches, excludeMatches: [] }, unregister: false, register: null });
  });

  it('replaces a script whose scope differs, exclusions included', () => {
    const wanted = { matches: scope.matches, excludeMatches: ['https://c.example/*'] };
    expect(registrationChange([registered], wanted)).toMatchObject({ unregister: true, register: articleScript(wanted) });
    expect(registrationChange([{ ...registered, excludeMatches: ['https://c.example/*'] }], scope)).toMatchObject({
      unregister: true,
      register: articleScript(scope),
    });
    expect(registrationChange([registered], { matches: ['https://a.example/*'], excludeMatches: [] }).unregister).toBe(true);
  });

  it('unregisters when the script should run nowhere, and leaves other scripts alone', () => {
    expect(registrationChange([registered], null)).toMatchObject({ unregister: true, register: null });
    expect(registrationChange([{ id: 'wxt:content-scripts/article.js', matches: ['<all_urls>'] }], null)).toEqual({ before: null, unregister: false, register: null });
  });

  it('leaves out an empty exclusion list', () => {
    expect(articleScript(scope)).not.toHaveProperty('excludeMatches');
  });
});
