/**
 * The keyboard shortcuts, declared in the manifest per browser (wxt.config.ts). Browsers only
 * suggest these keys: the reader can change them (chrome://extensions/shortcuts, about:addons).
 */

/** Moves the page to the next name Backstory underlined, of anyone (the background asks the tab). */
export const NEXT_MENTION_COMMAND = 'next-mention';

/**
 * The browser's own command that opens the panel: Chrome's toolbar button (which opens the side
 * panel), Firefox's sidebar.
 */
export const openPanelCommand = (browser: string): string => (browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action');

export interface ManifestCommand {
  description: string;
  suggested_key: { default: string; mac: string };
}

/**
 * Alt+Shift with a letter neither browser binds: J for "next" (as in many readers), K beside it.
 * Chromium binds Alt+Shift+N itself, so it would not give it to Backstory (tests/e2e/navigation).
 * On a Mac, Control+Shift, since Option+Shift types characters there.
 */
export function manifestCommands(browser: string): Record<string, ManifestCommand> {
  return {
    [NEXT_MENTION_COMMAND]: {
      description: 'Go to the next name Backstory underlined in the page',
      suggested_key: { default: 'Alt+Shift+J', mac: 'MacCtrl+Shift+J' },
    },
    [openPanelCommand(browser)]: {
      description: browser === 'firefox' ? 'Open the Backstory sidebar' : 'Open the Backstory side panel',
      suggested_key: { default: 'Alt+Shift+K', mac: 'MacCtrl+Shift+K' },
    },
  };
}
