import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parseContentRequest, parseRequest } from '../../../lib/messaging/protocol';
import { extractArticle } from '../../../lib/page/extract';
import { sampleArticle } from './article';

const request = () => ({ type: 'analyzeArticle', article: sampleArticle() });

/** A well-formed request with one change made by `edit`. */
function requestWith(edit: (message: ReturnType<typeof request>) => void): unknown {
  const message = request();
  edit(message);
  return message;
}

describe('parseRequest', () => {
  it('accepts a well-formed analyzeArticle request as it is', () => {
    expect(parseRequest(request())).toEqual(request());
  });

  it('accepts nulls where the article may have no value', () => {
    const message = requestWith(({ article }) => Object.assign(article.metadata, { siteName: null, published: null, language: null }));
    expect(parseRequest(message)).toEqual(message);
  });

  // Keeps the protocol in step with the real extraction: a new field there must be added here.
  it('accepts what extractArticle produces from a page', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/cli/article.html'), 'utf8');
    const url = 'https://news.example.com/city/bridge.html';
    const extraction = extractArticle(new JSDOM(html, { url }).window.document, url);
    expect(extraction.isArticle).toBe(true);
    if (!extraction.isArticle) return;
    // The message crosses contexts as a structured clone: plain data only.
    const message = structuredClone({ type: 'analyzeArticle', article: extraction.article });
    expect(parseRequest(message)).toEqual(message);
  });

  it.each([null, undefined, 'analyzeArticle', 42, true, [], [request()]])('rejects a message that is not an object: %j', (message) => {
    expect(parseRequest(message)).toBeNull();
  });

  it.each([
    ['an unknown type', requestWith((message) => (message.type = 'deleteEverything'))],
    ['no type', requestWith((message) => delete (message as Partial<typeof message>).type)],
    ['no article', requestWith((message) => delete (message as Partial<typeof message>).article)],
    ['an article that is a string', requestWith((message) => Object.assign(message, { article: 'text' }))],
    ['no metadata', requestWith(({ article }) => delete (article as Partial<typeof article>).metadata)],
    ['no paragraphs', requestWith(({ article }) => delete (article as Partial<typeof article>).paragraphs)],
    ['no related links', requestWith(({ article }) => delete (article as Partial<typeof article>).related)],
    ['a missing url', requestWith(({ article }) => delete (article.metadata as Partial<typeof article.metadata>).url)],
    ['a numeric title', requestWith(({ article }) => Object.assign(article.metadata, { title: 7 }))],
    ['a null canonicalUrl', requestWith(({ article }) => Object.assign(article.metadata, { canonicalUrl: null }))],
    ['authors as a string', requestWith(({ article }) => Object.assign(article.metadata, { authors: 'Jane Doe' }))],
    ['a numeric author', requestWith(({ article }) => Object.assign(article.metadata, { authors: [1] }))],
    ['a date object for published', requestWith(({ article }) => Object.assign(article.metadata, { published: new Date() }))],
    ['an undefined language', requestWith(({ article }) => Object.assign(article.metadata, { language: undefined }))],
    ['a paragraph that is not text', requestWith(({ article }) => article.paragraphs.push({} as string))],
    ['related as an object', requestWith(({ article }) => Object.assign(article, { related: {} }))],
    ['a related link without url', requestWith(({ article }) => article.related.push({ title: 'x' } as never))],
    ['no article links', requestWith(({ article }) => delete (article as Partial<typeof article>).articleLinks)],
    ['an article link without title', requestWith(({ article }) => article.articleLinks.push({ url: 'https://a.example/' } as never))],
    ['a related link with a numeric title', requestWith(({ article }) => article.related.push({ title: 1, url: 'https://a.example/' } as never))],
  ])('rejects a request with %s', (_, message) => {
    expect(parseRequest(message)).toBeNull();
  });

  it.each([
    ['the message', requestWith((message) => Object.assign(message, { reply: 'https://evil.example/' }))],
    ['the article', requestWith(({ article }) => Object.assign(article, { html: '<script></script>' }))],
    ['the metadata', requestWith(({ article }) => Object.assign(article.metadata, { cookies: 'a=b' }))],
    ['a related link', requestWith(({ article }) => Object.assign(article.related[0]!, { onclick: 'x' }))],
  ])('rejects extra keys in %s', (_, message) => {
    expect(parseRequest(message)).toBeNull();
  });
});

describe('parseRequest, the side panel requests of a content script', () => {
  it('accepts openSidePanel with a person key and getPanelShortcut bare', () => {
    expect(parseRequest({ type: 'openSidePanel', personKey: 'gennady orlovsky' })).toEqual({ type: 'openSidePanel', personKey: 'gennady orlovsky' });
    expect(parseRequest({ type: 'getPanelShortcut' })).toEqual({ type: 'getPanelShortcut' });
  });

  it.each([
    { type: 'openSidePanel' },
    { type: 'openSidePanel', personKey: '' },
    { type: 'openSidePanel', personKey: 7 },
    { type: 'openSidePanel', personKey: 'x'.repeat(201) },
    { type: 'openSidePanel', personKey: 'a', tabId: 3 },
    { type: 'getPanelShortcut', name: '_execute_action' },
  ])('rejects %j', (message) => {
    expect(parseRequest(message)).toBeNull();
  });
});

describe('parseContentRequest', () => {
  it.each([
    { type: 'showPerson', personKey: 'helen whitcombe' },
    { type: 'showNextMention' },
    { type: 'getContextMenuPerson' },
  ])('accepts %j as it is', (message) => {
    expect(parseContentRequest(structuredClone(message))).toEqual(message);
  });

  it.each([
    null,
    'showNextMention',
    [],
    { type: 'showPerson' },
    { type: 'showPerson', personKey: '' },
    { type: 'showPerson', personKey: null },
    { type: 'showPerson', personKey: 'x'.repeat(201) },
    { type: 'showPerson', personKey: 'a', scrollTo: 0 },
    { type: 'showNextMention', personKey: 'a' },
    { type: 'getContextMenuPerson', x: 1, y: 2 },
    { type: 'scrollTo', top: 0 },
  ])('rejects %j', (message) => {
    expect(parseContentRequest(message)).toBeNull();
  });

  // The two protocols stay apart: a page may not be asked what only the background answers, nor the reverse.
  it('keeps the background requests and the content-script requests apart', () => {
    expect(parseContentRequest({ type: 'getTabAnalysis', tabId: 1 })).toBeNull();
    expect(parseContentRequest({ type: 'openSidePanel', personKey: 'a' })).toBeNull();
    expect(parseRequest({ type: 'showPerson', personKey: 'a' })).toBeNull();
    expect(parseRequest({ type: 'showNextMention' })).toBeNull();
  });
});
