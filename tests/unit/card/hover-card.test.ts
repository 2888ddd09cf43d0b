// @vitest-environment jsdom
import { h, render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { HoverCard } from '../../../components/HoverCard';
import type { Person } from '../../../lib/types';

const person = (overrides: Partial<Person> = {}): Person => ({
  name: 'Gennady Orlovsky',
  key: 'gennady orlovsky',
  role: 'Deputy Foreign Minister',
  roles: ['Deputy Foreign Minister'],
  aliases: ['Orlovsky'],
  mentions: 4,
  official: true,
  evidence: [{ role: 'Deputy Foreign Minister', sentence: 'Deputy Foreign Minister Gennady Orlovsky met the envoy.' }],
  ...overrides,
});

function renderCard(props: Parameters<typeof HoverCard>[0]): HTMLElement {
  const container = document.createElement('div');
  render(h(HoverCard, props), container);
  return container;
}

describe('HoverCard', () => {
  it('shows the name, role, Official marker, evidence and mention count at its placement', () => {
    const card = renderCard({ person: person(), placement: { left: 12, top: 34, above: false } });
    expect(card.querySelector('.name')?.textContent).toBe('Gennady Orlovsky');
    expect(card.querySelector('.role')?.textContent).toBe('Deputy Foreign MinisterOfficial');
    expect(card.querySelector('.evidence')?.textContent).toBe('Deputy Foreign Minister Gennady Orlovsky met the envoy.');
    expect(card.querySelector('.mentions')?.textContent).toBe('Mentioned 4 times in this article');
    const root = card.querySelector<HTMLElement>('.card');
    expect(root?.style.left).toBe('12px');
    expect(root?.style.top).toBe('34px');
  });

  it('says "time" for one mention and leaves out what the article does not say', () => {
    const card = renderCard({ person: person({ role: null, official: false, evidence: [], mentions: 1 }), placement: null });
    expect(card.querySelector('.role')).toBeNull();
    expect(card.querySelector('.evidence')).toBeNull();
    expect(card.querySelector('.mentions')?.textContent).toBe('Mentioned 1 time in this article');
    expect(card.querySelector('.card')?.classList.contains('measuring')).toBe(true);
  });

  it('prefers the evidence for the role it shows', () => {
    const evidence = [
      { role: 'lawyer', sentence: 'She trained as a lawyer.' },
      { role: 'Deputy Foreign Minister', sentence: 'She is the Deputy Foreign Minister.' },
    ];
    const card = renderCard({ person: person({ evidence }), placement: null });
    expect(card.querySelector('.evidence')?.textContent).toBe('She is the Deputy Foreign Minister.');
  });

  it('renders page text as text, never as markup', () => {
    const hostile = '<img src=x onerror="alert(1)">';
    const card = renderCard({ person: person({ name: hostile, evidence: [{ role: 'Deputy Foreign Minister', sentence: hostile }] }), placement: null });
    expect(card.querySelector('img')).toBeNull();
    expect(card.querySelector('.name')?.textContent).toBe(hostile);
  });

  it('has no buttons or links without a way to the side panel: the card changes nothing', () => {
    const card = renderCard({ person: person(), placement: null, sheet: true });
    expect(card.querySelectorAll('button, a, input').length).toBe(0);
    expect(card.querySelector('.card')?.classList.contains('sheet')).toBe(true);
  });

  it('offers one control, which opens the side panel, and says why it did not open', () => {
    const onOpen = vi.fn();
    const card = renderCard({ person: person(), placement: null, panel: { kind: 'button', onOpen, problem: null } });
    const controls = [...card.querySelectorAll('button, a, input, select, textarea')];
    expect(controls.map((control) => control.textContent)).toEqual(['Open in side panel']);
    // A tooltip may not hold a control.
    expect(card.querySelector('.card')?.getAttribute('role')).toBe('dialog');
    (controls[0] as HTMLButtonElement).click();
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(card.querySelector('[role=alert]')).toBeNull();

    const failed = renderCard({ person: person(), placement: null, panel: { kind: 'button', onOpen, problem: 'The side panel did not open.' } });
    expect(failed.querySelector('[role=alert]')?.textContent).toBe('The side panel did not open.');
  });

  it('names the keys that open the sidebar where a click in the page cannot, and has no control then', () => {
    const card = renderCard({ person: person(), placement: null, panel: { kind: 'shortcut', keys: 'Alt+Shift+K' } });
    expect(card.querySelector('.panel-link')?.textContent).toBe('More in the Backstory sidebar: Alt+Shift+K');
    expect(card.querySelector('kbd')?.textContent).toBe('Alt+Shift+K');
    expect(card.querySelectorAll('button, a, input').length).toBe(0);
    expect(card.querySelector('.card')?.getAttribute('role')).toBe('tooltip');
    const unset = renderCard({ person: person(), placement: null, panel: { kind: 'shortcut', keys: null } });
    expect(unset.querySelector('.panel-link')?.textContent).toMatch(/toolbar button/);
  });
});
