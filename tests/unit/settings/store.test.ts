import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, type ReaderSettings } from '../../../lib/settings/reader-settings';
import { loadSettings, saveSettings, switchListedSite, watchSettings } from '../../../lib/settings/store';

describe('settings store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('loads the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves a partial change in local storage, keeping the other settings', async () => {
    await saveSettings({ hoverDelayMs: 300 });
    await saveSettings({ underline: false });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, hoverDelayMs: 300, underline: false });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ hoverDelayMs: 300, underline: false });
  });

  it('reads a bad stored value as its default, and keeps the good ones', async () => {
    await fakeBrowser.storage.local.set({ settings: { hoverDelayMs: 'slow', underline: false } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, underline: false });
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('rejects a bad value and leaves what was saved', async () => {
    await saveSettings({ hoverDelayMs: 300 });
    await expect(saveSettings({ hoverDelayMs: -1 })).rejects.toThrow(/hoverDelayMs/);
    expect((await loadSettings()).hoverDelayMs).toBe(300);
    // The queue goes on after a refused write.
    await saveSettings({ hoverDelayMs: 400 });
    expect((await loadSettings()).hoverDelayMs).toBe(400);
  });

  it('applies quick successive site switches one after another, losing none', async () => {
    await Promise.all([switchListedSite('bbc.com', false), switchListedSite('nytimes.com', false), switchListedSite('salon.com', false)]);
    expect((await loadSettings()).disabledSites).toEqual(['bbc.com', 'nytimes.com', 'salon.com']);
    await switchListedSite('nytimes.com', true);
    expect((await loadSettings()).disabledSites).toEqual(['bbc.com', 'salon.com']);
  });

  it('tells watchers the new and previous settings, validated', async () => {
    const seen: [ReaderSettings, ReaderSettings][] = [];
    const unwatch = watchSettings((next, previous) => seen.push([next, previous]));
    await saveSettings({ hoverModifier: 'Alt' });
    await fakeBrowser.storage.local.set({ settings: { hoverModifier: 'nonsense' } });
    unwatch();
    await saveSettings({ underline: false });
    expect(seen).toEqual([
      [{ ...DEFAULT_SETTINGS, hoverModifier: 'Alt' }, DEFAULT_SETTINGS],
      [DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, hoverModifier: 'Alt' }],
    ]);
  });
});
