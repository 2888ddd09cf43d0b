import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Firefox builds default to MV2 in WXT; both stores get MV3.
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Backstory',
    // storage: each tab's analysis, in session storage only.
    permissions: ['storage'],
    description:
      'Context while you read the news: who the people are, their roles, the events and related coverage. Page text never leaves your browser.',
    browser_specific_settings: {
      gecko: {
        id: 'backstory@backstory.invalid',
        strict_min_version: '140.0',
        // Backstory sends nothing anywhere: page text and reading history stay on the device.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
