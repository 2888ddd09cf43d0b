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
    // storage: each tab's analysis (session storage) and the reader's settings (local, this device only).
    // scripting: the content script is registered for the sites the reader enabled, and run in
    // their open tabs at once. activeTab: the toolbar click tells us the tab's site, to offer it.
    // contextMenus: "Show in Backstory side panel" on those sites (Firefox accepts the name for its
    // `menus`). offscreen (Chrome): the page reader's DOM parser, which Chrome's service worker lacks.
    permissions: ['storage', 'scripting', 'activeTab', 'contextMenus', ...(browser === 'chrome' ? ['offscreen'] : [])],
    // The listed news sites, asked for at install: the background registers the content script
    // there (background/sites.ts), and tabs.query tells the side panel a tab's address there, without
    // the `tabs` permission (every tab's address).
    host_permissions: NEWS_SITE_MATCHES,
    // Any other site only when the reader asks for it (toolbar button, side panel, options page).
    optional_host_permissions: ['*://*/*'],
    // The toolbar button opens the side panel and enables the site (see background/toolbar.ts).
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
