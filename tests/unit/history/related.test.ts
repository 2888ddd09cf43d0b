import { describe, expect, it } from 'vitest';
import { Corrections } from '../../../lib/history/identity';
import { SplitsOf, type Verdicts } from '../../../lib/history/splits';
import { eventPhrase, rankRelated, shortName, textSimilarity, type CurrentArticle } from '../../../lib/history/related';
import type { ArchivedArticle, ArchivedPerson, ArticleSplit } from '../../../lib/history/types';
import { event, person } from '../sidepanel/analysis';
import { AT, articleOn, bystander, lavrov, newStore, putin } from './fake-archive';

const archived = (identity: string, name: string, official = true, aliases: string[] = []): ArchivedPerson => ({ identity, name, aliases, role: null, official });
const kept = (url: string, overrides: Partial<ArchivedArticle> = {}): ArchivedArticle => ({
  url,
  title: url,
  site: 'news.example',
  published: '2020-01-01',
  firstSeen: '2020-01-01T00:00:00.000Z',
  lastSeen: '2020-01-01T00:00:00.000Z',
  authors: [],
  people: [],
  events: [],
  relatedUrls: [],
  excerpt: '',
  read: true,
  ...overrides,
});

describe('shortName and eventPhrase', () => {
  it('names a person as the article does alone, else by surname', () => {
    expect(shortName({ name: 'Sergei Lavrov', aliases: ['Mr. Lavrov', 'Lavrov'] })).toBe('Lavrov');
    expect(shortName({ name: 'Martin Luther King Jr.', aliases: [] })).toBe('King');
    expect(shortName({ name: 'Bashar al-Assad', aliases: ['Assad'] })).toBe('Assad');
    expect(shortName({ name: 'Ursula von der Leyen', aliases: [] })).toBe('Leyen');
  });

  it('puts "the" before an event named by a common head, not before a name', () => {
    expect(eventPhrase('G20 meeting')).toBe('the G20 meeting');
    expect(eventPhrase('G8 Summit')).toBe('the G8 Summit');
    expect(eventPhrase('Affordable Care Act')).toBe('the Affordable Care Act');
    expect(eventPhrase('Treaty of Versailles')).toBe('the Treaty of Versailles');
    expect(eventPhrase('Investment Company Act of 1940')).toBe('the Investment Company Act of 1940');
    expect(eventPhrase('Hurricane Sandy')).toBe('Hurricane Sandy');
    expect(eventPhrase('9/11')).toBe('9/11');
    expect(eventPhrase('the Olympics')).toBe('the Olympics');
  });
});

describe('textSimilarity', () => {
  it('scores from 0 to 1 against the query itself, ignoring words that say nothing', () => {
    const [same, close, unrelated, stopWordsOnly] = textSimilarity('Lavrov meets Kerry over Syria ceasefire', [
      'Lavrov meets Kerry over Syria ceasefire',
      'Syria ceasefire talks stall',
      'Bridge across the harbour opens',
      'the and of over',
    ]);
    expect(same).toBeCloseTo(1, 5);
    expect(close).toBeGreaterThan(0);
    expect(close).toBeLessThan(1);
    expect(unrelated).toBe(0);
    expect(stopWordsOnly).toBe(0);
  });

  it('gives 0 to everything for an empty query', () => {
    expect(textSimilarity('', ['anything'])).toEqual([0]);
  });
});

