// @vitest-environment jsdom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage, type OptionsActions, type OptionsStatus } from '../../../components/OptionsPage';
import type { ArchiveSummary } from '../../../lib/options/history';
import { optionsView } from '../../../lib/options/view-model';
import { DEFAULT_SETTINGS, type ReaderSettings } from '../../../lib/settings/reader-settings';
import { NEWS_SITE_MATCHES, NEWS_SITES } from '../../../lib/sites';

const view = optionsView(
  { ...DEFAULT_SETTINGS, disabledSites: ['bbc.com'] },
  { granted: [...NEWS_SITE_MATCHES, 'https://www.example.org/*'], required: NEWS_SITE_MATCHES },
);

function show(status: OptionsStatus | null = null, root = document.body.appendChild(document.createElement('div'))) {
  const actions: OptionsActions = {
    switchListedSite: vi.fn(),
    removeExtraSite: vi.fn(),
    setAllSites: vi.fn(),
    setHoverDelay: vi.fn(),
    setHoverModifier: vi.fn(),
    setUnderline: vi.fn(),
    setHistoryPaused: vi.fn(),
    excludeSite: vi.fn(() => true),
    includeSite: vi.fn(),
    exportHistory: vi.fn(),
    importHistory: vi.fn(),
    deleteHistory: vi.fn(),
    deleteHistoryOlderThan: vi.fn(),
  };
  render(h(OptionsPage, { view, status, actions }), root);
  return { root, actions };
}

/** The accessible name of a form control: aria-label, its label's text (wrapping or `for`), or a button's own text. */
function labelOf(control: Element): string {
  const label = control.closest('label') ?? (control.id ? document.querySelector(`label[for="${control.id}"]`) : null);
  const own = control.tagName === 'BUTTON' ? control.textContent : null;
  return (control.getAttribute('aria-label') ?? label?.textContent ?? own ?? '').trim();
}

const change = (element: HTMLInputElement | HTMLSelectElement) => element.dispatchEvent(new Event('change', { bubbles: true }));

afterEach(() => {
  document.body.replaceChildren();
});

