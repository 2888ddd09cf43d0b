import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { keepContentScriptRegistered } from '../../../entrypoints/background/sites';
import { loadSettings, saveSettings, switchListedSite } from '../../../lib/settings/store';
import { ARTICLE, fakeAccessApis, OTHER } from '../access/fake-access';
import { fakeEvent } from './fake-event';

describe('keepContentScriptRegistered', () => {
  const permissionAdded = fakeEvent<[{ origins?: string[] }]>();
  const permissionRemoved = fakeEvent<[{ origins?: string[] }]>();

  beforeEach(() => {
    fakeBrowser.reset();
    permissionAdded.removeAllListeners();
    permissionRemoved.removeAllListeners();
    // fakeBrowser has no permissions API: its two events are all the wiring uses.
    Object.assign(fakeBrowser.permissions, { onAdded: permissionAdded, onRemoved: permissionRemoved });
  });

  /** The fake browser state, with the settings read from (fake) storage as the background does. */
  function start(tabs = [ARTICLE, OTHER]) {
    const { state, apis } = fakeAccessApis({ tabs });
    const { idle } = keepContentScriptRegistered({ ...apis, loadSettings });
    return { state, idle };
  }

  it('registers and runs in the listed open tabs on install', async () => {
    const { state, idle } = start();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await idle();
    expect(state.calls).toEqual(['register', 'inject 1']);
  });

  it('runs again in every open listed tab after an update, but not after a browser update', async () => {
    const { state, idle } = start();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false, previousVersion: '0.0.9' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'browser_update', temporary: false });
    await idle();
    expect(state.calls).toEqual(['register', 'inject 1', 'inject 1']);
  });

  it('checks the registration when the browser starts', async () => {
    const { state, idle } = start();
    await fakeBrowser.runtime.onStartup.trigger();
    await idle();
    expect(state.registered).toHaveLength(1);
  });

  it('follows a permission granted or removed', async () => {
    const { state, idle } = start();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await idle();
    state.granted.push('https://www.example.org/*');
    await permissionAdded.trigger({ origins: ['https://www.example.org/*'] });
    await idle();
    expect(state.calls).toEqual(['register', 'inject 1', 'unregister', 'register', 'inject 2']);
    state.granted.pop();
    await permissionRemoved.trigger({ origins: ['https://www.example.org/*'] });
    await idle();
    expect(state.registered[0]?.matches).not.toContain('https://www.example.org/*');
  });

  it('follows the sites switched off in the settings, and ignores the other settings', async () => {
    const { state, idle } = start();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await idle();
    state.calls.length = 0;
    await saveSettings({ hoverDelayMs: 200, underline: false });
    await idle();
    expect(state.calls).toEqual([]);
    await switchListedSite('themoscowtimes.com', false);
    await idle();
    expect(state.calls).toEqual(['unregister', 'register']);
    expect(state.registered[0]?.excludeMatches).toEqual(['https://themoscowtimes.com/*', 'https://*.themoscowtimes.com/*']);
  });

  it('handles events one at a time: a burst registers the script once', async () => {
    const { state, idle } = start([]);
    await Promise.all([fakeBrowser.runtime.onStartup.trigger(), permissionAdded.trigger({}), permissionRemoved.trigger({})]);
    await idle();
    // The fake refuses a second registration of the same id, as browsers do: one 'register' means no clash.
    expect(state.calls).toEqual(['register']);
  });
});
