import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostOf, normalizeArticleUrl } from '../../../lib/history/url';

describe('normalizeArticleUrl', () => {
  it('drops the fragment, tracking parameters and credentials, and sorts the others', () => {
    expect(
      normalizeArticleUrl('https://user:pw@WWW.Example.COM/World/Story.html?utm_source=x&b=2&UTM_Medium=y&a=1&fbclid=z#comments'),
    ).toBe('https://www.example.com/World/Story.html?a=1&b=2');
  });

  it('drops every listed tracking parameter and family, whatever its case', () => {
    const tracking = 'gclid=1&dclid=1&msclkid=1&mc_cid=1&mc_eid=1&pk_campaign=1&at_medium=1&hsa_acc=1&ref=rss&ref_src=t&cmpid=1&CMP=share&ocid=1&smid=tw&smtyp=cur&icid=1&intcmp=1&s_cid=1&igshid=1&_ga=1&_gl=1';
    expect(normalizeArticleUrl(`https://example.com/a?id=7&${tracking}`)).toBe('https://example.com/a?id=7');
  });

  it('keeps parameters that pick the page, and keeps a parameter with the same value twice in order', () => {
    expect(normalizeArticleUrl('https://example.com/article?page=2&id=10&id=9')).toBe('https://example.com/article?id=10&id=9&page=2');
    expect(normalizeArticleUrl('https://example.com/a?reference=1&preferred=2')).toBe('https://example.com/a?preferred=2&reference=1');
  });

  it('keeps the scheme and www, drops the default port and a trailing slash but not the root', () => {
    expect(normalizeArticleUrl('http://www.example.com:80/news/')).toBe('http://www.example.com/news');
    expect(normalizeArticleUrl('https://example.com:8443/news//')).toBe('https://example.com:8443/news');
    expect(normalizeArticleUrl('https://example.com')).toBe('https://example.com/');
    expect(normalizeArticleUrl('https://example.com/?utm_source=x')).toBe('https://example.com/');
    expect(normalizeArticleUrl('https://example.com/a/../b/./c/')).toBe('https://example.com/b/c');
  });

  it('gives null for what is not an http(s) address', () => {
    for (const address of ['', 'not a url', 'ftp://example.com/a', 'file:///tmp/a.html', 'javascript:alert(1)', 'about:blank', 'chrome://extensions', '/relative/path']) {
      expect(normalizeArticleUrl(address)).toBeNull();
    }
  });

  it('never throws, and is idempotent on any string, also after a web scheme', () => {
    const anyText = fc.string({ unit: 'binary', maxLength: 120 });
    fc.assert(
      fc.property(fc.oneof(anyText, anyText.map((text) => `https://${text}`), anyText.map((text) => `http://example.com/${text}`)), (text) => {
        const once = normalizeArticleUrl(text);
        expect(once === null ? null : normalizeArticleUrl(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives one address whatever the order of the parameters and the tracking added', () => {
    // Names start with q: no tracking parameter does.
    const param = fc.tuple(fc.stringMatching(/^q[a-zA-Z0-9_%.~+-]{0,7}$/), fc.string({ unit: 'binary', maxLength: 8 }));
    fc.assert(
      fc.property(
        fc.webUrl({ withFragments: true }),
        fc.uniqueArray(param, { selector: ([name]) => name, maxLength: 5 }),
        fc.constantFrom('utm_source', 'fbclid', 'mc_eid', 'ref'),
        (address, params, trackingName) => {
          const forward = new URL(address);
          const backward = new URL(address);
          for (const [name, value] of params) forward.searchParams.append(name, value);
          for (const [name, value] of [...params].reverse()) backward.searchParams.append(name, value);
          backward.searchParams.append(trackingName, 'x');
          const once = normalizeArticleUrl(forward.href);
          expect(once).not.toBeNull();
          expect(normalizeArticleUrl(once!)).toBe(once);
          expect(normalizeArticleUrl(backward.href)).toBe(once);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('hostOf', () => {
  it('gives the lower-case host of a web address, else null', () => {
    expect(hostOf('https://WWW.BBC.co.uk/news')).toBe('www.bbc.co.uk');
    expect(hostOf('mailto:a@b.c')).toBeNull();
    expect(hostOf('nonsense')).toBeNull();
  });
});
