/**
 * The analysis pipeline. Stage 1 (`extractArticle`) needs the DOM and runs in the content script;
 * stage 2 (`analyzeText`) works on plain data and runs in the background. `analyzeDocument` chains
 * both for tests and the command line.
 */
import { findEvents } from './nlp/events';
import { findPeople } from './nlp/people';
import { extractArticle } from './page/extract';
import type { Analysis, ArticleAnalysis, ExtractedArticle } from './types';

export function analyzeText(article: ExtractedArticle): ArticleAnalysis {
  const { metadata, paragraphs, related, articleLinks } = article;
  return {
    isArticle: true,
    ...metadata,
    people: findPeople(paragraphs, { authors: metadata.authors }),
    events: findEvents(paragraphs, { published: metadata.published }),
    related,
    articleLinks,
  };
}

export function analyzeDocument(document: Document, url: string): Analysis {
  const extraction = extractArticle(document, url);
  if (!extraction.isArticle) return { isArticle: false, reason: extraction.reason };
  return analyzeText(extraction.article);
}
