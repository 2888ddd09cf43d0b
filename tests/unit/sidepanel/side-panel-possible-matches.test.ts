// @vitest-environment jsdom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PanelHistory } from '../../../components/HistorySections';
import { SidePanel } from '../../../components/SidePanel';
import type { TabHistory } from '../../../lib/messaging/protocol';
import { historyView } from '../../../lib/sidepanel/history-view';
import { articleView } from '../../../lib/sidepanel/view-model';
import { analysis, person } from './analysis';
import { coverage, entry, match, possible } from './history';

const article = articleView(
  analysis({
    published: '2020-01-20',
    people: [person('Sergei Lavrov', { role: 'Prime Minister', official: true }), person('Anna Petrova')],
  }),
);

function show(change: Partial<TabHistory>) {
  const tabHistory: TabHistory = { coverage: [coverage('sergei lavrov', [entry('2013-05-02', 'Foreign Minister')]), coverage('anna petrova', [])], related: [], possibleMatches: [], recording: null, keptUrl: null, ...change };
  const history: PanelHistory = { view: historyView({ ok: true, history: tabHistory }, article), onForget: vi.fn(), onNotSamePerson: vi.fn(), onPossibleMatch: vi.fn() };
  const root = document.body.appendChild(document.createElement('div'));
  act(() => render(h(SidePanel, { state: { kind: 'article', article }, history }), root));
  return { root, history };
}

const group = (root: ParentNode, name: string) => [...root.querySelectorAll('.coverage')].find((element) => element.querySelector('h3')?.textContent === name);
const buttons = (root: ParentNode) => [...root.querySelectorAll('.possible-matches button')].map((button) => [button.textContent, button.getAttribute('aria-label')]);

afterEach(() => {
  document.body.replaceChildren();
});

describe('SidePanel, who may be the same person', () => {
  it('lists under the person the articles naming them otherwise: title, date, site, and the name and role as each gave them', () => {
    const { root } = show({
      possibleMatches: [possible('sergei lavrov', [match('2012-01-01', 'Russia’s top diplomat', { title: 'Lavrov in Geneva', site: 'Other Paper' }), match('2010-01-01', null, { title: 'Talks' })])],
    });
    const lavrov = group(root, 'Sergei Lavrov')!;
    expect(lavrov.querySelector('.possible-matches h4')?.textContent).toBe('Maybe the same person');
    const items = [...lavrov.querySelectorAll('.possible-matches li')];
    expect(items.map((li) => [li.querySelector('a')?.textContent, li.querySelector('.when')?.textContent, li.querySelector('.named')?.textContent])).toEqual([
      ['Lavrov in Geneva', '1 January 2012 · Other Paper', 'Sergey Lavrov, Russia’s top diplomat'],
      ['Talks', '1 January 2010 · Example News', 'Sergey Lavrov'],
    ]);
    const link = items[0]!.querySelector('a')!;
    expect([link.href, link.target, link.rel]).toEqual(['https://news.example/2012-01-01', '_blank', 'noopener noreferrer']);
    // The suggestions are not earlier coverage: that list keeps its one entry.
    expect(lavrov.querySelectorAll('ul.archive-list > li')).toHaveLength(1);
  });

  it('asks with two buttons named for the article and the person, and says which answer was given', () => {
    const { root, history } = show({ possibleMatches: [possible('sergei lavrov', [match('2012-01-01', null, { title: 'Lavrov in Geneva' })])] });
    expect(buttons(root)).toEqual([
      ['Same person', 'Same person: Sergey Lavrov in Lavrov in Geneva is Sergei Lavrov'],
      ['Not the same person', 'Not the same person: Sergey Lavrov in Lavrov in Geneva is not Sergei Lavrov'],
    ]);
    const [same, notSame] = [...root.querySelectorAll<HTMLButtonElement>('.possible-matches button')];
    same!.click();
    notSame!.click();
    const who = expect.objectContaining({ identity: 'sergei lavrov', name: 'Sergei Lavrov' });
    const which = expect.objectContaining({ identity: 'sergey lavrov', url: 'https://news.example/2012-01-01' });
    expect(vi.mocked(history.onPossibleMatch).mock.calls).toEqual([
      [who, which, true],
      [who, which, false],
    ]);
  });

  it('shows a person with suggestions but no coverage, and nothing for a person with neither', () => {
    const { root } = show({ possibleMatches: [possible('anna petrova', [match('2018-01-01', 'analyst', { identity: 'anna petrovna', name: 'Anna Petrovna' })])] });
    const petrova = group(root, 'Anna Petrova')!;
    expect(petrova.querySelector('.empty')?.textContent).toBe('No earlier article you read mentions Anna Petrova.');
    expect(petrova.querySelector('.named')?.textContent).toBe('Anna Petrovna, analyst');
    expect(group(root, 'Sergei Lavrov')!.querySelector('.possible-matches')).toBeNull();
  });

  it('renders names, titles and roles from pages as text', () => {
    const payload = '<img src=x onerror=alert(1)>';
    const { root } = show({ possibleMatches: [possible('sergei lavrov', [match('2012-01-01', payload, { title: payload, name: payload, site: payload })])] });
    expect(root.querySelectorAll('img')).toHaveLength(0);
    expect(root.querySelector('.named')?.textContent).toBe(`${payload}, ${payload}`);
  });
});
