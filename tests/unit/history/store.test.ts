import { describe, expect, it } from 'vitest';
import { EXCERPT_CHARS } from '../../../lib/history/types';
import { person } from '../sidepanel/analysis';
import { AT, articleOn, freshIndexedDB, lavrov, newStore, putin } from './fake-archive';
import { createHistoryStore } from '../../../lib/history/store';

const LONG_TEXT = ['Sergei Lavrov met his counterpart on Monday. '.repeat(20), 'A second paragraph that is never kept.'];

describe('record and get', () => {
  it('keeps what the issue lists, keyed by the normalised canonical address, and not the full text', async () => {
    const store = newStore();
    const read = articleOn('world/letters', '2013-04-14', [lavrov(), person('Lavrov'), person('J. Smith')], {
      url: 'https://news.example/world/letters?utm_source=mail#top',
      canonicalUrl: 'https://news.example/world/letters/?utm_source=feed',
      authors: ['Ivan Nechepurenko'],
      related: [{ title: 'Putin and Obama plan meetings', url: 'https://news.example/world/meetings?fbclid=1' }],
    });
    const kept = await store.record(read, AT('2013-04-15T08:00:00.000Z'), LONG_TEXT);
    expect(kept).toMatchObject({
      url: 'https://news.example/world/letters',
      title: 'world/letters',
      site: 'Example News',
      published: '2013-04-14',
      firstSeen: '2013-04-15T08:00:00.000Z',
      lastSeen: '2013-04-15T08:00:00.000Z',
      authors: ['Ivan Nechepurenko'],
      // One-word and initial-only names have no identity across articles: not kept.
      people: [{ identity: 'sergei lavrov', name: 'Sergei Lavrov', aliases: ['Lavrov'], role: 'Foreign Minister', official: true }],
      events: [],
      relatedUrls: ['https://news.example/world/meetings'],
      read: true,
    });
    expect(kept!.excerpt.length).toBeLessThanOrEqual(EXCERPT_CHARS);
    expect(kept!.excerpt).toMatch(/^Sergei Lavrov met his counterpart on Monday\. .*…$/);
    expect(JSON.stringify(kept)).not.toContain('never kept');
    expect(await store.get('https://news.example/world/letters#again')).toEqual(kept);
    expect(await store.get('https://news.example/elsewhere')).toBeNull();
    expect(await store.get('not an address')).toBeNull();
  });

  it('records the page links as known-but-unread articles, only where none is kept', async () => {
    const store = newStore();
    const meetings = articleOn('world/meetings', '2013-04-08', [putin()]);
    await store.record(meetings, AT('2013-04-09T10:00:00.000Z'), ['Putin and Obama will meet twice.']);
    const letters = articleOn('world/letters', '2013-04-14', [], {
      related: [
        { title: 'Putin and Obama Plan 2 Meetings', url: 'https://news.example/world/meetings' },
        { title: 'Diplomats go to Boston', url: 'https://news.example/world/boston' },
      ],
      articleLinks: [{ title: 'the letter itself', url: 'https://news.example/world/letters' }],
    });
    await store.record(letters, AT('2013-04-15T08:00:00.000Z'), []);
    // Two articles read; the link to Boston is kept, but the reader has not read it.
    expect(await store.count()).toBe(2);
    // The read article the page links to is left as it was.
    expect(await store.get('https://news.example/world/meetings')).toMatchObject({ read: true, title: 'world/meetings', people: [{ identity: 'vladimir putin' }] });
    expect(await store.get('https://news.example/world/boston')).toEqual({
      url: 'https://news.example/world/boston',
      title: 'Diplomats go to Boston',
      site: 'news.example',
      published: null,
      firstSeen: '2013-04-15T08:00:00.000Z',
      lastSeen: '2013-04-15T08:00:00.000Z',
      authors: [],
      people: [],
      events: [],
      relatedUrls: [],
      excerpt: '',
      read: false,
    });
  });

  it('turns a known-but-unread link into a read article on its first visit', async () => {
    const store = newStore();
    await store.record(articleOn('a', '2020-01-01', [], { related: [{ title: 'B', url: 'https://news.example/b' }] }), AT('2020-01-01T00:00:00.000Z'), []);
    const b = await store.record(articleOn('b', null, [putin()]), AT('2020-03-01T00:00:00.000Z'), ['Text of b.']);
    expect(b).toMatchObject({ read: true, title: 'b', firstSeen: '2020-03-01T00:00:00.000Z', excerpt: 'Text of b.' });
  });

  it('gives null for a page with no web address, and keeps nothing', async () => {
    const store = newStore();
    expect(await store.record(articleOn('x', null, [], { url: 'file:///tmp/x.html', canonicalUrl: 'file:///tmp/x.html' }), AT('2020-01-01T00:00:00.000Z'), [])).toBeNull();
    expect(await store.count()).toBe(0);
  });
});

