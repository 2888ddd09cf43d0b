import { describe, expect, it } from 'vitest';
import { MAX_ARCHIVE_FILE_CHARS, parseContentRequest, parseReaderRequest, parseRequest } from '../../../lib/messaging/protocol';
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

describe('parseRequest, the reader\'s history', () => {
  const archiveFile = () => ({ format: 'backstory-archive', version: 1, exported: '2024-03-12T09:00:00.000Z', articles: [], corrections: [] });

  it.each([
    { type: 'getTabHistory', tabId: 7 },
    { type: 'getTabHistory', tabId: 0 },
    { type: 'deleteArchivedArticle', url: 'https://news.example/2013/fm' },
    { type: 'correctIdentity', a: 'sergei lavrov', b: 'lavrov', same: false },
    { type: 'correctIdentity', a: 'sergey lavrov', b: 'sergei lavrov', same: true },
    { type: 'splitArticles', identity: 'john smith', urls: ['https://news.example/2013/fm', 'https://other.example/smith'] },
    { type: 'deleteArchive' },
    { type: 'deleteArticlesSeenBefore', before: '2024-02-11T23:00:00.000Z' },
    { type: 'exportArchive' },
    { type: 'importArchive', file: archiveFile() },
    { type: 'getArchiveSummary' },
  ])('accepts %j as it is', (message) => {
    expect(parseRequest(structuredClone(message))).toEqual(message);
  });

  it('passes any object as a file on to the store, which checks its shape', () => {
    expect(parseRequest({ type: 'importArchive', file: { anything: ['goes', 1] } })).not.toBeNull();
  });

  it('refuses a file larger than any archive Backstory writes', () => {
    const file = { ...archiveFile(), padding: 'x'.repeat(MAX_ARCHIVE_FILE_CHARS) };
    expect(parseRequest({ type: 'importArchive', file })).toBeNull();
  });

  it.each([
    ['a tab given as text', { type: 'getTabHistory', tabId: '7' }],
    ['a negative tab', { type: 'getTabHistory', tabId: -1 }],
    ['no tab', { type: 'getTabHistory' }],
    ['an extra key', { type: 'getTabHistory', tabId: 7, all: true }],
    ['an address that is not a web page', { type: 'deleteArchivedArticle', url: 'javascript:alert(1)' }],
    ['an unparsable address', { type: 'deleteArchivedArticle', url: 'not a url' }],
    ['an address too long', { type: 'deleteArchivedArticle', url: `https://news.example/${'x'.repeat(8000)}` }],
    ['no address', { type: 'deleteArchivedArticle' }],
    ['a pattern instead of an address', { type: 'deleteArchivedArticle', url: ['https://news.example/*'] }],
    ['one identity twice', { type: 'correctIdentity', a: 'lavrov', b: 'lavrov', same: false }],
    ['an empty identity', { type: 'correctIdentity', a: '', b: 'lavrov', same: false }],
    ['an identity too long', { type: 'correctIdentity', a: 'x'.repeat(201), b: 'lavrov', same: false }],
    ['a verdict given as text', { type: 'correctIdentity', a: 'sergei lavrov', b: 'lavrov', same: 'no' }],
    ['no verdict', { type: 'correctIdentity', a: 'sergei lavrov', b: 'lavrov' }],
    ['a split of one article', { type: 'splitArticles', identity: 'john smith', urls: ['https://news.example/a', 'https://news.example/a'] }],
    ['a split of three articles', { type: 'splitArticles', identity: 'john smith', urls: ['https://news.example/a', 'https://news.example/b', 'https://news.example/c'] }],
    ['a split of one address', { type: 'splitArticles', identity: 'john smith', urls: 'https://news.example/a' }],
    ['a split of a page that is no web page', { type: 'splitArticles', identity: 'john smith', urls: ['https://news.example/a', 'javascript:alert(1)'] }],
    ['a split of an address too long', { type: 'splitArticles', identity: 'john smith', urls: ['https://news.example/a', `https://news.example/${'x'.repeat(8000)}`] }],
    ['a split by surname', { type: 'splitArticles', identity: 'smith', urls: ['https://news.example/a', 'https://news.example/b'] }],
    ['a split by a name not folded', { type: 'splitArticles', identity: 'John Smith', urls: ['https://news.example/a', 'https://news.example/b'] }],
    ['a split with more to it', { type: 'splitArticles', identity: 'john smith', urls: ['https://news.example/a', 'https://news.example/b'], same: false }],
    ['a scope on deleteArchive', { type: 'deleteArchive', site: 'example.org' }],
    ['no date before which to delete', { type: 'deleteArticlesSeenBefore' }],
    ['a date that is not one', { type: 'deleteArticlesSeenBefore', before: 'last month' }],
    ['a date as a number', { type: 'deleteArticlesSeenBefore', before: Date.UTC(2024, 1, 12) }],
    ['a day without its time', { type: 'deleteArticlesSeenBefore', before: '2024-02-12' }],
    ['a time written otherwise than Backstory writes it', { type: 'deleteArticlesSeenBefore', before: '2024-02-12T00:00:00+01:00' }],
    ['an impossible day', { type: 'deleteArticlesSeenBefore', before: '2024-02-30T00:00:00.000Z' }],
    ['a scope on deleteArticlesSeenBefore', { type: 'deleteArticlesSeenBefore', before: '2024-02-11T23:00:00.000Z', site: 'example.org' }],
    ['a destination on exportArchive', { type: 'exportArchive', to: 'https://evil.example/' }],
    ['a file that is text', { type: 'importArchive', file: '{"format":"backstory-archive"}' }],
    ['a file that is a list', { type: 'importArchive', file: [] }],
    ['no file', { type: 'importArchive' }],
    ['a tab on getArchiveSummary', { type: 'getArchiveSummary', tabId: 1 }],
  ])('refuses a request with %s', (_, message) => {
    expect(parseRequest(message)).toBeNull();
  });
});
