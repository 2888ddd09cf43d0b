import { describe, expect, it } from 'vitest';
import type { TabHistory } from '../../../lib/messaging/protocol';
import { describeRecording, formatArchiveDate, historyView, roleHistory } from '../../../lib/sidepanel/history-view';
import { articleView } from '../../../lib/sidepanel/view-model';
import { analysis, person } from './analysis';
import { coverage, entry, match, possible, related } from './history';

const article = articleView(
  analysis({
    published: '2020-01-20',
    people: [person('Anna Petrova', { mentions: 5 }), person('Sergei Lavrov', { role: 'Prime Minister', official: true })],
  }),
);

const KEPT_URL = 'https://news.example/2020/01/20/today';
const ok = (history: Partial<TabHistory>) => ({ ok: true as const, history: { coverage: [], related: [], possibleMatches: [], recording: null, keptUrl: KEPT_URL, ...history } });

describe('formatArchiveDate', () => {
  it('shows a day, or the day of a moment first seen, as the panel shows dates', () => {
    expect(formatArchiveDate('2013-05-02')).toBe('2 May 2013');
    expect(formatArchiveDate('2013-05-02T23:10:00.000Z')).toBe('2 May 2013');
    expect(formatArchiveDate('2013')).toBe('2013');
    expect(formatArchiveDate('soon')).toBe('soon');
  });
});

describe('roleHistory', () => {
  it('lists the roles held oldest first, this article in its place, a role held in a row once', () => {
    const lavrov = coverage('sergei lavrov', [entry('2016-09-09', 'foreign minister'), entry('2014-01-01', null), entry('2013-05-02', 'Foreign Minister'), entry('2009-03-03', 'ambassador')], [
      entry('2024-02-02', 'President'),
    ]);
    expect(roleHistory(lavrov, 'Prime Minister')).toBe('ambassador (2009) → Foreign Minister (2013–2016) → Prime Minister (this article) → President (2024)');
  });

  it('says nothing when there is no change of role to tell', () => {
    expect(roleHistory(coverage('a', [entry('2013-05-02', 'Foreign Minister')]), 'Foreign Minister')).toBeNull();
    expect(roleHistory(coverage('a', [entry('2013-05-02', null)]), null)).toBeNull();
    expect(roleHistory(coverage('a', []), 'Mayor')).toBeNull();
  });
});

describe('describeRecording', () => {
  it('says in plain words why the article is not in the history, and nothing when it is', () => {
    expect(describeRecording({ kind: 'recorded' })).toBeNull();
    expect(describeRecording(null)).toBeNull();
    expect(describeRecording({ kind: 'paused' })).toMatch(/recording is paused/);
    expect(describeRecording({ kind: 'private-window' })).toMatch(/nothing from private windows/);
    expect(describeRecording({ kind: 'excluded', site: 'example.org' })).toMatch(/never to record example\.org/);
    expect(describeRecording({ kind: 'too-many', perMinute: 6 })).toMatch(/more than 6 new articles in a minute/);
    expect(describeRecording({ kind: 'failed', message: 'Your browser has no room left.' })).toBe(
      'Backstory could not add this article to your history. Your browser has no room left.',
    );
  });
});

