// @vitest-environment jsdom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SidePanel, type PanelNavigation } from '../../../components/SidePanel';
import { articleView, type PanelState } from '../../../lib/sidepanel/view-model';
import { analysis, event, person } from './analysis';

function show(state: PanelState, props: Omit<Parameters<typeof SidePanel>[0], 'state'> = {}, root: HTMLElement = document.createElement('div')): HTMLElement {
  if (!root.isConnected) document.body.append(root);
  act(() => render(h(SidePanel, { state, ...props }), root));
  return root;
}

const text = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((el) => el.textContent);
const status = (root: ParentNode) => root.querySelector('[role=status]');

afterEach(() => {
  document.body.replaceChildren();
});

const fullArticle = () =>
  articleView(
    analysis({
      people: [
        person('Pavel Yermakov', { mentions: 4, role: 'economist' }),
        person('Gennady Orlovsky', {
          mentions: 2,
          official: true,
          role: 'Deputy Foreign Minister',
          evidence: [{ role: 'Deputy Foreign Minister', sentence: 'Deputy Foreign Minister Gennady Orlovsky said so.' }],
        }),
      ],
      events: [event('Danube Summit', { date: '2013-06-20', end: '2013-06-21', place: 'Vienna' })],
      related: [{ title: 'Grain exporters ask for a registry', url: 'https://news.example/grain' }],
      articleLinks: [{ title: 'Earlier letter', url: 'https://news.example/letter' }],
    }),
  );

describe('SidePanel, the states', () => {
  it.each<[PanelState, RegExp]>([
    [{ kind: 'no-tab' }, /No tab/],
    [{ kind: 'unsupported-site' }, /not on for this page.*click the Backstory button in the toolbar/],
    [{ kind: 'restricted' }, /cannot read this page/],
    [{ kind: 'site-off', host: 'www.example.org' }, /^Backstory is not on for www\.example\.org\.$/],
    [{ kind: 'pending' }, /Reading this article/],
    [{ kind: 'not-article', reason: 'Too little text' }, /Not an article: Too little text/],
    [{ kind: 'error', message: 'getTabAnalysis failed: boom' }, /Could not load.*boom/],
  ])('announces %j in a live status and shows no sections', (state, expected) => {
    const root = show(state);
    expect(status(root)?.getAttribute('aria-live')).toBe('polite');
    expect(status(root)?.textContent).toMatch(expected);
    expect(root.querySelectorAll('section')).toHaveLength(0);
  });

  it('says when an article has nothing to show', () => {
    const root = show({ kind: 'article', article: articleView(analysis()) });
    expect(status(root)?.textContent).toMatch(/Nothing found/);
    expect(text(root, '.empty')).toEqual([
      'No people found in this article.',
      'No dated events found in this article.',
      'The page lists no related articles.',
    ]);
  });
});

describe('SidePanel, a site Backstory is not on', () => {
  const actions = (onEnableSite = vi.fn()) => ({ optionsUrl: 'chrome-extension://id/options.html', onEnableSite });

  it('offers a button naming the host, and the options page', () => {
    const onEnableSite = vi.fn();
    const root = show({ kind: 'site-off', host: 'www.example.org' }, { actions: actions(onEnableSite) });
    const button = root.querySelector('button');
    expect(button?.textContent).toBe('Enable Backstory on www.example.org');
    button?.click();
    expect(onEnableSite).toHaveBeenCalledOnce();
    expect(root.querySelector<HTMLAnchorElement>('.actions a')?.href).toBe('chrome-extension://id/options.html');
  });

  it('links the options page but offers no button when the host is unknown, and neither on a browser page', () => {
    const unknown = show({ kind: 'unsupported-site' }, { actions: actions() });
    expect(unknown.querySelector('button')).toBeNull();
    expect(unknown.querySelector('.actions a')?.textContent).toBe('Choose where Backstory runs');
    expect(show({ kind: 'restricted' }, { actions: actions() }).querySelector('.actions')).toBeNull();
    expect(show({ kind: 'pending' }, { actions: actions() }).querySelector('.actions')).toBeNull();
  });

  it('announces the outcome of the last action in place of the status', () => {
    const root = show({ kind: 'site-off', host: 'example.org' }, { actions: actions(), notice: 'Backstory stays off on example.org.' });
    expect(status(root)?.textContent).toBe('Backstory stays off on example.org.');
  });
});

