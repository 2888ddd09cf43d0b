/**
 * The background's part in moving between the page, the hover card and the side panel: the
 * "next mention" shortcut, the "Show in Backstory side panel" menu item on names, and opening the
 * panel on a person. The page's part is in the content script (article.content/navigation.ts).
 */
import { browser, type Browser } from 'wxt/browser';
import { NEXT_MENTION_COMMAND, openPanelCommand } from '../../lib/commands';
import { sendTabRequest } from '../../lib/messaging/client';
import type { SidePanelControl } from '../../lib/messaging/handler';
import type { ShownMention } from '../../lib/messaging/protocol';
import { sessionFocusStore } from '../../lib/tabs/focus-store';
import { openSidePanel } from './open-side-panel';
import { logFailure } from './log-failure';

export const SHOW_PERSON_MENU_ID = 'backstory-show-person';

/** What the message handler may do with the panel. */
export const sidePanelControl: SidePanelControl = {
  open: openSidePanel,
  focus: (tabId, personKey) => sessionFocusStore.request(tabId, personKey),
  async shortcut() {
    const name = openPanelCommand(import.meta.env.BROWSER);
    const command = (await browser.commands.getAll()).find((candidate) => candidate.name === name);
    return command?.shortcut || null;
  },
};

/** A keyboard command: "next mention" asks the tab it was pressed in to move; the panel's own command is the browser's. */
export async function handleCommand(command: string, tab: Browser.tabs.Tab | undefined): Promise<ShownMention | null> {
  if (command !== NEXT_MENTION_COMMAND) return null;
  // The browser sends no tab when the keys were pressed outside one (in the side panel, say): the window's active tab is meant.
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return null;
  return sendTabRequest(tabId, { type: 'showNextMention' });
}

/**
 * The menu item: opens the panel at once (the click's user gesture allows it, and only before
 * anything is awaited), then asks the page whose name the menu was opened on, and has the panel
 * focus that person. Off a name the panel simply opens.
 */
export async function handleMenuClick(
  info: Pick<Browser.contextMenus.OnClickData, 'menuItemId'>,
  tab: Browser.tabs.Tab | undefined,
  open: (tabId: number) => Promise<void> = openSidePanel,
): Promise<void> {
  if (info.menuItemId !== SHOW_PERSON_MENU_ID || tab?.id === undefined) return;
  const tabId = tab.id;
  const [, { personKey }] = await Promise.all([open(tabId), sendTabRequest(tabId, { type: 'getContextMenuPerson' })]);
  if (personKey !== null) await sessionFocusStore.request(tabId, personKey);
}

let menuUpdate: Promise<void> = Promise.resolve();

/**
 * Shows the menu item on pages of these sites only (match patterns): the news sites now, and the
 * sites the reader enables later. Updates run one after another, so two quick calls cannot leave
 * two items or none.
 */
export function updateContextMenuSites(matches: readonly string[]): Promise<void> {
  menuUpdate = menuUpdate
    .catch(() => undefined)
    .then(async () => {
      await browser.contextMenus.removeAll();
      if (matches.length === 0) return;
      browser.contextMenus.create({
        id: SHOW_PERSON_MENU_ID,
        // A title naming the person would have to change while the menu opens, which only Firefox allows.
        title: 'Show in Backstory side panel',
        contexts: ['page', 'link', 'selection'],
        documentUrlPatterns: [...matches],
      });
    });
  return menuUpdate;
}

/** The menu item appears on the sites Backstory runs on: called whenever those change (see sites.ts). */
export function showContextMenuOn(matches: readonly string[]): void {
  updateContextMenuSites(matches).catch(logFailure('the page menu item could not be updated'));
}

export function wireNavigation(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    handleMenuClick(info, tab).catch(logFailure('showing the person in the side panel failed'));
  });
  // Pressed on a page that is not an article (no script answers there), it does nothing.
  browser.commands.onCommand.addListener((command, tab) => {
    handleCommand(command, tab).catch(logFailure('no next mention in this tab'));
  });
  browser.tabs.onRemoved.addListener((tabId) => void sessionFocusStore.forget(tabId));
}
