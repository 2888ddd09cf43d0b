import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { manifestCommands } from './lib/commands';
import { NEWS_SITE_MATCHES } from './lib/sites';
import { noHtmlSinks } from './scripts/build/no-html-sinks';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Firefox builds default to MV2 in WXT; both stores get MV3.
  manifestVersion: 3,
  vite: () => ({ plugins: [preact(), noHtmlSinks()] }),
  manifest: ({ browser }) => ({
    name: 'Backstory',
    // storage: each tab's analysis, in session storage only. contextMenus: "Show in Backstory side
    // panel" on the news sites (Firefox accepts the name for its `menus`). offscreen (Chrome): the
    // page reader's DOM parser, which Chrome's service worker lacks (Firefox's background page has one).
    permissions: ['storage', 'contextMenus', ...(browser === 'chrome' ? ['offscreen'] : [])],
    // The sites the content script already runs on: with them, tabs.query tells the side panel a
    // tab's address on those sites only, so it can say "reading…" there and "not a site we run on"
    // elsewhere, without the `tabs` permission (every tab's address).
    host_permissions: NEWS_SITE_MATCHES,
    // Chrome opens the side panel from this toolbar button (see background.ts).
    action: {},
    description:
      'Context while you read the news: who the people are, their roles, the events and related coverage. Page text never leaves your browser.',
    browser_specific_settings: {
      gecko: {
        id: 'backstory@backstory.invalid',
        strict_min_version: '140.0',
        // Backstory sends nothing anywhere: page text and reading history stay on the device.
        data_collection_permissions: { required: ['none'] },
      },
      // data_collection_permissions needs Firefox for Android 142.
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
  hooks: {
    // The command that opens the panel has a different name in each browser: the shortcuts are added per build.
    'build:manifestGenerated': (wxt, manifest) => {
      manifest.commands = { ...manifest.commands, ...manifestCommands(wxt.config.browser) };
    },
  },
});