describe('SidePanel, an article', () => {
  it('has a main landmark and labelled sections under headings', () => {
    const root = show({ kind: 'article', article: fullArticle() });
    expect(root.querySelector('main')?.getAttribute('aria-labelledby')).toBe('panel-title');
    expect(text(root, 'h2')).toEqual(['People', 'Events', 'Related articles', 'Earlier coverage']);
    for (const section of root.querySelectorAll('section')) {
      expect(root.querySelector(`#${section.getAttribute('aria-labelledby')}`)?.tagName).toBe('H2');
    }
    expect(status(root)?.textContent).toBe('');
    expect(root.querySelector('.article-title')?.textContent).toBe('Envoys trade letters');
  });

  it('lists officials first with role, marker, mentions and evidence, as list items', () => {
    const root = show({ kind: 'article', article: fullArticle() });
    const people = [...root.querySelectorAll('.people > li')];
    expect(people.map((li) => li.querySelector('.name')?.textContent)).toEqual(['Gennady Orlovsky', 'Pavel Yermakov']);
    expect(people[0]?.querySelector('.role')?.textContent).toBe('Deputy Foreign Minister');
    expect(people[0]?.querySelector('.badge')?.textContent).toBe('official');
    expect(people[0]?.querySelector('.mentions')?.textContent).toBe('2 mentions');
    expect(people[0]?.querySelector('.evidence')?.textContent).toBe('Deputy Foreign Minister Gennady Orlovsky said so.');
    expect(people[1]?.querySelector('.badge')).toBeNull();
  });

  it('shows each event with its dates, place and distance from publication', () => {
    const root = show({ kind: 'article', article: fullArticle() });
    expect(text(root, '.event > span')).toEqual(['Danube Summit', '20 June 2013 – 21 June 2013', 'Vienna', '2 months after this article']);
  });

  it('links the related articles and, apart, those linked in the article', () => {
    const root = show({ kind: 'article', article: fullArticle() });
    const links = [...root.querySelectorAll<HTMLAnchorElement>('#related-heading ~ ul a')];
    expect(links.map((a) => [a.textContent, a.href])).toEqual([
      ['Grain exporters ask for a registry', 'https://news.example/grain'],
      ['Earlier letter', 'https://news.example/letter'],
    ]);
    expect(root.querySelector('h3')?.textContent).toBe('Linked in the article');
    expect(links.every((a) => a.rel.includes('noopener'))).toBe(true);
  });

  it('says it is looking through the history until it has it, and lists none', () => {
    const root = show({ kind: 'article', article: fullArticle() });
    const section = root.querySelector('[aria-labelledby=earlier-heading]');
    expect(section?.textContent).toMatch(/Looking through your history/);
    expect(section?.querySelectorAll('li, a')).toHaveLength(0);
  });

  it('renders page text as text, never as markup', () => {
    const payload = '<img src=x onerror=alert(1)>';
    const article = articleView(
      analysis({
        title: payload,
        people: [person(payload, { role: payload, evidence: [{ role: payload, sentence: payload }] })],
        events: [event(payload, { place: payload })],
        related: [{ title: payload, url: 'https://news.example/x' }],
      }),
    );
    const root = show({ kind: 'article', article });
    expect(root.querySelectorAll('img')).toHaveLength(0);
    expect(text(root, '.person .name, .person .role, .evidence, .event .name, .place, .links a, .article-title')).toEqual(Array(7).fill(payload));
  });

  it('shows the reason of a non-article as text', () => {
    const root = show({ kind: 'not-article', reason: '<b>bold</b>' });
    expect(root.querySelectorAll('b')).toHaveLength(0);
    expect(status(root)?.textContent).toContain('<b>bold</b>');
  });
});

describe('SidePanel, moving to a person in the page', () => {
  const navigation = (overrides: Partial<PanelNavigation> = {}): PanelNavigation => ({
    current: null,
    focusRequest: 0,
    announcement: '',
    onShowPerson: vi.fn(),
    ...overrides,
  });
  const button = (root: ParentNode, name: string) =>
    [...root.querySelectorAll<HTMLButtonElement>('.people button')].find((candidate) => candidate.textContent === name);

  it('makes every name a button that asks for the person\'s next mention', () => {
    const moves = navigation();
    const root = show({ kind: 'article', article: fullArticle() }, { navigation: moves });
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('.people li > button.name')];
    expect(buttons.map((b) => [b.textContent, b.type])).toEqual([
      ['Gennady Orlovsky', 'button'],
      ['Pavel Yermakov', 'button'],
    ]);
    expect(buttons.every((b) => b.getAttribute('aria-describedby') === 'people-hint')).toBe(true);
    expect(root.querySelector('#people-hint')?.textContent).toMatch(/next mention in the page/);
    buttons[1]?.click();
    expect(moves.onShowPerson).toHaveBeenCalledWith('pavel yermakov');
  });

  it('says where the page went in a polite live region', () => {
    const root = show({ kind: 'article', article: fullArticle() }, { navigation: navigation({ announcement: 'Pavel Yermakov: mention 2 of 4 in the page' }) });
    const region = root.querySelector('.where');
    expect(region?.getAttribute('aria-live')).toBe('polite');
    expect(region?.textContent).toBe('Pavel Yermakov: mention 2 of 4 in the page');
  });

  it('marks the current person, and gives them keyboard focus when the page asks for them', () => {
    const root = show({ kind: 'article', article: fullArticle() }, { navigation: navigation({ current: 'pavel yermakov' }) });
    expect(button(root, 'Pavel Yermakov')?.getAttribute('aria-current')).toBe('true');
    expect(button(root, 'Pavel Yermakov')?.closest('li')?.classList.contains('current')).toBe(true);
    expect(button(root, 'Gennady Orlovsky')?.hasAttribute('aria-current')).toBe(false);
    // Marked by a click in the panel: focus stays where the reader put it.
    expect(document.activeElement).toBe(document.body);

    show({ kind: 'article', article: fullArticle() }, { navigation: navigation({ current: 'gennady orlovsky', focusRequest: 1 }) }, root);
    expect(document.activeElement).toBe(button(root, 'Gennady Orlovsky'));
    button(root, 'Pavel Yermakov')?.focus();
    // Asked for again: focus comes back.
    show({ kind: 'article', article: fullArticle() }, { navigation: navigation({ current: 'gennady orlovsky', focusRequest: 2 }) }, root);
    expect(document.activeElement).toBe(button(root, 'Gennady Orlovsky'));
  });
});
