// @vitest-environment jsdom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PanelHistory } from '../../../components/HistorySections';
import { SidePanel } from '../../../components/SidePanel';
import type { TabHistory } from '../../../lib/messaging/protocol';
import { historyView, type HistoryLookup } from '../../../lib/sidepanel/history-view';
import { articleView } from '../../../lib/sidepanel/view-model';
import { analysis, person } from './analysis';
import { coverage, entry, match, possible, related } from './history';

const article = articleView(
  analysis({
    published: '2020-01-20',
    people: [person('Sergei Lavrov', { role: 'Prime Minister', official: true }), person('Anna Petrova')],
    related: [{ title: 'The page\'s own link', url: 'https://news.example/own' }],
    articleLinks: [{ title: 'Linked in the text', url: 'https://news.example/in-text' }],
  }),
);

const lavrov = coverage(
  'sergei lavrov',
  [
    entry('2016-09-09', 'negotiator', { identity: 'lavrov', title: 'Talks in Geneva', site: 'Other Paper' }),
    entry('2013-05-02', 'Foreign Minister', { title: 'Envoys meet', site: 'Example News' }),
  ],
  [entry('2022-02-02', null, { title: 'Later news' })],
);

const tabHistory = (change: Partial<TabHistory> = {}): TabHistory => ({
  coverage: [lavrov, coverage('anna petrova', [])],
  related: [related('Summit ends'), related('Not read one', { read: false, why: 'linked from this page' })],
  possibleMatches: [],
  recording: { kind: 'recorded' },
  keptUrl: 'https://news.example/2020/01/20/today',
  ...change,
});

function show(lookup: HistoryLookup | null) {
  const history: PanelHistory = {
    view: lookup && historyView(lookup, article),
    onForget: vi.fn(),
    onNotSamePerson: vi.fn(),
    onPossibleMatch: vi.fn(),
  };
  const root = document.body.appendChild(document.createElement('div'));
  act(() => render(h(SidePanel, { state: { kind: 'article', article }, history }), root));
  return { root, history };
}

const earlier = (root: ParentNode) => root.querySelector('[aria-labelledby=earlier-heading]')!;
const relatedSection = (root: ParentNode) => root.querySelector('[aria-labelledby=related-heading]')!;
const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((el) => el.textContent);
const buttonNamed = (root: ParentNode, name: RegExp) => [...root.querySelectorAll('button')].filter((button) => name.test(button.getAttribute('aria-label') ?? ''));

afterEach(() => {
  document.body.replaceChildren();
});

describe('SidePanel, earlier coverage', () => {
  it('lists, per person with coverage, the earlier articles newest first with date, site and role, then those since', () => {
    const { root } = show({ ok: true, history: tabHistory() });
    const section = earlier(root);
    expect(texts(section, 'h3')).toEqual(['Sergei Lavrov']);
    const [before, after] = [...section.querySelectorAll('.coverage ul')];
    expect([...before!.querySelectorAll('li')].map((li) => [li.querySelector('a')?.textContent, li.querySelector('.when')?.textContent, li.querySelector('.role')?.textContent])).toEqual([
      ['Talks in Geneva', '9 September 2016 · Other Paper', 'negotiator'],
      ['Envoys meet', '2 May 2013 · Example News', 'Foreign Minister'],
    ]);
    expect(section.querySelector('h4')?.textContent).toBe('Since then');
    expect(texts(after!, 'a')).toEqual(['Later news']);
    expect(section.querySelector('.role-history')?.textContent).toBe('Roles: Foreign Minister (2013) → negotiator (2016) → Prime Minister (this article)');
  });

  it('makes each entry a link that opens the article in a new tab, without handing it the panel', () => {
    const { root } = show({ ok: true, history: tabHistory() });
    const links = [...earlier(root).querySelectorAll<HTMLAnchorElement>('a')];
    expect(links.map((a) => a.href)).toEqual(['https://news.example/2016-09-09', 'https://news.example/2013-05-02', 'https://news.example/2022-02-02']);
    expect(links.every((a) => a.target === '_blank' && a.rel.includes('noopener') && a.rel.includes('noreferrer'))).toBe(true);
  });

  it('offers "Not the same person" and "Forget this article" on every entry', () => {
    const { root, history } = show({ ok: true, history: tabHistory() });
    const notSame = buttonNamed(earlier(root), /^Not the same person/);
    expect(notSame.map((button) => [button.textContent, button.getAttribute('aria-label')])).toEqual([
      ['Not the same person', 'Not the same person: Talks in Geneva is not about Sergei Lavrov'],
      ['Not the same person', 'Not the same person: Envoys meet is not about Sergei Lavrov'],
      ['Not the same person', 'Not the same person: Later news is not about Sergei Lavrov'],
    ]);
    notSame[0]?.click();
    expect(history.onNotSamePerson).toHaveBeenLastCalledWith(
      expect.objectContaining({ identity: 'sergei lavrov', name: 'Sergei Lavrov' }),
      expect.objectContaining({ identity: 'lavrov', title: 'Talks in Geneva', notSame: { type: 'correctIdentity', a: 'sergei lavrov', b: 'lavrov', same: false } }),
    );
    // Under Lavrov's own name: these two articles are about two people of that name.
    notSame[1]?.click();
    expect(history.onNotSamePerson).toHaveBeenLastCalledWith(
      expect.objectContaining({ identity: 'sergei lavrov' }),
      expect.objectContaining({ title: 'Envoys meet', notSame: { type: 'splitArticles', identity: 'sergei lavrov', urls: ['https://news.example/2013-05-02', 'https://news.example/2020/01/20/today'] } }),
    );
    const forget = buttonNamed(earlier(root), /^Forget this article/);
    expect(forget).toHaveLength(3);
    forget[1]?.click();
    expect(history.onForget).toHaveBeenCalledWith(expect.objectContaining({ url: 'https://news.example/2013-05-02', title: 'Envoys meet' }));
  });

  it('offers "Not the same person" under the person\'s own name only when this article is kept', () => {
    const { root } = show({ ok: true, history: tabHistory({ keptUrl: null, recording: { kind: 'private-window' } }) });
    expect(buttonNamed(earlier(root), /^Not the same person/).map((button) => button.getAttribute('aria-label'))).toEqual(['Not the same person: Talks in Geneva is not about Sergei Lavrov']);
  });

  it('says plainly when nothing earlier is known, and why this article is not kept', () => {
    const { root } = show({ ok: true, history: tabHistory({ coverage: [], recording: { kind: 'paused' } }) });
    expect(earlier(root).querySelector('.empty')?.textContent).toBe('Nothing earlier yet: Backstory remembers the articles you read on this device.');
    expect(earlier(root).querySelector('.recording-note')?.textContent).toMatch(/not added to your history: recording is paused/);
  });

  it('says when a person has only later articles', () => {
    const { root } = show({ ok: true, history: tabHistory({ coverage: [coverage('anna petrova', [], [entry('2023-01-01', null, { identity: 'anna petrova' })])] }) });
    expect(earlier(root).querySelector('.coverage .empty')?.textContent).toBe('No earlier article you read mentions Anna Petrova.');
    expect(earlier(root).querySelector('h4')?.textContent).toBe('Since then');
  });

  it('says when the history cannot be read, and that a failed recording kept the analysis out of the history', () => {
    const failed = show({ ok: false, error: 'getTabHistory failed: the database is blocked' }).root;
    expect(earlier(failed).querySelector('.error')?.textContent).toBe('Could not read your history: getTabHistory failed: the database is blocked');
    document.body.replaceChildren();
    const full = show({ ok: true, history: tabHistory({ recording: { kind: 'failed', message: 'Your browser has no room left.' } }) }).root;
    expect(earlier(full).querySelector('.recording-note')?.textContent).toBe('Backstory could not add this article to your history. Your browser has no room left.');
  });
});

