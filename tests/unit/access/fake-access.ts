/**
 * The browser as the content-script registration sees it (registered scripts, granted origins,
 * open tabs), in memory, every call recorded: fakeBrowser implements neither scripting nor permissions.
 */
import type { ReconcileApis } from '../../../lib/access/reconcile';
import type { ArticleScript, RegisteredScript } from '../../../lib/access/registration';
import { DEFAULT_SETTINGS, type ReaderSettings } from '../../../lib/settings/reader-settings';
import { NEWS_SITE_MATCHES } from '../../../lib/sites';

export interface Tab {
  id: number;
  url: string;
}

export function fakeAccessApis(options: { settings?: Partial<ReaderSettings>; granted?: string[]; tabs?: Tab[]; failInject?: number[] } = {}) {
  const state = {
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
    granted: [...NEWS_SITE_MATCHES, ...(options.granted ?? [])],
    registered: [] as RegisteredScript[],
    tabs: options.tabs ?? [],
    calls: [] as string[],
  };
  const apis: ReconcileApis = {
    loadSettings: async () => state.settings,
    hostPermissions: async () => ({ granted: state.granted, required: NEWS_SITE_MATCHES }),
    registeredScripts: async () => structuredClone(state.registered),
    register: async (script: ArticleScript) => {
      if (state.registered.some((registered) => registered.id === script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
      state.calls.push('register');
      state.registered.push(structuredClone(script));
    },
    unregister: async (id) => {
      state.calls.push('unregister');
      state.registered = state.registered.filter((script) => script.id !== id);
    },
    // Like tabs.query({ url }): only tabs whose address the extension may see, matched by the patterns.
    tabsMatching: async () => state.tabs,
    inject: async (tabId) => {
      if (options.failInject?.includes(tabId)) throw new Error('Frame with ID 0 is showing error page');
      state.calls.push(`inject ${tabId}`);
    },
  };
  return { state, apis };
}

export const ARTICLE: Tab = { id: 1, url: 'https://www.themoscowtimes.com/2013/04/14/x' };
export const OTHER: Tab = { id: 2, url: 'https://www.example.org/story' };
export const LOCAL: Tab = { id: 3, url: 'http://127.0.0.1:8080/page.html' };
