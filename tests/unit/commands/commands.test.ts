import { describe, expect, it } from 'vitest';
import { manifestCommands, NEXT_MENTION_COMMAND, openPanelCommand } from '../../../lib/commands';

describe('manifestCommands', () => {
  it('opens the panel with each browser\'s own command: the toolbar button in Chrome, the sidebar in Firefox', () => {
    expect(Object.keys(manifestCommands('chrome'))).toEqual([NEXT_MENTION_COMMAND, '_execute_action']);
    expect(Object.keys(manifestCommands('firefox'))).toEqual([NEXT_MENTION_COMMAND, '_execute_sidebar_action']);
    expect(openPanelCommand('firefox')).toBe('_execute_sidebar_action');
  });

  it('suggests distinct Alt+Shift keys, Control+Shift on a Mac, each with a description', () => {
    const commands = Object.values(manifestCommands('chrome'));
    const keys = commands.map((command) => command.suggested_key);
    expect(keys.every((key) => /^Alt\+Shift\+[A-Z]$/.test(key.default) && /^MacCtrl\+Shift\+[A-Z]$/.test(key.mac))).toBe(true);
    expect(new Set(keys.map((key) => key.default)).size).toBe(commands.length);
    expect(commands.every((command) => command.description.length > 0)).toBe(true);
  });
});
