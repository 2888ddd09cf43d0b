/** The onboarding page, opened once: after a new install, not after an update. */
import { browser } from 'wxt/browser';

export function openOnboardingOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') }).catch((error: unknown) => console.error('Backstory: onboarding page', error));
  });
}
