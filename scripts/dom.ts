import { JSDOM, VirtualConsole } from 'jsdom';
import type { Analysis } from '../lib/types';

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

const STYLE_ELEMENTS = /<style\b[^>]*>[\s\S]*?<\/style\s*>|<link\b[^>]*\brel\s*=\s*["']?stylesheet[^>]*>/gi;
const STYLE_ATTRIBUTES = /\sstyle\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi;

/**
 * The page without its CSS. jsdom throws on some real pages' stylesheets and inline styles (when
 * parsing them, or later when asked for a computed style); none of it matters to the analysis.
 */
export function withoutStyles(html: string): string {
  return html.replace(STYLE_ELEMENTS, '').replace(STYLE_ATTRIBUTES, '');
}

/** Parses and analyzes a saved page; if jsdom chokes on the page's CSS, once more without it. */
export function analyzeHtml(html: string, url: string, analyze: (document: Document, url: string) => Analysis): Analysis {
  try {
    return analyze(parseHtml(html, url), url);
  } catch {
    return analyze(parseHtml(withoutStyles(html), url), url);
  }
}