describe('OptionsPage', () => {
  it('gives every control a name a screen reader can say', () => {
    const { root } = show();
    const controls = [...root.querySelectorAll('input, select, button')];
    expect(controls.length).toBeGreaterThan(NEWS_SITES.length);
    expect(controls.filter((control) => labelOf(control) === '').map((control) => control.id || control.tagName)).toEqual([]);
    expect(root.querySelector('main')?.getAttribute('aria-labelledby')).toBe('options-title');
  });

  it('shows each news site with its switch, and reports a switch', () => {
    const { root, actions } = show();
    const boxes = [...root.querySelectorAll<HTMLInputElement>('fieldset input[type=checkbox]')];
    expect(boxes.map(labelOf)).toEqual(NEWS_SITES);
    const bbc = boxes.find((box) => labelOf(box) === 'bbc.com');
    expect(bbc?.checked).toBe(false);
    bbc!.checked = true;
    change(bbc!);
    expect(actions.switchListedSite).toHaveBeenCalledWith('bbc.com', true);
  });

  it('lists the other sites with a Remove button each', () => {
    const { root, actions } = show();
    const remove = root.querySelector<HTMLButtonElement>('button[aria-label="Remove https://www.example.org"]');
    remove?.click();
    expect(actions.removeExtraSite).toHaveBeenCalledWith('https://www.example.org/*');
  });

  it('passes the typed delay, the key and the underline switch on', () => {
    const { root, actions } = show();
    const delay = root.querySelector<HTMLInputElement>('#hover-delay')!;
    expect(delay.value).toBe('500');
    delay.value = '250';
    change(delay);
    expect(actions.setHoverDelay).toHaveBeenCalledWith('250');
    const modifier = root.querySelector<HTMLSelectElement>('#hover-modifier')!;
    expect([...modifier.options].map((option) => option.value)).toEqual(['none', 'Alt', 'Control', 'Shift', 'Meta']);
    modifier.value = 'Alt';
    change(modifier);
    expect(actions.setHoverModifier).toHaveBeenCalledWith('Alt');
    const underline = [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find((box) => labelOf(box).startsWith('Underline'))!;
    expect(underline.checked).toBe(true);
    underline.checked = false;
    change(underline);
    expect(actions.setUnderline).toHaveBeenCalledWith(false);
    const everySite = [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find((box) => labelOf(box).includes('every website'))!;
    everySite.checked = true;
    change(everySite);
    expect(actions.setAllSites).toHaveBeenCalledWith(true);
  });

  it('keeps a rejected delay in the field when the page redraws with the error', () => {
    const { root } = show();
    const delay = root.querySelector<HTMLInputElement>('#hover-delay')!;
    delay.value = '4000';
    show({ text: 'Not saved: the wait must be a whole number from 0 to 3000.', error: true }, root);
    expect(root.querySelector<HTMLInputElement>('#hover-delay')?.value).toBe('4000');
  });

  it('announces the outcome of the last change in a polite live region, errors marked', () => {
    const { root } = show({ text: 'Not saved: the wait must be a whole number from 0 to 3000.', error: true });
    const status = root.querySelector('[role=status]');
    expect(status?.getAttribute('aria-live')).toBe('polite');
    expect(status?.textContent).toMatch(/^Not saved/);
    expect(status?.classList.contains('error')).toBe(true);
  });
});

describe('OptionsPage, the history section', () => {
  function showHistory(archive: ArchiveSummary, change: Partial<ReaderSettings> = {}, excludeTaken = true) {
    const { root, actions } = show();
    const historyView = optionsView({ ...DEFAULT_SETTINGS, ...change }, { granted: NEWS_SITE_MATCHES, required: NEWS_SITE_MATCHES });
    actions.excludeSite = vi.fn(() => excludeTaken);
    act(() => render(h(OptionsPage, { view: historyView, status: null, actions, archive }), root));
    const section = root.querySelector<HTMLElement>('[aria-labelledby=history-heading]')!;
    return { root, section, actions };
  }
  const button = (root: ParentNode, name: string) => [...root.querySelectorAll<HTMLButtonElement>('button')].find((candidate) => labelOf(candidate) === name);
  const click = (element: HTMLElement | undefined) => act(() => element?.click());

  it.each<[ArchiveSummary, string]>([
    [null, 'Counting the articles in your history…'],
    [{ articles: 0 }, 'Your history is empty.'],
    [{ articles: 1 }, 'Your history holds 1 article.'],
    [{ articles: 12 }, 'Your history holds 12 articles.'],
    [{ error: 'The database is blocked.' }, 'Could not read your history: The database is blocked.'],
  ])('says how many articles the history holds: %j', (archive, expected) => {
    const { section } = showHistory(archive);
    expect(section.querySelector('h2')?.textContent).toBe('Your history');
    expect(section.querySelector('.archive-count')?.textContent).toBe(expected);
  });

  it('pauses and resumes recording', () => {
    const { section, actions } = showHistory({ articles: 3 }, { historyPaused: true });
    const pause = section.querySelector<HTMLInputElement>('#history-paused')!;
    expect(labelOf(pause)).toBe('Pause recording');
    expect(pause.checked).toBe(true);
    expect(section.querySelector(`#${pause.getAttribute('aria-describedby')}`)?.textContent).toMatch(/stays until you delete it/);
    pause.checked = false;
    change(pause);
    expect(actions.setHistoryPaused).toHaveBeenCalledWith(false);
  });

  it('lists the sites never recorded with a Remove button each, and says when there are none', () => {
    const { section, actions } = showHistory({ articles: 3 }, { historyExcludedSites: ['example.org', 'news.example.com'] });
    expect([...section.querySelectorAll('ul.sites .origin')].map((site) => site.textContent)).toEqual(['example.org', 'news.example.com']);
    click(button(section, 'Remove news.example.com'));
    expect(actions.includeSite).toHaveBeenCalledWith('news.example.com');
    document.body.replaceChildren();
    expect(showHistory({ articles: 3 }).section.textContent).toMatch(/None: Backstory records articles on every site/);
  });

  it('adds a typed site, clearing the field when the page took it and keeping it to correct when not', () => {
    const taken = showHistory({ articles: 3 });
    const field = taken.section.querySelector<HTMLInputElement>('#exclude-site')!;
    expect(labelOf(field)).toBe('Site to leave out of your history');
    field.value = ' www.Example.org ';
    act(() => field.form?.requestSubmit());
    expect(taken.actions.excludeSite).toHaveBeenCalledWith(' www.Example.org ');
    expect(field.value).toBe('');

    document.body.replaceChildren();
    const refused = showHistory({ articles: 3 }, {}, false);
    const typo = refused.section.querySelector<HTMLInputElement>('#exclude-site')!;
    typo.value = 'example';
    click(button(refused.section, 'Add'));
    expect(refused.actions.excludeSite).toHaveBeenCalledWith('example');
    expect(typo.value).toBe('example');
  });

  it('exports, and imports the file the reader picks', () => {
    const { section, actions } = showHistory({ articles: 3 });
    click(button(section, 'Export history'));
    expect(actions.exportHistory).toHaveBeenCalledOnce();
    const input = section.querySelector<HTMLInputElement>('input[type=file]')!;
    expect(labelOf(input)).toBe('Import history from a file');
    expect(input.accept).toContain('.json');
    const file = new File(['{}'], 'backstory-history-2024-03-12.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    change(input);
    expect(actions.importHistory).toHaveBeenCalledWith(file);
  });

  it('deletes everything only after a confirm step that names the count, with focus kept where the reader is', () => {
    const { section, actions } = showHistory({ articles: 12 });
    click(button(section, 'Delete all history…'));
    const question = section.querySelector('[role=group]');
    expect(section.querySelector(`#${question?.getAttribute('aria-labelledby')}`)?.textContent).toMatch(/^Delete all 12 articles and your corrections\? This cannot be undone\.$/);
    expect(document.activeElement).toBe(button(section, 'Cancel'));
    expect(actions.deleteHistory).not.toHaveBeenCalled();

    click(button(section, 'Cancel'));
    expect(section.querySelector('[role=group]')).toBeNull();
    expect(document.activeElement).toBe(button(section, 'Delete all history…'));
    expect(actions.deleteHistory).not.toHaveBeenCalled();

    click(button(section, 'Delete all history…'));
    click(button(section, 'Delete everything'));
    expect(actions.deleteHistory).toHaveBeenCalledOnce();
    expect(section.querySelector('[role=group]')).toBeNull();
    expect(document.activeElement).toBe(button(section, 'Delete all history…'));
  });

  it('deletes the articles older than the chosen time only after a confirm step that names it, with focus kept where the reader is', () => {
    const { section, actions } = showHistory({ articles: 12 });
    const older = section.querySelector<HTMLSelectElement>('#delete-older-than')!;
    expect(labelOf(older)).toBe('Articles last read more than');
    expect([...older.options].map((option) => [option.value, option.textContent])).toEqual([
      ['1', '1 month ago'],
      ['3', '3 months ago'],
      ['6', '6 months ago'],
      ['12', '1 year ago'],
    ]);
    expect(older.value).toBe('3');
    older.value = '12';
    act(() => void change(older));

    click(button(section, 'Delete older articles…'));
    const question = section.querySelector('[role=group]');
    expect(section.querySelector(`#${question?.getAttribute('aria-labelledby')}`)?.textContent).toBe(
      'Delete the articles you last read more than 1 year ago? This cannot be undone.',
    );
    expect(document.activeElement).toBe(button(section, 'Cancel'));
    click(button(section, 'Cancel'));
    expect(section.querySelector('[role=group]')).toBeNull();
    expect(document.activeElement).toBe(button(section, 'Delete older articles…'));
    expect(actions.deleteHistoryOlderThan).not.toHaveBeenCalled();

    // The choice outlives the confirm step.
    expect(section.querySelector<HTMLSelectElement>('#delete-older-than')?.value).toBe('12');
    click(button(section, 'Delete older articles…'));
    click(button(section, 'Delete older articles'));
    expect(actions.deleteHistoryOlderThan).toHaveBeenCalledExactlyOnceWith(12);
    expect(actions.deleteHistory).not.toHaveBeenCalled();
    expect(section.querySelector('[role=group]')).toBeNull();
    expect(document.activeElement).toBe(button(section, 'Delete older articles…'));
  });
});
