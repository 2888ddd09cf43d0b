import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleDay, excerptOf, LINKS_KEPT, mergeVisit, pageLinks, unreadRecord, visitRecord } from '../../../lib/history/records';
import { fromRow, indexKeys, toRow } from '../../../lib/history/rows';
import { EXCERPT_CHARS, type ArchivedArticle } from '../../../lib/history/types';
import { event, person } from '../sidepanel/analysis';
import { AT, articleOn, lavrov } from './fake-archive';

describe('excerptOf', () => {
  it('keeps short text whole, spaces folded', () => {
    expect(excerptOf(['  One  paragraph.', 'Two\nlines. '])).toBe('One paragraph. Two lines.');
    expect(excerptOf([])).toBe('');
  });

  it('cuts long text at a word, with an ellipsis, within the limit', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 200 }), { maxLength: 6 }), (paragraphs) => {
        const excerpt = excerptOf(paragraphs);
        expect(excerpt.length).toBeLessThanOrEqual(EXCERPT_CHARS);
      }),
    );
    const words = Array.from({ length: 100 }, (_, i) => `word${i}`).join(' ');
    const excerpt = excerptOf([words]);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(words.startsWith(excerpt.slice(0, -1))).toBe(true);
    expect(words.charAt(excerpt.length - 1)).toBe(' ');
  });
});

describe('visitRecord', () => {
  it('keeps a publication date only when it is a day', () => {
    expect(visitRecord(articleOn('a', '2013'), AT('2020-01-01T00:00:00.000Z'), [])!.published).toBeNull();
    expect(visitRecord(articleOn('a', '2013-04-14'), AT('2020-01-01T00:00:00.000Z'), [])!.published).toBe('2013-04-14');
  });

  it('keys by the address loaded when the canonical one is not a web address', () => {
    expect(visitRecord(articleOn('a', null, [], { canonicalUrl: 'about:blank' }), AT('2020-01-01T00:00:00.000Z'), [])!.url).toBe('https://news.example/a');
  });

  it('keeps each identity once, the first (most mentioned) form', () => {
    const people = [lavrov('Foreign Minister'), person('SERGEI LAVROV', { role: 'minister' })];
    expect(visitRecord(articleOn('a', null, people), AT('2020-01-01T00:00:00.000Z'), [])!.people).toEqual([
      { identity: 'sergei lavrov', name: 'Sergei Lavrov', aliases: ['Lavrov'], role: 'Foreign Minister', official: true },
    ]);
  });
});

describe('pageLinks', () => {
  it('normalises, leaves out the page itself and repeats, and keeps at most LINKS_KEPT', () => {
    const related = Array.from({ length: LINKS_KEPT + 3 }, (_, i) => ({ title: `${i}`, url: `https://news.example/${i}?utm_source=x` }));
    const links = pageLinks({ related: [{ title: 'self', url: 'https://news.example/self#x' }, ...related], articleLinks: [{ title: 'again', url: 'https://news.example/0' }, { title: 'mail', url: 'mailto:a@b.c' }] }, 'https://news.example/self');
    expect(links).toHaveLength(LINKS_KEPT);
    expect(links[0]).toEqual({ title: '0', url: 'https://news.example/0' });
  });
});

describe('mergeVisit', () => {
  const visit = (lastSeen: string, change: Partial<ArchivedArticle> = {}): ArchivedArticle => ({
    ...visitRecord(articleOn('a', null), AT(lastSeen), ['text'])!,
    ...change,
  });

  it('takes the visit whole when nothing, or only an unread link, is kept', () => {
    const first = visit('2020-01-02T00:00:00.000Z');
    expect(mergeVisit(undefined, first)).toBe(first);
    expect(mergeVisit(visit('2020-01-01T00:00:00.000Z', { read: false }), first)).toBe(first);
  });

  it('keeps the earliest first-seen and the newest content', () => {
    const kept = visit('2020-01-01T00:00:00.000Z', { title: 'old', published: '2019-12-31' });
    const merged = mergeVisit(kept, visit('2020-01-05T00:00:00.000Z', { title: 'new', excerpt: '' }));
    expect(merged).toMatchObject({ title: 'new', published: '2019-12-31', excerpt: 'text', firstSeen: '2020-01-01T00:00:00.000Z', lastSeen: '2020-01-05T00:00:00.000Z' });
  });
});

describe('stored rows', () => {
  it('leave out empty fields, and read back whole', () => {
    const unread = unreadRecord({ title: 'Link', url: 'https://news.example/link' }, AT('2020-03-04T00:00:00.000Z'));
    expect(toRow(unread)).toEqual({ url: 'https://news.example/link', title: 'Link', site: 'news.example', firstSeen: '2020-03-04T00:00:00.000Z', lastSeen: '2020-03-04T00:00:00.000Z', read: false });
    expect(fromRow(toRow(unread))).toEqual(unread);
    const read = visitRecord(articleOn('a', '2020-03-01', [lavrov()]), AT('2020-03-04T00:00:00.000Z'), ['text'])!;
    expect(toRow(read)).not.toHaveProperty('read');
    expect(fromRow(toRow(read))).toEqual(read);
  });


  it('date each person and event by the article’s day, each once', () => {
    const article = visitRecord(articleOn('a', null, [lavrov()], { events: [event('G20 meeting'), event('g20 Meeting'), event('—')] }), AT('2020-03-04T23:00:00.000Z'), [])!;
    expect(articleDay(article)).toBe('2020-03-04');
    expect(indexKeys(article)).toEqual({ personKeys: ['sergei lavrov|2020-03-04'], eventKeys: ['g20 meeting|2020-03-04'] });
  });
});
