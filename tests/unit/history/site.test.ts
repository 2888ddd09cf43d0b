import { describe, expect, it } from 'vitest';
import { articleKey } from '../../../lib/history/records';
import { sameSite, siteOf } from '../../../lib/history/site';

describe('siteOf', () => {
  it.each([
    ['https://www.news.example.com/world/1', 'example.com'],
    ['https://edition.news.co.uk/a', 'news.co.uk'],
    // A hosting domain on the Public Suffix List's private section gives each customer a site of its own.
    ['https://harbour-courier.github.io/2024/ferry', 'harbour-courier.github.io'],
    ['http://127.0.0.1:8080/page.html', '127.0.0.1'],
    ['http://localhost/page', 'localhost'],
    ['https://www.bbc.com/news/world-1', 'bbc.co.uk'],
    ['https://www.bbc.co.uk/news/world-1', 'bbc.co.uk'],
  ])('%s is on %s', (address, site) => {
    expect(siteOf(address)).toBe(site);
  });

  it('has no site for what is not an http(s) address', () => {
    expect(siteOf('javascript:alert(1)')).toBeNull();
    expect(siteOf('not an address')).toBeNull();
    expect(sameSite('not an address', 'not an address')).toBe(false);
  });
});

describe('articleKey', () => {
  const page = (url: string, canonicalUrl: string) => ({ url, canonicalUrl });

  it('takes the canonical address on the page\'s own site: another subdomain, the publisher\'s other domain', () => {
    expect(articleKey(page('https://m.courier.example.org/story?utm_source=x', 'https://www.courier.example.org/story'))).toBe('https://www.courier.example.org/story');
    expect(articleKey(page('https://www.bbc.com/news/world-1', 'https://www.bbc.co.uk/news/world-1'))).toBe('https://www.bbc.co.uk/news/world-1');
  });

  it('keeps a page under its own address when its canonical link points to another site', () => {
    expect(articleKey(page('https://attacker.example.net/copy', 'https://www.courier.example.org/story'))).toBe('https://attacker.example.net/copy');
    expect(articleKey(page('https://one.github.io/post', 'https://two.github.io/post'))).toBe('https://one.github.io/post');
    expect(articleKey(page('https://courier.example.org.evil.example/story', 'https://courier.example.org/story'))).toBe('https://courier.example.org.evil.example/story');
  });
});
