import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/page/extract';
import type { ExtractedArticle, Extraction } from '../../../lib/types';
import { fixtureHtml, PAGE_URL, pageDocument, pageDom } from './fixtures';

function articleOf(extraction: Extraction): ExtractedArticle {
  if (!extraction.isArticle) throw new Error(`expected an article, got: ${extraction.reason}`);
  return extraction.article;
}

const extractFixture = (name: string): Extraction => extractArticle(pageDocument(fixtureHtml(name)), PAGE_URL);

const paragraph = (sentence: string, count: number): string =>
  Array.from({ length: count }, (_, i) => `<p>${sentence} This is paragraph number ${i + 1} of the story.</p>`).join('\n');

describe('extractArticle: pages that are not articles', () => {
  it.each([
    ['link-index.html', /list of links/i],
    ['search-results.html', /list of links|snippets/i],
    ['sign-in.html', /sign-in/i],
  ])('rejects %s with a human reason', (name, reason) => {
    const extraction = extractFixture(name);
    expect(extraction.isArticle).toBe(false);
    expect(extraction.isArticle ? '' : extraction.reason).toMatch(reason);
  });

  it.each(['', '<html><body></body></html>', '<html><head><title>x</title></head><body>   </body></html>'])(
    'rejects an empty page (%j) without throwing',
    (html) => {
      const extraction = extractArticle(pageDocument(html), PAGE_URL);
      expect(extraction).toEqual({ isArticle: false, reason: expect.stringMatching(/\w{3}/) });
    },
  );

  it('rejects a declared article whose text has not arrived yet (an app shell)', () => {
    const shell = `<html><head><title>Tram Strike Ends</title><meta property="og:type" content="article"></head>
      <body><nav><a href="/">Home</a></nav><main><article><h1>Tram Strike Ends</h1><p>Loading the story…</p></article></main></body></html>`;
    expect(extractArticle(pageDocument(shell), PAGE_URL)).toEqual({ isArticle: false, reason: 'This page has no article text.' });
  });

  it('turns an exception into a reason', () => {
    const document = pageDocument('<p>text</p>');
    Object.defineProperty(document, 'cloneNode', {
      value: () => {
        throw new Error('boom');
      },
    });
    const extraction = extractArticle(document, PAGE_URL);
    expect(extraction).toEqual({ isArticle: false, reason: expect.stringContaining('boom') });
  });
});

