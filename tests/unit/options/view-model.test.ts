import { describe, expect, it } from 'vitest';
import { ALL_SITES } from '../../../lib/access/registration';
import { optionsView } from '../../../lib/options/view-model';
import { DEFAULT_SETTINGS, type ReaderSettings } from '../../../lib/settings/reader-settings';
import { NEWS_SITE_MATCHES, NEWS_SITES } from '../../../lib/sites';

const settings = (change: Partial<ReaderSettings> = {}): ReaderSettings => ({ ...DEFAULT_SETTINGS, ...change });
const permissions = (...extra: string[]) => ({ granted: [...NEWS_SITE_MATCHES, ...extra], required: NEWS_SITE_MATCHES });

describe('optionsView', () => {
  it('lists every news site, on unless switched off', () => {
    const view = optionsView(settings({ disabledSites: ['bbc.com'] }), permissions());
    expect(view.listed.map((row) => row.site)).toEqual(NEWS_SITES);
    expect(view.listed.filter((row) => !row.on).map((row) => row.site)).toEqual(['bbc.com']);
  });

  it('shows a news site the browser no longer grants as off', () => {
    const revoked = { granted: NEWS_SITE_MATCHES.filter((pattern) => !pattern.includes('lemonde')), required: NEWS_SITE_MATCHES };
    expect(optionsView(settings(), revoked).listed.find((row) => row.site === 'lemonde.fr')?.on).toBe(false);
  });

  it('lists the other sites the reader turned on, readable, without the all-sites permission', () => {
    expect(optionsView(settings(), permissions('https://www.example.org/*', 'http://127.0.0.1/*', ALL_SITES)).extra).toEqual([
      { origin: 'https://www.example.org/*', label: 'https://www.example.org' },
      { origin: 'http://127.0.0.1/*', label: 'http://127.0.0.1' },
    ]);
  });

  it('says every site only when the reader asked and the browser granted it', () => {
    expect(optionsView(settings({ allSites: true }), permissions(ALL_SITES)).allSites).toBe(true);
    expect(optionsView(settings({ allSites: true }), permissions()).allSites).toBe(false);
    expect(optionsView(settings(), permissions(ALL_SITES)).allSites).toBe(false);
    // With every site granted, a listed site is on unless switched off.
    expect(optionsView(settings(), { granted: [ALL_SITES], required: NEWS_SITE_MATCHES }).listed.every((row) => row.on)).toBe(true);
  });

  it('passes the history settings on', () => {
    expect(optionsView(settings({ historyPaused: true, historyExcludedSites: ['example.org'] }), permissions())).toMatchObject({
      historyPaused: true,
      historyExcludedSites: ['example.org'],
    });
  });

  it('passes the card settings on', () => {
    expect(optionsView(settings({ hoverDelayMs: 0, hoverModifier: 'Meta', underline: false }), permissions())).toMatchObject({
      hoverDelayMs: 0,
      hoverModifier: 'Meta',
      underline: false,
    });
  });
});
