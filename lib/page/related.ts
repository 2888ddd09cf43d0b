import type { RelatedLink } from '../types';

export function findRelatedLinks(document: Document, baseUrl: string): RelatedLink[] {
  return [...document.querySelectorAll('[class*="related"] a[href]')].map((link) => ({
    title: (link.textContent ?? '').trim(),
    url: new URL(link.getAttribute('href') ?? '', baseUrl).href,
  }));
}
