import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { onToolbarClick, openPanelAndEnableFromToolbar } from '../../../entrypoints/background/toolbar';

/** A plain left click, as Firefox reports it (Chrome passes no second argument). */
const CLICK = { modifiers: [], button: 0 };
const tab = (url: string | undefined): Browser.tabs.Tab => ({ id: 7, windowId: 1, index: 0, url }) as Browser.tabs.Tab;

describe('onToolbarClick', () => {
  it('opens the panel and asks for the site in the same turn as the click', () => {
    const openPanel = vi.fn();
    const enableSite = vi.fn(async () => true);
    onToolbarClick(tab('https://www.example.org/story'), { openPanel, enableSite });
    expect(openPanel).toHaveBeenCalledWith(expect.objectContaining({ id: 7 }));
    expect(enableSite).toHaveBeenCalledWith(expect.objectContaining({ kind: 'web', origin: 'https://www.example.org/*' }));
  });

  it('only opens the panel on a browser page or a tab whose address the browser keeps from us', () => {
    for (const url of ['chrome://newtab/', 'about:addons', 'file:///tmp/a.html', undefined]) {
      const openPanel = vi.fn();
      const enableSite = vi.fn(async () => true);
      onToolbarClick(tab(url), { openPanel, enableSite });
      expect(openPanel).toHaveBeenCalledOnce();
      expect(enableSite).not.toHaveBeenCalled();
    }
  });

  it('logs a failed request instead of leaving it unhandled', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    onToolbarClick(tab('https://www.example.org/'), { openPanel: vi.fn(), enableSite: () => Promise.reject(new Error('no gesture')) });
    await vi.waitFor(() => expect(error).toHaveBeenCalledWith('Backstory: could not enable www.example.org', expect.any(Error)));
    error.mockRestore();
  });
});

describe('openPanelAndEnableFromToolbar', () => {
  const request = vi.fn(async () => true);

  beforeEach(() => {
    fakeBrowser.reset();
    request.mockClear();
    Object.assign(fakeBrowser.permissions, { request });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('in Chrome, turns off opening the panel by itself and opens it, with the prompt, from the click', async () => {
    const sidePanel = { setPanelBehavior: vi.fn(async () => undefined), open: vi.fn(async () => undefined) };
    vi.stubGlobal('chrome', { sidePanel });
    openPanelAndEnableFromToolbar();
    expect(sidePanel.setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: false });
    // trigger() runs the listener synchronously before its promise settles: both calls happen in the click's turn.
    const clicked = fakeBrowser.action.onClicked.trigger(tab('https://www.example.org/story'), CLICK);
    expect(sidePanel.open).toHaveBeenCalledWith({ tabId: 7 });
    expect(request).toHaveBeenCalledWith({ origins: ['https://www.example.org/*'] });
    await clicked;
  });

  it('in Firefox, opens the sidebar from the click', async () => {
    const sidebarAction = { open: vi.fn(async () => undefined) };
    vi.stubGlobal('chrome', {});
    vi.stubGlobal('browser', { sidebarAction });
    openPanelAndEnableFromToolbar();
    const clicked = fakeBrowser.action.onClicked.trigger(tab('about:newtab'), CLICK);
    expect(sidebarAction.open).toHaveBeenCalledOnce();
    expect(request).not.toHaveBeenCalled();
    await clicked;
  });
});
