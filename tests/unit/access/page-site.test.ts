import { describe, expect, it } from 'vitest';
import { pageSite } from '../../../lib/access/page-site';

describe('pageSite', () => {
  it('gives a web page its host and the permission for that scheme and host', () => {
    expect(pageSite('https://www.Example.org:8443/news/x?y=1#z')).toEqual({
      kind: 'web',
      host: 'www.example.org',
      origin: 'https://www.example.org/*',
      listedSite: null,
    });
    expect(pageSite('http://127.0.0.1:8080/page.html')).toEqual({ kind: 'web', host: '127.0.0.1', origin: 'http://127.0.0.1/*', listedSite: null });
  });

  it('names the listed site of an https page on it or a subdomain, not of an http one', () => {
    expect(pageSite('https://www.themoscowtimes.com/2013/04/14/x')).toMatchObject({ listedSite: 'themoscowtimes.com' });
    expect(pageSite('https://bbc.co.uk/news')).toMatchObject({ listedSite: 'bbc.co.uk' });
    expect(pageSite('https://notbbc.co.uk/news')).toMatchObject({ listedSite: null });
    expect(pageSite('http://www.bbc.co.uk/news')).toMatchObject({ kind: 'web', listedSite: null });
  });

  it('says an address the browser did not disclose is unknown', () => {
    expect(pageSite(undefined)).toEqual({ kind: 'unknown' });
    expect(pageSite('')).toEqual({ kind: 'unknown' });
  });

  it('tells browser pages, files, other extensions and add-on stores apart: no extension may run there', () => {
    for (const url of [
      'chrome://settings/',
      'chrome://newtab/',
      'about:blank',
      'about:newtab',
      'file:///home/reader/article.html',
      'chrome-extension://abcdef/options.html',
      'moz-extension://0000/sidepanel.html',
      'view-source:https://example.org/',
      'data:text/html,hello',
      'https://chromewebstore.google.com/detail/x',
      'https://addons.mozilla.org/en-US/firefox/',
      'not a url',
    ]) {
      expect({ url, site: pageSite(url) }).toEqual({ url, site: { kind: 'restricted' } });
    }
  });
});
