import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findMentionSpans } from '../../../lib/annotate/mentions';
import { extractArticle } from '../../../lib/page/extract';
import { readSnapshot } from '../../../lib/page/read-snapshot';
import { SNAPSHOT_INDEX_ATTRIBUTE, snapshotDocument, writeSnapshot, type PageSnapshot } from '../../../lib/page/snapshot';
import { runToEnd } from '../../../lib/slices';
import type { Extraction } from '../../../lib/types';
import { PAGE_URL, pageDocument } from './fixtures';

const FIXTURE_DIRS = ['../../fixtures/page', '../../fixtures/cli', '../../e2e/fixtures'].map((dir) => join(import.meta.dirname, dir));
const fixturePages = FIXTURE_DIRS.flatMap((dir) => readdirSync(dir).filter((name) => name.endsWith('.html')).map((name) => ({ name, html: readFileSync(join(dir, name), 'utf8') })));

const snapshotOf = (document: Document, maxChars = Number.MAX_SAFE_INTEGER): PageSnapshot => runToEnd(writeSnapshot(document, maxChars));
const parser = () => new new JSDOM('').window.DOMParser();
const reparsed = (html: string): Document => parser().parseFromString(html, 'text/html');

describe('writeSnapshot + readSnapshot', () => {
  it.each(fixturePages.map((page) => [page.name, page.html]))('reads %s from the snapshot exactly as from the page itself', (_, html) => {
    const document = pageDocument(html);
    const direct = extractArticle(document, PAGE_URL);
    const fromSnapshot = readSnapshot(snapshotOf(document).html, PAGE_URL, parser());
    // Positions exist only in the snapshot; everything else must match.
    const withoutPositions = (extraction: Extraction) => (extraction.isArticle ? { ...extraction, articleElements: [] } : extraction);
    expect(withoutPositions(fromSnapshot)).toEqual(withoutPositions(direct));
  });

  it('says which live elements the article was read from', () => {
    const document = pageDocument(`<html><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article>
      <h1>Bridge vote</h1>
      <p>Mayor Thomas Whitfield said on Monday that the bridge across the harbor would open in 2028, after a long vote.</p>
      <p>Councillor Maria Lindqvist said the council had ignored the fishermen who work the harbor every single day.</p>
      <p>Whitfield said the fishermen would be heard at a public meeting in April, before any work on the bridge began.</p>
    </article><footer>Copyright The Harbor Gazette</footer></body></html>`);
    const snapshot = snapshotOf(document);
    const extraction = readSnapshot(snapshot.html, PAGE_URL, parser());
    if (!extraction.isArticle) throw new Error(extraction.reason);
    const live = extraction.articleElements.map((position) => snapshot.elements[position]);
    const paragraphs = Array.from(document.querySelectorAll('article p'));
    expect(live).toEqual(expect.arrayContaining(paragraphs));
    expect(live).not.toContain(document.querySelector('nav'));
    expect(live).not.toContain(document.querySelector('footer'));
  });

  it('keeps the article text Readability wraps in elements of its own, so its names can be marked in the live page', () => {
    // Loose text beside a block inside the body element: Readability wraps the text in a <p> that carries no position.
    const sentence = 'Mayor Thomas Whitfield said the harbor bridge would open in 2028, after a long and bitter vote in the council.';
    const document = pageDocument(`<html><body><nav><a href="/">Home</a></nav><div class="story"><div class="story-body">
      ${sentence} ${sentence}<div class="spacer"></div>Councillor Maria Lindqvist said the council had ignored the fishermen. ${sentence}
    </div></div><footer>Copyright The Harbor Gazette</footer></body></html>`);
    const snapshot = snapshotOf(document);
    const extraction = readSnapshot(snapshot.html, PAGE_URL, parser());
    if (!extraction.isArticle) throw new Error(extraction.reason);
    const live = new Set(extraction.articleElements.flatMap((position) => snapshot.elements[position] ?? []));
    expect(live).toContain(document.querySelector('.story-body'));
    expect(live).not.toContain(document.querySelector('nav'));
    const spans = findMentionSpans(document, [{ key: 'thomas whitfield', name: 'Thomas Whitfield', aliases: [] }], { articleElements: live });
    expect(spans.length).toBeGreaterThan(0);
  });

  it('resolves relative links against the page, not the context that parses the copy', () => {
    const document = pageDocument(`<html><head><link rel="canonical" href="/2022/09/14/story.html"></head><body><article>
      <p>${'Mayor Thomas Whitfield spoke about the bridge and the harbor at length. '.repeat(6)}</p>
      <p>Read more: <a href="/2022/09/13/earlier-story.html">Harbor bridge vote is delayed again</a></p>
    </article></body></html>`);
    const extraction = readSnapshot(snapshotOf(document).html, PAGE_URL, parser());
    if (!extraction.isArticle) throw new Error(extraction.reason);
    expect(extraction.article.metadata.canonicalUrl).toBe('https://news.example.org/2022/09/14/story.html');
    expect(extraction.article.related.map((link) => link.url)).toEqual(['https://news.example.org/2022/09/13/earlier-story.html']);
  });
});

