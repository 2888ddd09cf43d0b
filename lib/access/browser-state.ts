/** Where Backstory runs now, read from the browser's permissions and the stored settings. */
import { browser } from 'wxt/browser';
import { loadSettings } from '../settings/store';
import { enabledScope, type HostPermissions, type SiteScope } from './registration';

export async function readHostPermissions(): Promise<HostPermissions> {
  return {
    granted: (await browser.permissions.getAll()).origins ?? [],
    required: browser.runtime.getManifest().host_permissions ?? [],
  };
}

export async function currentScope(): Promise<SiteScope | null> {
  const [settings, permissions] = await Promise.all([loadSettings(), readHostPermissions()]);
  return enabledScope(settings, permissions);
}
