import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { openOnboardingOnInstall } from '../../../entrypoints/background/onboarding';

const openUrls = async () => (await fakeBrowser.tabs.query({})).map((tab) => tab.url);

describe('openOnboardingOnInstall', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens the onboarding page after a new install', async () => {
    openOnboardingOnInstall();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(await openUrls()).toContain('chrome-extension://test-extension-id/onboarding.html');
  });

  it('does not open it after an update', async () => {
    openOnboardingOnInstall();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false, previousVersion: '0.0.9' });
    expect(await openUrls()).not.toContain('chrome-extension://test-extension-id/onboarding.html');
  });
});
