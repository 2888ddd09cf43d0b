import { describe, expect, it } from 'vitest';
import {
  articleView,
  orderPeople,
  panelState,
  personView,
  pinnedTabId,
} from '../../../lib/sidepanel/view-model';
import { analysis, event, person } from './analysis';

describe('orderPeople', () => {
  it('puts officials first, then the most mentioned, then by name', () => {
    const people = [
      person('Zoe Quiet', { mentions: 1 }),
      person('Ann Often', { mentions: 9 }),
      person('Bob Minister', { mentions: 2, official: true }),
      person('Ada Minister', { mentions: 2, official: true }),
      person('Cy Envoy', { mentions: 5, official: true }),
    ];
    expect(orderPeople(people).map((p) => p.name)).toEqual(['Cy Envoy', 'Ada Minister', 'Bob Minister', 'Ann Often', 'Zoe Quiet']);
    expect(people[0]?.name).toBe('Zoe Quiet');
  });
});

describe('personView', () => {
  it('shows the evidence sentence of the displayed role', () => {
    const view = personView(
      person('Ann Lee', {
        role: 'Foreign Minister',
        evidence: [
          { role: 'spokeswoman', sentence: 'Ann Lee, a spokeswoman, said.' },
          { role: 'Foreign Minister', sentence: 'Foreign Minister Ann Lee arrived.' },
        ],
      }),
    );
    expect(view.evidence).toBe('Foreign Minister Ann Lee arrived.');
    expect(personView(person('No Role')).evidence).toBeNull();
  });
});

describe('articleView', () => {
  it('dates events against publication and keeps only web links', () => {
    const view = articleView(
      analysis({
        events: [event('Danube Summit', { date: '2013-06-20', end: '2013-06-21', place: 'Vienna' }), event('Talks')],
        related: [
          { title: 'Good', url: 'https://news.example/a' },
          { title: 'Bad', url: 'javascript:alert(1)' },
        ],
        articleLinks: [{ title: 'Data', url: 'data:text/html,x' }],
      }),
    );
    expect(view.events).toEqual([
      { name: 'Danube Summit', when: '20 June 2013 – 21 June 2013', place: 'Vienna', fromPublication: '2 months after this article' },
      { name: 'Talks', when: null, place: null, fromPublication: null },
    ]);
    expect(view.related.map((link) => link.title)).toEqual(['Good']);
    expect(view.articleLinks).toEqual([]);
  });
});

describe('panelState', () => {
  it('has no tab to show without a tab id', () => {
    expect(panelState({ tabId: null, url: undefined, enabled: false }, { ok: true, analysis: null })).toEqual({ kind: 'no-tab' });
  });

  it('reports a failed lookup as an error', () => {
    expect(panelState({ tabId: 3, url: undefined, enabled: false }, { ok: false, error: 'boom' })).toEqual({ kind: 'error', message: 'boom' });
  });

  it('waits on an enabled site; offers to enable a known site; tells a hidden address from a page no extension may read', () => {
    const nothing = { ok: true, analysis: null } as const;
    expect(panelState({ tabId: 3, url: 'https://www.theguardian.com/world/x', enabled: true }, nothing)).toEqual({ kind: 'pending' });
    expect(panelState({ tabId: 3, url: 'https://www.theguardian.com/world/x', enabled: false }, nothing)).toEqual({
      kind: 'site-off',
      host: 'www.theguardian.com',
    });
    expect(panelState({ tabId: 3, url: 'https://example.org/', enabled: false }, nothing)).toEqual({ kind: 'site-off', host: 'example.org' });
    expect(panelState({ tabId: 3, url: undefined, enabled: false }, nothing)).toEqual({ kind: 'unsupported-site' });
    expect(panelState({ tabId: 3, url: 'chrome://settings/', enabled: false }, nothing)).toEqual({ kind: 'restricted' });
    expect(panelState({ tabId: 3, url: 'about:newtab', enabled: false }, nothing)).toEqual({ kind: 'restricted' });
  });

  it('passes on why a page is not an article, and shows an article', () => {
    expect(panelState({ tabId: 3, url: undefined, enabled: false }, { ok: true, analysis: { isArticle: false, reason: 'No article text' } })).toEqual({
      kind: 'not-article',
      reason: 'No article text',
    });
    const state = panelState({ tabId: 3, url: undefined, enabled: false }, { ok: true, analysis: analysis({ title: 'T' }) });
    expect(state.kind === 'article' && state.article.title).toBe('T');
  });
});

describe('pinnedTabId', () => {
  it('reads a non-negative integer ?tab= and ignores anything else', () => {
    expect(pinnedTabId('?tab=42')).toBe(42);
    expect(pinnedTabId('?tab=0')).toBe(0);
    for (const search of ['', '?tab=', '?tab=-1', '?tab=4.2', '?tab=abc', '?tab=99999999999999999999']) expect(pinnedTabId(search)).toBeNull();
  });
});
