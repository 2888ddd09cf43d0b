// @vitest-environment jsdom
import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { Onboarding } from '../../../components/Onboarding';
import { NEWS_SITES } from '../../../lib/sites';

describe('Onboarding', () => {
  const root = document.createElement('div');
  render(h(Onboarding, { sites: NEWS_SITES, optionsUrl: 'chrome-extension://id/options.html' }), root);
  const text = root.textContent ?? '';

  it('says what Backstory does, where it runs, and how to turn it on elsewhere', () => {
    expect(text).toMatch(/who the people in an article are/);
    for (const site of NEWS_SITES) expect(text).toContain(site);
    expect(text).toMatch(/click the Backstory button in the toolbar/);
  });

  it('says what stays on the device and what online lookups would be for', () => {
    expect(text).toMatch(/never leaves your browser/);
    expect(text).toMatch(/Nothing is uploaded/);
    expect(text).toMatch(/never send the page's text/);
  });

  it('links the settings, under headings', () => {
    expect(root.querySelector<HTMLAnchorElement>('a')?.href).toBe('chrome-extension://id/options.html');
    expect([...root.querySelectorAll('h2')].map((heading) => heading.textContent)).toEqual(['How to use it', 'Where it runs', 'What stays on your device']);
  });
});