describe('SidePanel, related articles from the history', () => {
  it('ranks them with why each is related, marks which were read, and keeps the links in the text', () => {
    const { root } = show({ ok: true, history: tabHistory() });
    const items = [...relatedSection(root).querySelectorAll('ol.ranked > li')];
    expect(items.map((li) => [li.querySelector('a')?.textContent, li.querySelector('.badge')?.textContent, li.querySelector('.why')?.textContent])).toEqual([
      ['Summit ends', 'Read', 'Also mentions Lavrov and the G20 meeting.'],
      ['Not read one', 'Not read yet', 'Linked from this page.'],
    ]);
    // The ranked list holds the page's own links: they are not listed twice.
    expect(texts(relatedSection(root), 'a')).not.toContain('The page\'s own link');
    expect(texts(relatedSection(root), 'h3 + ul a')).toEqual(['Linked in the text']);
  });

  it('lets the reader forget a read one, and offers nothing to forget for one not read', () => {
    const { root, history } = show({ ok: true, history: tabHistory() });
    const items = [...relatedSection(root).querySelectorAll('ol.ranked > li')];
    expect(items[1]?.querySelector('button')).toBeNull();
    items[0]?.querySelector('button')?.click();
    expect(history.onForget).toHaveBeenCalledWith(expect.objectContaining({ url: 'https://news.example/summit-ends', title: 'Summit ends' }));
  });

  it.each<[string, HistoryLookup | null]>([
    ['while the history is looked up', null],
    ['when it holds nothing related', { ok: true, history: tabHistory({ related: [] }) }],
    ['when it cannot be read', { ok: false, error: 'blocked' }],
  ])('shows the page\'s own related links %s', (_, lookup) => {
    const { root } = show(lookup);
    expect(relatedSection(root).querySelector('ol')).toBeNull();
    expect(texts(relatedSection(root), 'a')).toEqual(['The page\'s own link', 'Linked in the text']);
  });
});

describe('SidePanel, the history and the page', () => {
  it('renders titles, sites, roles and reasons from pages and files as text', () => {
    const payload = '<img src=x onerror=alert(1)>';
    const { root } = show({
      ok: true,
      history: {
        coverage: [coverage('sergei lavrov', [entry('2013-05-02', payload, { title: payload, site: payload, identity: 'lavrov' })])],
        related: [related(payload, { url: 'https://news.example/x', site: payload, why: payload })],
        possibleMatches: [possible('sergei lavrov', [match('2012-01-01', payload, { title: payload, site: payload, name: payload })])],
        recording: { kind: 'failed', message: payload },
        keptUrl: null,
      },
    });
    expect(root.querySelectorAll('img')).toHaveLength(0);
    expect(root.textContent).toContain(payload);
    expect(buttonNamed(root, /^Forget this article/)[0]?.getAttribute('aria-label')).toBe(`Forget this article: ${payload}`);
  });

  it('keeps every section labelled by its heading, every control named by its words', () => {
    const { root } = show({ ok: true, history: tabHistory() });
    expect(texts(root, 'h2')).toEqual(['People', 'Events', 'Related articles', 'Earlier coverage']);
    for (const section of root.querySelectorAll('section')) {
      expect(root.querySelector(`#${section.getAttribute('aria-labelledby')}`)?.tagName).toBe('H2');
    }
    for (const button of root.querySelectorAll('.entry-actions button')) {
      expect(button.getAttribute('type')).toBe('button');
      expect(button.getAttribute('aria-label')?.startsWith(button.textContent ?? '')).toBe(true);
    }
  });
});