describe('rankRelated', () => {
  const current: CurrentArticle = {
    url: 'https://news.example/now',
    title: 'Lavrov and Kerry talk Syria at the G20 meeting',
    excerpt: '',
    people: [archived('sergei lavrov', 'Sergei Lavrov', true, ['Lavrov']), archived('jane roe', 'Jane Roe', false), archived('john kerry', 'John Kerry', true, ['Kerry'])],
    events: [{ name: 'G20 meeting' }],
  };
  const verdicts = (corrections: Corrections = new Corrections([]), splits: ArticleSplit[] = []): Verdicts => ({ corrections, splits: new SplitsOf(current.url, splits) });
  const none = verdicts();

  it('says why in words: up to two people, officials first, and one event', () => {
    const [result] = rankRelated(
      current,
      [{ url: 'https://news.example/a', kept: kept('https://news.example/a', { people: [archived('jane roe', 'Jane Roe', false), archived('sergei lavrov', 'S. Lavrov'), archived('john kerry', 'J. Kerry')], events: [{ name: 'g20 Meeting', date: null, end: null, place: null }] }) }],
      none,
      5,
    );
    expect(result!.why).toBe('also mentions Lavrov, Kerry and the G20 meeting');
    expect(result!.score).toBe(3 + 3 + 2 + 3);
  });

  it('ranks shared officials over shared bystanders, and a page link with its own reason', () => {
    const results = rankRelated(
      current,
      [
        { url: 'https://news.example/bystander', kept: kept('https://news.example/bystander', { people: [archived('jane roe', 'Jane Roe', false)] }) },
        { url: 'https://news.example/official', kept: kept('https://news.example/official', { people: [archived('sergei lavrov', 'Sergei Lavrov')] }) },
        { url: 'https://news.example/linked', link: { title: 'Linked story', url: 'https://news.example/linked' } },
        { url: 'https://news.example/linked-too', link: { title: 'Both', url: 'https://news.example/linked-too' }, kept: kept('https://news.example/linked-too', { people: [archived('john kerry', 'John Kerry')], read: false }) },
        { url: 'https://news.example/nothing', kept: kept('https://news.example/nothing', { title: 'Lavrov and Kerry talk Syria' }) },
        { url: 'https://news.example/now', kept: kept('https://news.example/now', { people: current.people }) },
      ],
      none,
      10,
    );
    expect(results.map((result) => [result.url.replace('https://news.example/', ''), result.why])).toEqual([
      ['linked-too', 'linked from this page; also mentions Kerry'],
      ['linked', 'linked from this page'],
      ['official', 'also mentions Lavrov'],
      ['bystander', 'also mentions Roe'],
    ]);
    expect(results[1]).toEqual({ url: 'https://news.example/linked', title: 'Linked story', site: 'news.example', date: null, read: false, why: 'linked from this page', score: 4 });
    expect(results[0]).toMatchObject({ read: false, date: '2020-01-01' });
  });

  it('orders articles sharing as much by how close their text is', () => {
    const people = [archived('sergei lavrov', 'Sergei Lavrov')];
    const results = rankRelated(
      current,
      [
        { url: 'https://news.example/far', kept: kept('https://news.example/far', { people, title: 'Budget vote in parliament' }) },
        { url: 'https://news.example/close', kept: kept('https://news.example/close', { people, title: 'Kerry and Lavrov on Syria' }) },
      ],
      none,
      10,
    );
    expect(results.map((result) => result.url)).toEqual(['https://news.example/close', 'https://news.example/far']);
    expect(results[0]!.score).toBeGreaterThan(3);
    expect(results[1]!.score).toBe(3);
  });

  it('applies the identity rule and the corrections to shared people', () => {
    const executive = { url: 'https://news.example/exec', kept: kept('https://news.example/exec', { people: [{ ...archived('john kerry', 'John Kerry', false), role: 'chief executive' }] }) };
    const officialKerry = { ...current, people: [{ ...archived('john kerry', 'John Kerry'), role: 'Secretary of State' }] };
    expect(rankRelated(officialKerry, [executive], none, 5)).toEqual([]);
    expect(rankRelated(officialKerry, [executive], verdicts(new Corrections([{ a: 'john kerry', b: 'john kerry', same: true }])), 5)).toHaveLength(1);
  });

  it('does not count a person the reader told apart in that article, and still counts the rest', () => {
    const both = { url: 'https://news.example/both', kept: kept('https://news.example/both', { people: [archived('john kerry', 'John Kerry'), archived('sergei lavrov', 'Sergei Lavrov')] }) };
    const splitKerry = verdicts(undefined, [{ identity: 'john kerry', urls: ['https://news.example/both', 'https://news.example/now'] }]);
    expect(rankRelated(current, [both], none, 5)[0]!.why).toBe('also mentions Lavrov and Kerry');
    expect(rankRelated(current, [both], splitKerry, 5)[0]!.why).toBe('also mentions Lavrov');
    const onlyKerry = { url: 'https://news.example/both', kept: kept('https://news.example/both', { people: [archived('john kerry', 'John Kerry')] }) };
    expect(rankRelated(current, [onlyKerry], splitKerry, 5)).toEqual([]);
  });

  it('keeps at most `limit`', () => {
    const candidates = Array.from({ length: 5 }, (_, i) => ({ url: `https://news.example/${i}`, link: { title: `${i}`, url: `https://news.example/${i}` } }));
    expect(rankRelated(current, candidates, none, 3)).toHaveLength(3);
  });
});

