import { JSDOM, VirtualConsole } from 'jsdom';

/** Where corpus pages are analyzed "as if served" (see ../shared/corpus/FORMAT.md). */
export const CORPUS_PAGE_URL = 'http://fakehost/test/page.html';

/**
 * Parses a saved page into a Document the pipeline can read. Scripts never run and subresources
 * never load; jsdom's complaints about a page's CSS are silenced, since they say nothing about us.
 */
export function parseHtml(html: string, url: string): Document {
  const virtualConsole = new VirtualConsole();
  return new JSDOM(html, { url, virtualConsole }).window.document;
}
