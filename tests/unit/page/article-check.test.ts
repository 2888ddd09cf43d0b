import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOT_LIKELY_ARTICLE_REASON, quickArticleCheck } from '../../../lib/page/article-check';
import { fixtureHtml, pageDocument } from './fixtures';

const LINKS = Array.from({ length: 20 }, (_, i) => `<li><a href="/story-${i}">Headline number ${i}</a></li>`).join('');
const page = (head: string, body: string) => pageDocument(`<html><head>${head}</head><body>${body}</body></html>`);

describe('quickArticleCheck', () => {
  it.each([
    ['Open Graph type article', page('<meta property="og:type" content="article">', `<ul>${LINKS}</ul>`)],
    ['an article publication time', page('<meta property="article:published_time" content="2024-03-12">', `<ul>${LINKS}</ul>`)],
    ['JSON-LD NewsArticle', page('<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle"}]}</script>', `<ul>${LINKS}</ul>`)],
    ['microdata Article', page('', `<div itemscope itemtype="https://schema.org/Article"><ul>${LINKS}</ul></div>`)],
    ['an <article> element', page('', `<article><ul>${LINKS}</ul></article>`)],
    ['running text only', page('', `<div>${`<p>${'Mayor Thomas Whitfield said on Monday that the bridge across the harbor would open in 2028, after the council vote. '.repeat(3)}</p>`.repeat(6)}</div>`)],
  ])('lets a page with %s through', (_, document) => {
    expect(quickArticleCheck(document)).toEqual({ likelyArticle: true });
  });

  it.each([
    ['a list of links', page('<meta property="og:type" content="website">', `<ul>${LINKS}</ul>`)],
    ['an empty page', page('', '')],
    ['broken JSON-LD of another type', page('<script type="application/ld+json">{"@type": "WebSite",</script>', `<ul>${LINKS}</ul>`)],
  ])('stops a page with %s, saying why', (_, document) => {
    expect(quickArticleCheck(document)).toEqual({ likelyArticle: false, reason: NOT_LIKELY_ARTICLE_REASON });
  });

  it('stops the section front of the e2e fixtures and lets its article through', () => {
    const fixture = (name: string) => pageDocument(readFileSync(join(import.meta.dirname, '../../e2e/fixtures', name), 'utf8'));
    expect(quickArticleCheck(fixture('section-index.html')).likelyArticle).toBe(false);
    expect(quickArticleCheck(fixture('moscow-article.html')).likelyArticle).toBe(true);
    expect(quickArticleCheck(pageDocument(fixtureHtml('french.html'))).likelyArticle).toBe(true);
  });
});
