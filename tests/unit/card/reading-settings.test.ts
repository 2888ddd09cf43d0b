// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fakeBrowser } from 'wxt/testing';
import { applyReadingSettings } from '../../../entrypoints/article.content/reading-settings';
import { DEFAULT_SETTINGS } from '../../../lib/settings/reader-settings';
import { loadSettings, saveSettings } from '../../../lib/settings/store';

function setup() {
  const ctx = new ContentScriptContext('test');
  const removeUnderlines = vi.fn();
  const drawUnderlines = vi.fn(() => removeUnderlines);
  const configure = vi.fn();
  return { ctx, removeUnderlines, drawUnderlines, configure };
}

describe('applyReadingSettings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('draws the underlines and sets the card timing from the stored settings', async () => {
    await saveSettings({ hoverDelayMs: 250, hoverModifier: 'Shift' });
    const { ctx, drawUnderlines, configure } = setup();
    applyReadingSettings(ctx, await loadSettings(), { drawUnderlines, hoverCard: { configure } });
    expect(drawUnderlines).toHaveBeenCalledOnce();
    expect(configure).toHaveBeenLastCalledWith(expect.objectContaining({ hoverDelayMs: 250, hoverModifier: 'Shift' }));
  });

  it('draws no underlines when they are off, and still configures the card', () => {
    const { ctx, drawUnderlines, configure } = setup();
    applyReadingSettings(ctx, { ...DEFAULT_SETTINGS, underline: false }, { drawUnderlines, hoverCard: { configure } });
    expect(drawUnderlines).not.toHaveBeenCalled();
    expect(configure).toHaveBeenCalledOnce();
  });

  it('follows changes saved elsewhere: underlines off and on again, a new delay', async () => {
    const { ctx, drawUnderlines, removeUnderlines, configure } = setup();
    applyReadingSettings(ctx, DEFAULT_SETTINGS, { drawUnderlines, hoverCard: { configure } });
    await saveSettings({ underline: false });
    expect(removeUnderlines).toHaveBeenCalledOnce();
    await saveSettings({ hoverDelayMs: 900 });
    expect(drawUnderlines).toHaveBeenCalledOnce();
    expect(configure).toHaveBeenLastCalledWith(expect.objectContaining({ hoverDelayMs: 900 }));
    await saveSettings({ underline: true });
    expect(drawUnderlines).toHaveBeenCalledTimes(2);
  });

  it('takes the underlines away and stops following the settings once the script is invalidated', async () => {
    const { ctx, drawUnderlines, removeUnderlines, configure } = setup();
    applyReadingSettings(ctx, DEFAULT_SETTINGS, { drawUnderlines, hoverCard: { configure } });
    ctx.notifyInvalidated();
    expect(removeUnderlines).toHaveBeenCalledOnce();
    await saveSettings({ hoverDelayMs: 900 });
    expect(configure).toHaveBeenCalledOnce();
  });
});
