/**
 * Stage 1 away from the page: the snapshot (see snapshot.ts) is parsed into an inert document in
 * the extension's own context (Chrome's offscreen document, Firefox's background page) and read there.
 */
import type { Extraction } from '../types';
import { extractArticle } from './extract';

export function readSnapshot(html: string, url: string, parser: DOMParser): Extraction {
  // Parsing HTML never throws; whatever the page holds, extraction says what it found.
  const document = parser.parseFromString(html, 'text/html');
  anchorRelativeAddresses(document, url);
  return extractArticle(document, url);
}

/**
 * A parsed string takes the address of the context parsing it (an extension page); relative links
 * in the copy must resolve against the page's own address instead, as they did in the page.
 */
function anchorRelativeAddresses(document: Document, url: string): void {
  const pageBase = document.querySelector('base[href]');
  const base = pageBase ?? document.head.insertBefore(document.createElement('base'), document.head.firstChild);
  base.setAttribute('href', resolvedOr(pageBase?.getAttribute('href') ?? '', url));
}

function resolvedOr(href: string, url: string): string {
  try {
    return new URL(href, url).href;
  } catch {
    return url;
  }
}