describe('revisits and concurrent saves', () => {
  it('updates on a revisit, never duplicates: first seen kept, last seen and the content updated', async () => {
    const store = newStore();
    await store.record(articleOn('live', null, [lavrov()]), AT('2020-05-01T09:00:00.000Z'), ['First version.']);
    const again = await store.record(articleOn('live', '2020-05-01', [lavrov(), putin()], { title: 'Live: updated' }), AT('2020-05-01T12:00:00.000Z'), []);
    expect(await store.count()).toBe(1);
    expect(again).toMatchObject({
      title: 'Live: updated',
      published: '2020-05-01',
      firstSeen: '2020-05-01T09:00:00.000Z',
      lastSeen: '2020-05-01T12:00:00.000Z',
      // The page said nothing this time: the first words already kept stay.
      excerpt: 'First version.',
    });
    expect(again!.people.map((p) => p.identity)).toEqual(['sergei lavrov', 'vladimir putin']);
  });

  it('keeps the publication date a later reading lacks, and lets an out-of-order older save change only the dates', async () => {
    const store = newStore();
    await store.record(articleOn('a', '2020-05-01', [], { title: 'Newest' }), AT('2020-05-03T00:00:00.000Z'), ['newest']);
    const merged = await store.record(articleOn('a', null, [], { title: 'Older' }), AT('2020-05-02T00:00:00.000Z'), ['older']);
    expect(merged).toMatchObject({ title: 'Newest', published: '2020-05-01', excerpt: 'newest', firstSeen: '2020-05-02T00:00:00.000Z', lastSeen: '2020-05-03T00:00:00.000Z' });
  });

  it('makes one record from many tabs saving the same article at once', async () => {
    const store = newStore();
    const times = Array.from({ length: 12 }, (_, i) => AT(`2021-02-0${(i % 9) + 1}T10:00:00.000Z`));
    const links = { related: [{ title: 'Linked', url: 'https://news.example/linked' }] };
    await Promise.all(times.map((time) => store.record(articleOn('same', '2021-02-01', [lavrov()], links), time, ['Same.'])));
    expect(await store.count()).toBe(1);
    expect((await store.exportAll(AT('2021-03-01T00:00:00.000Z'))).articles.map((article) => [article.url, article.read])).toEqual([
      ['https://news.example/linked', false],
      ['https://news.example/same', true],
    ]);
    expect(await store.get('https://news.example/same')).toMatchObject({ firstSeen: '2021-02-01T10:00:00.000Z', lastSeen: '2021-02-09T10:00:00.000Z', read: true });
  });

  it('makes one record when two connections (two extension pages) save at once', async () => {
    const deps = freshIndexedDB();
    const [first, second] = [createHistoryStore(deps), createHistoryStore(deps)];
    await Promise.all([
      first.record(articleOn('same', null, [lavrov()]), AT('2021-02-01T10:00:00.000Z'), []),
      second.record(articleOn('same', null, [putin()]), AT('2021-02-01T10:00:01.000Z'), []),
      first.record(articleOn('other', null), AT('2021-02-01T10:00:02.000Z'), []),
    ]);
    expect(await second.count()).toBe(2);
    expect(await first.get('https://news.example/same')).toMatchObject({
      firstSeen: '2021-02-01T10:00:00.000Z',
      lastSeen: '2021-02-01T10:00:01.000Z',
      people: [{ identity: 'vladimir putin' }],
    });
  });
});

describe('deleting', () => {
  it('deletes one article, those last seen before a date, or everything with the corrections', async () => {
    const store = newStore();
    const oldLinks = { related: [{ title: 'Linked from the old one', url: 'https://news.example/old-link' }] };
    await store.record(articleOn('old', '2019-01-01', [lavrov()], oldLinks), AT('2019-01-01T00:00:00.000Z'), []);
    await store.record(articleOn('mid', '2020-01-01', [lavrov()]), AT('2020-01-01T00:00:00.000Z'), []);
    await store.record(articleOn('new', '2021-01-01', [lavrov()]), AT('2021-01-01T00:00:00.000Z'), []);
    await store.correct({ a: 'sergei lavrov', b: 'sergey lavrov', same: true });

    await store.deleteArticle('https://news.example/mid?utm_source=x');
    expect(await store.get('https://news.example/mid')).toBeNull();
    // One article read goes, and with it the link known from it (not counted: never read).
    expect(await store.deleteSeenBefore(AT('2020-06-01T00:00:00.000Z'))).toBe(1);
    expect(await store.get('https://news.example/old')).toBeNull();
    expect(await store.get('https://news.example/old-link')).toBeNull();
    expect(await store.count()).toBe(1);
    // Deleted articles leave nothing in the indexes: coverage no longer finds them.
    const coverage = await store.coverage(articleOn('now', '2022-01-01', [lavrov()]));
    expect(coverage[0]!.earlier.map((entry) => entry.url)).toEqual(['https://news.example/new']);

    await store.deleteAll();
    expect(await store.count()).toBe(0);
    expect((await store.exportAll(AT('2022-01-01T00:00:00.000Z'))).corrections).toEqual([]);
  });
});

describe('correct', () => {
  it('refuses what is not a pair of identities', async () => {
    const store = newStore();
    await expect(store.correct({ a: 'Sergei Lavrov', b: 'sergey lavrov', same: true })).rejects.toThrow(TypeError);
    await expect(store.correct({ a: 'l', b: 'sergey lavrov', same: true })).rejects.toThrow(TypeError);
    await expect(store.correct({ a: 'mr', b: 'sergey lavrov', same: true })).rejects.toThrow(TypeError);
    await expect(store.correct({ a: 'sergei lavrov', b: 'sergey lavrov', same: 'yes' as unknown as boolean })).rejects.toThrow(TypeError);
  });

  it('keeps one correction per pair, in either order, the latest winning', async () => {
    const store = newStore();
    await store.correct({ a: 'sergey lavrov', b: 'sergei lavrov', same: true });
    await store.correct({ a: 'sergei lavrov', b: 'sergey lavrov', same: false });
    expect((await store.exportAll(AT('2022-01-01T00:00:00.000Z'))).corrections).toEqual([{ a: 'sergei lavrov', b: 'sergey lavrov', same: false }]);
  });
});