describe('historyView', () => {
  it('gives the people with coverage in the panel\'s order, each with names, dates and roles, and who can be corrected', () => {
    const view = historyView(
      ok({
        coverage: [
          coverage('anna petrova', [entry('2018-01-01', 'analyst', { identity: 'anna petrova' })]),
          coverage('sergei lavrov', [entry('2016-09-09', 'negotiator', { identity: 'lavrov' }), entry('2013-05-02', 'Foreign Minister')], [entry('2022-02-02', null)]),
        ],
      }),
      article,
    );
    if (view.kind !== 'ready') throw new Error(view.message);
    expect(view.people.map((p) => p.name)).toEqual(['Sergei Lavrov', 'Anna Petrova']);
    const lavrov = view.people[0];
    expect(lavrov?.earlier.map((e) => [e.date, e.role, e.notSame])).toEqual([
      // Another identity the reader joined to Lavrov's: the two identities are apart.
      ['9 September 2016', 'negotiator', { type: 'correctIdentity', a: 'sergei lavrov', b: 'lavrov', same: false }],
      // Lavrov's own name: this article and that one are apart, the name is not.
      ['2 May 2013', 'Foreign Minister', { type: 'splitArticles', identity: 'sergei lavrov', urls: ['https://news.example/2013-05-02', KEPT_URL] }],
    ]);
    expect(lavrov?.since.map((e) => e.notSame)).toEqual([{ type: 'splitArticles', identity: 'sergei lavrov', urls: ['https://news.example/2022-02-02', KEPT_URL] }]);
    expect(lavrov?.since.map((e) => e.date)).toEqual(['2 February 2022']);
    expect(lavrov?.roleHistory).toBe('Foreign Minister (2013) → negotiator (2016) → Prime Minister (this article)');
    expect(lavrov?.identity).toBe('sergei lavrov');
  });

  it('offers to tell two articles of one name apart only when this article is kept (not read in a private window)', () => {
    const view = historyView(
      ok({ keptUrl: null, coverage: [coverage('sergei lavrov', [entry('2016-09-09', null, { identity: 'lavrov' }), entry('2013-05-02', null)])] }),
      article,
    );
    if (view.kind !== 'ready') throw new Error(view.message);
    expect(view.people[0]!.earlier.map((e) => e.notSame?.type ?? null)).toEqual(['correctIdentity', null]);
  });

  it('leaves out people with no coverage and entries whose address is no web page', () => {
    const view = historyView(
      ok({
        coverage: [
          coverage('anna petrova', []),
          coverage('sergei lavrov', [entry('2013-05-02', null, { url: 'javascript:alert(1)' }), entry('2012-01-01', null, { url: 'https://news.example/ok', title: '' })]),
        ],
        related: [related('Fine'), related('Bad', { url: 'data:text/html,<b>x</b>' })],
      }),
      article,
    );
    if (view.kind !== 'ready') throw new Error(view.message);
    expect(view.people.map((p) => p.earlier.map((e) => [e.url, e.title]))).toEqual([[['https://news.example/ok', 'https://news.example/ok']]]);
    expect(view.related.map((r) => r.title)).toEqual(['Fine']);
  });

  it('gives each person the articles that may name them otherwise, also a person with no coverage, and only web addresses', () => {
    const view = historyView(
      ok({
        coverage: [coverage('anna petrova', []), coverage('sergei lavrov', [])],
        possibleMatches: [
          possible('anna petrova', [
            match('2018-01-01', 'analyst', { identity: 'anna petrovna', name: 'Anna Petrovna', title: '' }),
            match('2017-01-01', null, { identity: 'anna petrovna', url: 'javascript:alert(1)' }),
          ]),
        ],
      }),
      article,
    );
    if (view.kind !== 'ready') throw new Error(view.message);
    expect(view.people.map((p) => [p.name, p.earlier.length, p.since.length])).toEqual([['Anna Petrova', 0, 0]]);
    expect(view.people[0]!.possible).toEqual([
      { url: 'https://news.example/2018-01-01', identity: 'anna petrovna', name: 'Anna Petrovna', title: 'https://news.example/2018-01-01', site: 'Example News', date: '1 January 2018', role: 'analyst' },
    ]);
    // A person the coverage leaves out (no identity of its own there) still gets the suggestions.
    const alone = historyView(ok({ possibleMatches: [possible('sergei lavrov', [match('2013-05-02', null)])] }), article);
    expect(alone).toMatchObject({ people: [{ key: 'sergei lavrov', identity: 'sergei lavrov', earlier: [], since: [], possible: [{ name: 'Sergey Lavrov', date: '2 May 2013' }] }] });
  });

  it('keeps the ranking of related articles and makes each why a sentence', () => {
    const view = historyView(ok({ related: [related('First'), related('Second', { read: false, date: null, site: null, why: 'linked from this page' })] }), article);
    expect(view).toMatchObject({
      related: [
        { title: 'First', read: true, date: '30 November 2019', why: 'Also mentions Lavrov and the G20 meeting.' },
        { title: 'Second', read: false, date: null, site: null, why: 'Linked from this page.' },
      ],
    });
  });

  it('carries why the article is not recorded, and says when the history cannot be read', () => {
    expect(historyView(ok({ recording: { kind: 'paused' } }), article)).toMatchObject({ kind: 'ready', people: [], recording: expect.stringMatching(/paused/) });
    expect(historyView({ ok: true, history: null }, article)).toEqual({ kind: 'ready', people: [], related: [], recording: null });
    expect(historyView({ ok: false, error: 'getTabHistory failed: blocked' }, article)).toEqual({ kind: 'unavailable', message: 'getTabHistory failed: blocked' });
  });
});
