// @vitest-environment jsdom
import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage, type OptionsActions, type OptionsStatus } from '../../../components/OptionsPage';
import { optionsView } from '../../../lib/options/view-model';
import { DEFAULT_SETTINGS } from '../../../lib/settings/reader-settings';
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
  };
  render(h(OptionsPage, { view, status, actions }), root);
  return { root, actions };
}

/** The accessible name of a form control: its label's text (wrapping or `for`), or aria-label. */
function labelOf(control: Element): string {
  const label = control.closest('label') ?? (control.id ? document.querySelector(`label[for="${control.id}"]`) : null);
  return (control.getAttribute('aria-label') ?? label?.textContent ?? '').trim();
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
