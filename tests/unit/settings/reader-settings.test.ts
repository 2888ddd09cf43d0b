import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  HOVER_MODIFIERS,
  mergeSettings,
  parseHoverDelay,
  parseSettings,
  siteSwitch,
  sitesChanged,
  type ReaderSettings,
} from '../../../lib/settings/reader-settings';

const settings = (change: Partial<ReaderSettings> = {}): ReaderSettings => ({ ...DEFAULT_SETTINGS, disabledSites: [], historyExcludedSites: [], ...change });

describe('parseSettings', () => {
  it('gives the defaults for nothing stored: 500 ms, no key, underlines, every listed site, not all sites, history recorded everywhere', () => {
    expect(parseSettings(undefined)).toEqual({
      hoverDelayMs: 500,
      hoverModifier: 'none',
      underline: true,
      disabledSites: [],
      allSites: false,
      historyPaused: false,
      historyExcludedSites: [],
    });
  });

  it('keeps valid values', () => {
    const stored = {
      hoverDelayMs: 0,
      hoverModifier: 'Shift',
      underline: false,
      disabledSites: ['bbc.com'],
      allSites: true,
      historyPaused: true,
      historyExcludedSites: ['example.org', 'news.example.com'],
    };
    expect(parseSettings(stored)).toEqual(stored);
  });

  it('defaults each bad field on its own and keeps the others', () => {
    expect(parseSettings({ hoverDelayMs: -1, hoverModifier: 'Alt', underline: 'no', allSites: true })).toEqual(
      settings({ hoverModifier: 'Alt', allSites: true }),
    );
    expect(parseSettings({ hoverDelayMs: 250.5 }).hoverDelayMs).toBe(500);
    expect(parseSettings({ hoverDelayMs: 3001 }).hoverDelayMs).toBe(500);
    expect(parseSettings({ hoverDelayMs: '300' }).hoverDelayMs).toBe(500);
    expect(parseSettings({ hoverModifier: 'alt' }).hoverModifier).toBe('none');
    expect(parseSettings({ disabledSites: 'bbc.com' }).disabledSites).toEqual([]);
  });

  it('keeps only listed sites, each once, in the list order', () => {
    expect(parseSettings({ disabledSites: ['lemonde.fr', 'bbc.com', 'bbc.com'] }).disabledSites).toEqual(['bbc.com', 'lemonde.fr']);
    // A site taken off the list stops counting; the reader's other choices stay.
    expect(parseSettings({ disabledSites: ['bbc.com', 'example.org'] }).disabledSites).toEqual(['bbc.com']);
    expect(parseSettings({ disabledSites: ['bbc.com', 3] }).disabledSites).toEqual([]);
  });

  it('never throws and always returns valid settings, whatever is stored', () => {
    fc.assert(
      fc.property(fc.anything(), (stored) => {
        const parsed = parseSettings(stored);
        expect(parseSettings(parsed)).toEqual(parsed);
        expect(HOVER_MODIFIERS).toContain(parsed.hoverModifier);
      }),
    );
  });

  it('does not share the default list between results', () => {
    parseSettings(undefined).disabledSites.push('bbc.com');
    parseSettings(undefined).historyExcludedSites.push('example.org');
    expect(parseSettings(undefined).disabledSites).toEqual([]);
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
    expect(parseSettings(undefined).historyExcludedSites).toEqual([]);
  });

  it('reads the history settings each on its own: a bad pause is not paused, sites not written as kept are read as kept, once each', () => {
    expect(parseSettings({ historyPaused: 'yes', historyExcludedSites: ['example.org'] })).toEqual(settings({ historyExcludedSites: ['example.org'] }));
    expect(parseSettings({ historyExcludedSites: ['WWW.Example.org', 'example.org', 'not a site', 'https://news.example.com/a.html'] }).historyExcludedSites).toEqual([
      'example.org',
      'news.example.com',
    ]);
    expect(parseSettings({ historyExcludedSites: 'example.org' }).historyExcludedSites).toEqual([]);
    expect(parseSettings({ historyExcludedSites: ['example.org', 7] }).historyExcludedSites).toEqual([]);
  });
});

describe('mergeSettings', () => {
  it('applies a valid change', () => {
    expect(mergeSettings(settings(), { hoverDelayMs: 250, underline: false })).toEqual(settings({ hoverDelayMs: 250, underline: false }));
    expect(mergeSettings(settings(), { historyPaused: true, historyExcludedSites: ['example.org'] })).toEqual(settings({ historyPaused: true, historyExcludedSites: ['example.org'] }));
  });

  it('refuses a bad value with a message naming it, instead of quietly resetting it', () => {
    expect(() => mergeSettings(settings({ hoverDelayMs: 250 }), { hoverDelayMs: 99_999 })).toThrow(/hoverDelayMs: 99999/);
    expect(() => mergeSettings(settings(), { hoverModifier: 'Hyper' as never })).toThrow(/hoverModifier/);
    expect(() => mergeSettings(settings(), { disabledSites: ['example.org'] })).toThrow(/disabledSites/);
    expect(() => mergeSettings(settings(), { historyPaused: 'yes' as never })).toThrow(/historyPaused/);
    // Written by the options page in the kept form only: anything else is a caller's mistake, said so.
    expect(() => mergeSettings(settings(), { historyExcludedSites: ['www.example.org'] })).toThrow(/historyExcludedSites/);
    expect(() => mergeSettings(settings(), { historyExcludedSites: ['example.org', 'example.org'] })).toThrow(/historyExcludedSites/);
    expect(() => mergeSettings(settings(), { historyExcludedSites: ['example'] })).toThrow(/historyExcludedSites/);
  });
});

describe('siteSwitch', () => {
  it('switches one listed site off and on, leaving the others', () => {
    const off = mergeSettings(settings({ disabledSites: ['bbc.com'] }), siteSwitch(settings({ disabledSites: ['bbc.com'] }), 'nytimes.com', false));
    expect(off.disabledSites).toEqual(['bbc.com', 'nytimes.com']);
    expect(siteSwitch(off, 'bbc.com', true)).toEqual({ disabledSites: ['nytimes.com'] });
    expect(siteSwitch(off, 'salon.com', true)).toEqual({ disabledSites: ['bbc.com', 'nytimes.com'] });
  });
});

describe('sitesChanged', () => {
  it('is true only for the settings that decide where Backstory runs', () => {
    expect(sitesChanged(settings(), settings({ hoverDelayMs: 0, underline: false, hoverModifier: 'Alt' }))).toBe(false);
    expect(sitesChanged(settings(), settings({ historyPaused: true, historyExcludedSites: ['example.org'] }))).toBe(false);
    expect(sitesChanged(settings(), settings({ allSites: true }))).toBe(true);
    expect(sitesChanged(settings(), settings({ disabledSites: ['bbc.com'] }))).toBe(true);
  });
});

describe('parseHoverDelay', () => {
  it('reads whole milliseconds from 0 to 3000', () => {
    expect(parseHoverDelay(' 250 ')).toBe(250);
    expect(parseHoverDelay('0')).toBe(0);
    expect(parseHoverDelay('3000')).toBe(3000);
  });

  it('refuses anything else', () => {
    for (const text of ['', '-5', '3001', '2.5', '1e3', 'abc', '0x10']) expect(parseHoverDelay(text)).toBeNull();
  });
});
