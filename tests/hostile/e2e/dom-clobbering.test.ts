/**
 * Issue 10, hole 3, in real browsers: a page whose form controls and images are named after every
 * property the DOM's prototypes define (see the fixture's script) still gets its names underlined by
 * the production build, in Chromium and in Firefox.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBrowsersInstalled, launch, type BrowserName, type BrowserUnderTest, type OpenedPage } from '../../e2e/support/browsers';
import { assertBuilt, BUILDS, NEWS_HOST } from '../../e2e/support/builds';
import type { PageHighlights } from '../../e2e/support/probes';
import { startFixtureServer, type FixtureServer } from '../../e2e/support/server';
import { waitFor } from '../../e2e/support/wait';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const PAGE_PATH = '/2024/03/02/ferry-service-to-resume-in-may';

/** What a page script finds on the page's form and document, read through the prototypes. */
const CLOBBERED_PROPERTIES = `(() => {
  const form = Object.getOwnPropertyDescriptor(Document.prototype, 'forms').get.call(document)[0];
  return ['hasAttribute', 'getAttribute', 'localName', 'attributes', 'parentNode', 'lastChild', 'textContent', 'isConnected']
    .filter((name) => form[name] instanceof HTMLInputElement)
    .concat(['querySelector', 'querySelectorAll', 'documentElement', 'body', 'head', 'createTreeWalker', 'createRange', 'createElement', 'addEventListener']
      .filter((name) => document[name] instanceof HTMLImageElement).map((name) => 'document.' + name));
})()`;

describe.each<BrowserName>(['chromium', 'firefox'])('%s, a page that clobbers the DOM (hostile 3)', (name) => {
  let server: FixtureServer;
  let browser: BrowserUnderTest;
  let page: OpenedPage;

  beforeAll(async () => {
    assertBrowsersInstalled();
    assertBuilt(BUILDS[name]);
    server = await startFixtureServer(FIXTURES, { [PAGE_PATH]: 'clobbering.html' }, [NEWS_HOST]);
    browser = await launch(name, { extensionDir: BUILDS[name], mappedHost: NEWS_HOST, httpsPort: server.httpsPort });
    page = await browser.open(`https://${NEWS_HOST}${PAGE_PATH}`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('really shadows the properties on the page', async () => {
    expect(await page.evaluate(CLOBBERED_PROPERTIES)).toEqual([
      'hasAttribute', 'getAttribute', 'localName', 'attributes', 'parentNode', 'lastChild', 'textContent', 'isConnected',
      'document.querySelector', 'document.querySelectorAll', 'document.documentElement', 'document.body', 'document.head',
      'document.createTreeWalker', 'document.createRange', 'document.createElement', 'document.addEventListener',
    ]);
  });

  it('underlines every mention of the people all the same', async () => {
    const highlights = await waitFor('the underlines', async () => {
      const found: PageHighlights = await page.highlights();
      const texts = Object.values(found ?? {}).flat();
      return texts.length >= 5 ? texts : null;
    });
    expect([...highlights].sort()).toEqual(['Lindgren', 'Lindgren', 'Oskar Lindgren', 'Priya Raman', 'Raman']);
  });
});
