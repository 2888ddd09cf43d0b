import { describe, expect, it } from 'vitest';
import { parseReaderRequest, parseRequest } from '../../../lib/messaging/protocol';
import { MAX_SNAPSHOT_CHARS } from '../../../lib/page/snapshot';

const PAGE_URL = 'https://news.example.com/city/2024/03/12/bridge.html';
const analyzePage = () => ({ type: 'analyzePage', html: '<!DOCTYPE html><p>Mayor Thomas Whitfield spoke.</p>', url: PAGE_URL });

describe('parseRequest', () => {
  it('accepts well-formed requests as they are', () => {
    expect(parseRequest(analyzePage())).toEqual(analyzePage());
    expect(parseRequest({ type: 'recordNotArticle', reason: 'A sign-in form.' })).toEqual({ type: 'recordNotArticle', reason: 'A sign-in form.' });
    expect(parseRequest({ type: 'getTabAnalysis', tabId: 7 })).toEqual({ type: 'getTabAnalysis', tabId: 7 });
  });

  it('accepts a snapshot up to the longest one a content script makes', () => {
    expect(parseRequest({ ...analyzePage(), html: 'x'.repeat(MAX_SNAPSHOT_CHARS) })).not.toBeNull();
    expect(parseRequest({ ...analyzePage(), html: 'x'.repeat(MAX_SNAPSHOT_CHARS + 1) })).toBeNull();
  });

  it.each([null, undefined, 'analyzePage', 42, true, [], [analyzePage()]])('rejects a message that is not an object: %j', (message) => {
    expect(parseRequest(message)).toBeNull();
  });

  it.each([
    ['an unknown type', { ...analyzePage(), type: 'deleteEverything' }],
    ['no type', { html: '<p></p>', url: PAGE_URL }],
    ['no html', { type: 'analyzePage', url: PAGE_URL }],
    ['html that is not text', { ...analyzePage(), html: { body: '' } }],
    ['no url', { type: 'analyzePage', html: '<p></p>' }],
    ['an unparsable url', { ...analyzePage(), url: 'not a url' }],
    ['a url that is not a web page', { ...analyzePage(), url: 'file:///etc/passwd' }],
    ['an extension page url', { ...analyzePage(), url: 'chrome-extension://abc/sidepanel.html' }],
    ['a numeric url', { ...analyzePage(), url: 7 }],
    ['a reason that is too long', { type: 'recordNotArticle', reason: 'x'.repeat(501) }],
    ['a negative tab', { type: 'getTabAnalysis', tabId: -1 }],
    ['a tab given as text', { type: 'getTabAnalysis', tabId: '7' }],
    ['a fractional tab', { type: 'getTabAnalysis', tabId: 1.5 }],
    ['a reader request sent to the background', { ...analyzePage(), type: 'readSnapshot' }],
  ])('rejects a request with %s', (_, message) => {
    expect(parseRequest(message)).toBeNull();
  });

  it.each([
    ['analyzePage', { ...analyzePage(), reply: 'https://evil.example/' }],
    ['recordNotArticle', { type: 'recordNotArticle', reason: 'x', tabId: 3 }],
    ['getTabAnalysis', { type: 'getTabAnalysis', tabId: 3, all: true }],
  ])('rejects extra keys in %s', (_, message) => {
    expect(parseRequest(message)).toBeNull();
  });
});

describe('parseReaderRequest', () => {
  it('accepts a well-formed readSnapshot request and nothing meant for the background', () => {
    const request = { type: 'readSnapshot', html: '<p>x</p>', url: PAGE_URL };
    expect(parseReaderRequest(request)).toEqual(request);
    expect(parseReaderRequest(analyzePage())).toBeNull();
    expect(parseReaderRequest({ type: 'getTabAnalysis', tabId: 1 })).toBeNull();
    expect(parseReaderRequest({ ...request, extra: 1 })).toBeNull();
    expect(parseReaderRequest({ ...request, url: 'javascript:alert(1)' })).toBeNull();
  });
});
