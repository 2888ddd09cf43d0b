import { Readability } from '@mozilla/readability';
import type { Extraction } from '../types';
import { readMetadata } from './metadata';
import { findRelatedLinks } from './related';

const BLOCK_SELECTOR = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, pre, td, dd, dt';

/** Reads the article out of a document without touching it: Readability works on a clone. */
export function extractArticle(document: Document, url: string): Extraction {
  const metadata = readMetadata(document, url);
  const related = findRelatedLinks(document, metadata.canonicalUrl);
  const clone = document.cloneNode(true) as Document;
  const parsed = new Readability(clone, { serializer: (node) => node }).parse();
  if (!parsed?.content) return { isArticle: false, reason: 'No article text found on this page.' };
  const body = parsed.content as unknown as Element;
  const paragraphs = [...body.querySelectorAll(BLOCK_SELECTOR)]
    .filter((block) => !block.querySelector(BLOCK_SELECTOR))
    .map((block) => (block.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return {
    isArticle: true,
    article: {
      metadata: { ...metadata, title: metadata.title || parsed.title || '' },
      paragraphs,
      related,
    },
  };
}
