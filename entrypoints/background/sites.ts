/**
 * Keeps the article content script registered for exactly the sites Backstory is enabled on, on
 * every event that can change them: install and update, browser start, a permission granted or
 * removed, the reader's site settings changed.
 */
import { browser } from 'wxt/browser';
import { readHostPermissions } from '../../lib/access/browser-state';
import { reconcileRegistration, type ReconcileApis } from '../../lib/access/reconcile';
import { ARTICLE_SCRIPT_CSS, ARTICLE_SCRIPT_JS, type SiteScope } from '../../lib/access/registration';
import { sitesChanged } from '../../lib/settings/reader-settings';
import { loadSettings, watchSettings } from '../../lib/settings/store';

const browserApis = (): ReconcileApis => ({
  loadSettings,
  hostPermissions: readHostPermissions,
  registeredScripts: () => browser.scripting.getRegisteredContentScripts(),
  register: (script) => browser.scripting.registerContentScripts([script]),
  unregister: (id) => browser.scripting.unregisterContentScripts({ ids: [id] }),
  tabsMatching: (matches) => browser.tabs.query({ url: matches }),
  inject: async (tabId) => {
    await browser.scripting.insertCSS({ target: { tabId }, files: [ARTICLE_SCRIPT_CSS] });
    await browser.scripting.executeScript({ target: { tabId }, files: [ARTICLE_SCRIPT_JS] });
  },
});

/**
 * `onScope` hears the sites the script runs on after each reconcile (the page menu follows them).
 * Returns `idle`, which resolves once every reconcile asked for so far is done (for tests).
 */
export function keepContentScriptRegistered(
  apis: ReconcileApis = browserApis(),
  onScope: (scope: SiteScope | null) => void = () => undefined,
): { idle(): Promise<unknown> } {
  // One reconcile at a time: two at once could both find no script and both register it.
  let queue: Promise<unknown> = Promise.resolve();
  const reconcile = (injectInto: 'new' | 'all') => {
    queue = queue
      .then(() => reconcileRegistration(apis, injectInto))
      .then(({ failed, scope }) => {
        for (const { tabId, error } of failed) console.error(`Backstory: could not run in tab ${tabId}`, error);
        onScope(scope);
      })
      .catch((error: unknown) => console.error('Backstory: could not register the content script', error));
  };
  // After an install or update no open tab runs this version's script yet.
  browser.runtime.onInstalled.addListener(({ reason }) => reconcile(reason === 'install' || reason === 'update' ? 'all' : 'new'));
  browser.runtime.onStartup.addListener(() => reconcile('new'));
  browser.permissions.onAdded.addListener(() => reconcile('new'));
  browser.permissions.onRemoved.addListener(() => reconcile('new'));
  watchSettings((settings, previous) => {
    if (sitesChanged(settings, previous)) reconcile('new');
  });
  return { idle: () => queue };
}
