import { sendRequest } from '../../lib/messaging/client';
import type { PanelAccess } from './card-host';

/**
 * How the hover card reaches the side panel in this browser, decided at build time. Chrome (116+)
 * lets a click in the page open the panel when the background calls `sidePanel.open()` first thing
 * in its message listener. Firefox opens the sidebar only from its own UI or a keyboard shortcut
 * (user input does not carry over messages), so there the card names the shortcut the reader set.
 */
export function cardPanelAccess(): PanelAccess {
  if (!import.meta.env.FIREFOX) {
    return {
      kind: 'click',
      open: async (personKey) => {
        await sendRequest({ type: 'openSidePanel', personKey });
      },
    };
  }
  let keys: string | null = null;
  sendRequest({ type: 'getPanelShortcut' }).then(
    (reply) => (keys = reply.shortcut),
    // The card then points to the toolbar button, which always works.
    (error: unknown) => console.warn('Backstory: the sidebar shortcut could not be read', error),
  );
  return { kind: 'shortcut', keys: () => keys };
}