describe('HistoryStore.related', () => {
  it('finds the archive’s articles sharing people and events, and the page’s links, best first', async () => {
    const store = newStore();
    const g20 = event('G20 meeting', { date: '2013-09-05' });
    await store.record(articleOn('g20-preview', '2013-09-01', [lavrov(), putin()], { events: [g20] }), AT('2013-09-01T00:00:00.000Z'), ['Leaders gather for the G20 meeting in St. Petersburg.']);
    await store.record(articleOn('lavrov-only', '2013-05-01', [lavrov()]), AT('2013-05-01T00:00:00.000Z'), []);
    await store.record(articleOn('roe-only', '2013-05-02', [bystander('Jane Roe')]), AT('2013-05-02T00:00:00.000Z'), []);
    await store.record(articleOn('unrelated', '2013-05-03', [bystander('Someone Else')]), AT('2013-05-03T00:00:00.000Z'), []);
    const current = articleOn('now', '2013-09-06', [putin(), lavrov(), bystander('Jane Roe')], {
      title: 'Putin hosts the G20 meeting',
      events: [g20],
      related: [{ title: 'Lavrov only', url: 'https://news.example/lavrov-only' }, { title: 'Never read', url: 'https://other.example/never-read' }],
    });
    await store.record(current, AT('2013-09-06T00:00:00.000Z'), ['Putin hosts the G20 meeting in St. Petersburg.']);

    const related = await store.related(current);
    expect(related.map((result) => [result.url, result.why])).toEqual([
      ['https://news.example/g20-preview', 'also mentions Putin, Lavrov and the G20 meeting'],
      ['https://news.example/lavrov-only', 'linked from this page; also mentions Lavrov'],
      ['https://other.example/never-read', 'linked from this page'],
      ['https://news.example/roe-only', 'also mentions Roe'],
    ]);
    expect(related[2]).toMatchObject({ read: false, title: 'Never read', site: 'other.example', date: null });
    expect(await store.related(current, 1)).toHaveLength(1);
  });

  it('finds nothing in an empty archive but the page’s links', async () => {
    const store = newStore();
    const related = await store.related(articleOn('now', null, [lavrov()], { articleLinks: [{ title: 'In text', url: 'https://news.example/in-text' }] }));
    expect(related.map((result) => result.why)).toEqual(['linked from this page']);
  });

  it('links the current person with an article using a joined name', async () => {
    const store = newStore();
    await store.record(articleOn('sergey', '2010-01-01', [person('Sergey Lavrov', { official: true })]), AT('2010-01-01T00:00:00.000Z'), []);
    const current = articleOn('now', '2020-01-01', [lavrov()]);
    expect(await store.related(current)).toEqual([]);
    await store.correct({ a: 'sergei lavrov', b: 'sergey lavrov', same: true });
    expect((await store.related(current)).map((result) => result.why)).toEqual(['also mentions Lavrov']);
  });
});
