import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  handleCommand,
  handleMenuClick,
  SHOW_PERSON_MENU_ID,
  sidePanelControl,
  updateContextMenuSites,
} from '../../../entrypoints/background/navigation';
import { NEXT_MENTION_COMMAND } from '../../../lib/commands';
import { sessionFocusStore } from '../../../lib/tabs/focus-store';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

const shown = { personKey: 'helen whitcombe', name: 'Helen Whitcombe', ordinal: 2, total: 3 };

describe('handleCommand', () => {
  it('asks the tab the keys were pressed in for its next mention', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(shown);
    expect(await handleCommand(NEXT_MENTION_COMMAND, { id: 5 } as never)).toEqual(shown);
    expect(send).toHaveBeenCalledWith(5, { type: 'showNextMention' });
  });

  it('asks the active tab when the browser names none', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 12 } as never]);
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(shown);
    await handleCommand(NEXT_MENTION_COMMAND, undefined);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(send).toHaveBeenCalledWith(12, { type: 'showNextMention' });
  });

  it('leaves other commands alone', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    expect(await handleCommand('_execute_action', { id: 5 } as never)).toBeNull();
    expect(send).not.toHaveBeenCalled();
  });

  it('fails when no Backstory script answers in the tab (not an article)', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(handleCommand(NEXT_MENTION_COMMAND, { id: 5 } as never)).rejects.toThrow(/Receiving end/);
  });
});

describe('handleMenuClick', () => {
  it('opens the panel inside the click, then has it focus the person the menu was opened on', async () => {
    const calls: string[] = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (...args: unknown[]) => {
      calls.push(`ask ${JSON.stringify(args[1])}`);
      return { personKey: 'gennady orlovsky' };
    });
    const open = (tabId: number) => {
      calls.push(`open ${tabId}`);
      return Promise.resolve();
    };
    const clicked = handleMenuClick({ menuItemId: SHOW_PERSON_MENU_ID }, { id: 9 } as never, open);
    // Before anything was awaited: browsers open a panel only while the click lasts.
    expect(calls[0]).toBe('open 9');
    await clicked;
    expect(calls).toEqual(['open 9', 'ask {"type":"getContextMenuPerson"}']);
    expect(await sessionFocusStore.take(9)).toBe('gennady orlovsky');
  });

  it('only opens the panel when the menu was not opened on a name', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ personKey: null });
    const open = vi.fn(() => Promise.resolve());
    await handleMenuClick({ menuItemId: SHOW_PERSON_MENU_ID }, { id: 9 } as never, open);
    expect(open).toHaveBeenCalledWith(9);
    expect(await sessionFocusStore.take(9)).toBeNull();
  });

  it('ignores other menu items', async () => {
    const open = vi.fn(() => Promise.resolve());
    await handleMenuClick({ menuItemId: 'someone-else' }, { id: 9 } as never, open);
    expect(open).not.toHaveBeenCalled();
  });
});

describe('updateContextMenuSites', () => {
  it('replaces the one menu item with one limited to the given sites, one update after another', async () => {
    const items: unknown[] = [];
    vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockImplementation(async () => void items.splice(0));
    vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation((properties) => {
      items.push(properties);
      return SHOW_PERSON_MENU_ID;
    });
    await Promise.all([updateContextMenuSites(['https://a.example/*']), updateContextMenuSites(['https://b.example/*', 'https://*.b.example/*'])]);
    expect(items).toEqual([
      expect.objectContaining({ id: SHOW_PERSON_MENU_ID, title: 'Show in Backstory side panel', documentUrlPatterns: ['https://b.example/*', 'https://*.b.example/*'] }),
    ]);
    await updateContextMenuSites([]);
    expect(items).toEqual([]);
  });
});

describe('sidePanelControl', () => {
  it('reads the panel shortcut the reader set, and null when they removed it', async () => {
    const getAll = vi.spyOn(fakeBrowser.commands, 'getAll');
    getAll.mockResolvedValueOnce([{ name: NEXT_MENTION_COMMAND, shortcut: 'Alt+Shift+J' }, { name: '_execute_action', shortcut: 'Ctrl+Shift+Y' }]);
    expect(await sidePanelControl.shortcut()).toBe('Ctrl+Shift+Y');
    getAll.mockResolvedValueOnce([{ name: '_execute_action', shortcut: '' }]);
    expect(await sidePanelControl.shortcut()).toBeNull();
  });

  it('keeps the person to focus for the panel', async () => {
    await sidePanelControl.focus(4, 'lidia savchenko');
    expect(await sessionFocusStore.take(4)).toBe('lidia savchenko');
  });
});