describe('writeSnapshot', () => {
  it('numbers every element it writes, in document order, and overrides a number the page wrote itself', () => {
    const document = pageDocument(`<html><head></head><body><div ${SNAPSHOT_INDEX_ATTRIBUTE}="0"><p>One</p><p>Two</p></div></body></html>`);
    const snapshot = snapshotOf(document);
    const copy = reparsed(snapshot.html);
    const numbered = Array.from(copy.querySelectorAll(`[${SNAPSHOT_INDEX_ATTRIBUTE}]`));
    expect(numbered.map((element) => Number(element.getAttribute(SNAPSHOT_INDEX_ATTRIBUTE)))).toEqual(numbered.map((_, index) => index));
    expect(numbered.map((element) => element.localName)).toEqual(snapshot.elements.map((element) => element.localName));
    expect(copy.querySelector('div')?.getAttribute(SNAPSHOT_INDEX_ATTRIBUTE)).toBe(String(snapshot.elements.indexOf(document.querySelector('div') as Element)));
  });

  it('leaves out scripts (but not structured data), styles, templates, stylesheets and our own UI', () => {
    const document = pageDocument(`<html><head><link rel="stylesheet" href="/a.css"><link rel="canonical" href="/c">
      <style>p { color: red }</style><script>window.secret = 1</script>
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"A < B & C"}</script></head>
      <body><template><p>later</p></template><div data-backstory-ui><p>card</p></div><p>Text</p></body></html>`);
    const copy = reparsed(snapshotOf(document).html);
    expect(copy.querySelectorAll('script')).toHaveLength(1);
    expect(copy.querySelector('script')?.textContent).toBe('{"@type":"NewsArticle","headline":"A < B & C"}');
    expect(copy.querySelector('style, template, link[rel=stylesheet], [data-backstory-ui]')).toBeNull();
    expect(copy.querySelector('link[rel=canonical]')).not.toBeNull();
    expect(copy.body.textContent).toBe('Text');
  });

  it('stops at the limit and says the copy is cut', () => {
    const document = pageDocument(`<html><body>${'<p>A paragraph of the story.</p>'.repeat(100)}</body></html>`);
    const snapshot = snapshotOf(document, 500);
    expect(snapshot.truncated).toBe(true);
    expect(snapshot.html.length).toBeLessThanOrEqual(500);
    expect(snapshotOf(document).truncated).toBe(false);
  });

  it('keeps any text and attribute value intact through the copy (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (text, value) => {
        const document = pageDocument('<html><body><p></p></body></html>');
        const paragraph = document.querySelector('p') as Element;
        paragraph.textContent = text;
        paragraph.setAttribute('title', value);
        const copy = reparsed(snapshotOf(document).html).querySelector('p');
        // The HTML parser itself turns CR and CRLF into LF and drops NUL: the copy says what a reparse of the page would.
        const normalized = (s: string) => s.replace(/\r\n?/g, '\n').replace(/\0/g, '');
        expect(normalized(copy?.textContent ?? '')).toBe(normalized(text).replace(/^\n/, ''));
        expect(copy?.getAttribute('title')).toBe(normalized(value).replace(/\0/g, '\uFFFD'));
      }),
    );
  });

  it('runs in slices, giving the page its thread back between them', async () => {
    const document = pageDocument(`<html><body>${'<p>A paragraph of the story.</p>'.repeat(2000)}</body></html>`);
    let clock = 0;
    let yields = 0;
    const snapshot = await snapshotDocument(document, {
      now: () => (clock += 1),
      sliceMs: 3,
      yieldToPage: async () => void (yields += 1),
    });
    expect(yields).toBeGreaterThan(10);
    expect(snapshot.html).toBe(snapshotOf(document).html);
  });
});
