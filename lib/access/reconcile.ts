/**
 * Brings the registered content script in line with the settings and permissions, and runs it in
 * the open tabs that just came into its scope, so enabling a site needs no reload. Idempotent: the
 * background calls it on every event that may change the scope. Browser APIs come in as `apis`.
 */
import type { ReaderSettings } from '../settings/reader-settings';
import {
  ARTICLE_SCRIPT_ID,
  enabledScope,
  inScope,
  registrationChange,
  type ArticleScript,
  type HostPermissions,
  type RegisteredScript,
  type SiteScope,
} from './registration';

export interface ReconcileApis {
  loadSettings(): Promise<Pick<ReaderSettings, 'disabledSites' | 'allSites'>>;
  hostPermissions(): Promise<HostPermissions>;
  registeredScripts(): Promise<RegisteredScript[]>;
  register(script: ArticleScript): Promise<void>;
  unregister(id: string): Promise<void>;
  /** Open tabs whose address matches one of `matches` (`tabs.query({ url })`). */
  tabsMatching(matches: string[]): Promise<{ id?: number; url?: string }[]>;
  /** Runs the content script and its stylesheet in a tab now. */
  inject(tabId: number): Promise<void>;
}

export interface ReconcileResult {
  scope: SiteScope | null;
  injected: number[];
  /** Tabs the script could not run in (closed meanwhile, an error page): reported, the others still run. */
  failed: { tabId: number; error: unknown }[];
}

/**
 * `injectInto: 'new'` runs the script in tabs that were out of scope before this call; `'all'`
 * in every tab in scope (after the extension was installed or updated, no tab runs the new script).
 */
export async function reconcileRegistration(apis: ReconcileApis, injectInto: 'new' | 'all'): Promise<ReconcileResult> {
  const [settings, permissions, registered] = await Promise.all([apis.loadSettings(), apis.hostPermissions(), apis.registeredScripts()]);
  const scope = enabledScope(settings, permissions);
  const change = registrationChange(registered, scope);
  if (change.unregister) await apis.unregister(ARTICLE_SCRIPT_ID);
  if (change.register) await apis.register(change.register);
  const result: ReconcileResult = { scope, injected: [], failed: [] };
  if (!scope) return result;
  const tabs = await apis.tabsMatching(scope.matches);
  const targets = tabs.filter((tab) => inScope(scope, tab.url) && (injectInto === 'all' || !inScope(change.before, tab.url)));
  await Promise.all(
    targets.map(async ({ id }) => {
      if (id === undefined) return;
      try {
        await apis.inject(id);
        result.injected.push(id);
      } catch (error) {
        result.failed.push({ tabId: id, error });
      }
    }),
  );
  return result;
}