describe('extractArticle: article pages', () => {
  it('keeps names inside links, captions and body headings; drops bylines, boilerplate, repeats and link boxes', () => {
    const { metadata, paragraphs } = articleOf(extractFixture('names-in-links.html'));
    expect(paragraphs).toEqual([
      expect.stringMatching(/^The harbour council voted/),
      expect.stringContaining('Council chair Helena Brandt said'),
      'The ferry Nordstjernan during sea trials off the northern islands.',
      // The page omits the space after the link; the link's edge still separates the words.
      expect.stringContaining('Opposition leader Tomas Vik criticised'),
      'A long dispute',
      expect.stringMatching(/^The line was first proposed in 2013/),
    ]);
    expect(metadata).toMatchObject({
      title: 'Harbour council approves new ferry line',
      siteName: 'The Coastal Ledger',
      authors: ['Marta Lindqvist', 'Owen Price'],
      published: '2022-09-14',
      language: 'en',
      canonicalUrl: 'https://news.example.org/news/2022/09/14/ferry-line',
    });
  });

  it('handles a French page', () => {
    const { metadata, paragraphs } = articleOf(extractFixture('french.html'));
    expect(metadata).toMatchObject({ language: 'fr-fr', published: '2015-05-04', authors: ['Jeanne Dupont', 'Lucien Morel'] });
    expect(paragraphs[0]).toMatch(/^Le conseil municipal a adopté/);
    expect(paragraphs.join(' ')).not.toMatch(/Publié le|^Par /);
  });

  it('survives broken JSON-LD and reads authors from a @graph', () => {
    const { metadata } = articleOf(extractFixture('broken-jsonld.html'));
    expect(metadata).toMatchObject({
      authors: ['Anna Kowalska', 'Pieter de Vries', 'Lars Holm'],
      published: '2021-03-02',
      language: 'en-gb',
    });
  });

  it('finds a date written only in the visible dateline', () => {
    const { metadata, paragraphs } = articleOf(extractFixture('dateline-in-text.html'));
    expect(metadata.published).toBe('2021-06-03');
    expect(paragraphs).toHaveLength(4);
  });

  it('splits text separated by <br><br> into blocks', () => {
    const { paragraphs } = articleOf(extractFixture('br-separated.html'));
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[2]).toMatch(/^His daughter, Edith Hale, kept the letters/);
  });

  it('neither runs nor keeps hostile markup, and leaves the live document unchanged', () => {
    const dom = pageDom(fixtureHtml('hostile.html'));
    const before = dom.serialize();
    const { metadata, paragraphs } = articleOf(extractArticle(dom.window.document, PAGE_URL));
    expect(dom.serialize()).toBe(before);
    expect((dom.window as unknown as { __pwned?: boolean }).__pwned).toBeUndefined();
    expect(metadata.title).toBe('Port authority names new director');
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs.join(' ')).not.toMatch(/pwned|Injected|enable JavaScript|javascript:/);
    expect(paragraphs[0]).toContain('named Rosa Albers as its new director');
  });

  it('retries without styles when reading styles throws (as jsdom does on some real stylesheets)', () => {
    const html = `<html><head><style>p { color: red }</style></head><body><article>
      ${paragraph('The lighthouse on the northern cape was switched off for good on Sunday night after 140 years.', 6)}
      </article></body></html>`;
    const dom = pageDom(html);
    const { HTMLElement } = dom.window;
    const style = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'style')!;
    Object.defineProperty(HTMLElement.prototype, 'style', {
      get(this: HTMLElement) {
        if (this.ownerDocument.querySelector('style')) throw new Error('Could not parse CSS stylesheet');
        return style.get!.call(this);
      },
    });
    const { paragraphs } = articleOf(extractArticle(dom.window.document, PAGE_URL));
    expect(paragraphs).toHaveLength(6);
    expect(dom.window.document.querySelector('style')).not.toBeNull();
  });

  it('extracts a 2 MB page, shaped like heavy news pages, within a few seconds', () => {
    // Real heavy pages owe their size to inline state, styles and icon markup more than to prose.
    const state = `<script>window.__STATE__ = ${JSON.stringify({ items: Array.from({ length: 25_000 }, (_, i) => ({ id: i, headline: `Item ${i}`, tags: ['a', 'b'] })) })};</script>`;
    const styles = `<style>${Array.from({ length: 6000 }, (_, i) => `.c${i} { margin: ${i % 9}px; color: #${(i * 77) % 999}; }`).join('\n')}</style>`;
    const icon = '<svg viewBox="0 0 24 24"><path d="M12 2L2 7l10 5 10-5-10-5zm0 13l-10-5v5l10 5 10-5v-5z"/></svg>';
    const navigation = Array.from({ length: 3000 }, (_, i) => `<li><a href="/section/${i}">${icon}Section ${i}</a></li>`).join('');
    const story = paragraph('Engineers inspected the old bridge on Tuesday and found the cables in better shape than feared.', 300);
    const html = `<html><head><title>Bridge</title>${styles}${state}</head><body><nav><ul>${navigation}</ul></nav><article><h1>Bridge</h1>${story}</article></body></html>`;
    expect(html.length).toBeGreaterThan(2_000_000);
    const document = pageDocument(html);
    const start = performance.now();
    const { paragraphs } = articleOf(extractArticle(document, PAGE_URL));
    expect(performance.now() - start).toBeLessThan(10_000);
    expect(paragraphs).toHaveLength(300);
  }, 40_000);
});

describe('extractArticle: articles of unusual shape are still articles', () => {
  const lorem =
    'The ferry company said the new timetable would add two crossings a day in summer and keep the winter service as it is, pending a review.';
  it.each([
    ['the same paragraph repeated', `<article><h1>Timetable</h1>${`<p>${lorem}</p>`.repeat(4)}</article>`],
    ['one paragraph and nothing else', `<div><p>${lorem} ${lorem}</p></div>`],
    ['a short notice', `<article><p>The harbour office is closed on Monday for the holiday.</p></article>`],
    [
      'prose among many tiny link blocks',
      `<article>${`<p>${lorem}</p>`.repeat(3)}${['Next', 'Learn more', 'Share', 'Top', 'Home', 'Help'].map((text) => `<p><a href="/x">${text}</a></p>`).join('')}</article>`,
    ],
  ])('accepts %s', (_shape, body) => {
    const extraction = extractArticle(pageDocument(`<html><head><title>Harbour news</title></head><body>${body}</body></html>`), PAGE_URL);
    expect(extraction.isArticle ? 'article' : extraction.reason).toBe('article');
  });
});

describe('extractArticle: invisible characters', () => {
  it('drops soft hyphens and zero-width characters that split names', () => {
    const extraction = extractArticle(
      pageDocument('<html><body><article><p>Prime Minister Vladi\u00ADmir Pe\u200Btrov said the talks would resume in May, after the elections.</p></article></body></html>'),
      PAGE_URL,
    );
    expect(extraction.isArticle && extraction.article.paragraphs).toEqual([
      'Prime Minister Vladimir Petrov said the talks would resume in May, after the elections.',
    ]);
  });
});
