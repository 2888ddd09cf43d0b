/**
 * Stage 1 of the pipeline: reads the article out of a document without touching it (Readability
 * works on clones) and decides whether the page is an article at all. Never throws: any failure
 * becomes a not-an-article reason.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { ArticleMetadata, Extraction, RelatedLink } from '../types';
import { cleanAuthorNames } from './authors';
import { articleParagraphs, readTextBlocks, type TextBlock } from './blocks';
import { readPageSignals } from './metadata';
import { findArticleLinks, findRelatedLinks } from './related';
import { snapshotPositions } from './snapshot';

interface Reading {
  body: Element;
  title: string | null;
  byline: string | null;
  /** Readability's quick test, run on the untouched clone. */
  readerable: boolean;
}

/** The evidence the article decision weighs. */
export interface ArticleEvidence {
  /** JSON-LD, Open Graph or microdata declare an article. */
  declaredArticle: boolean;
  readerable: boolean;
  /** The page has an `<article>` element. */
  articleElement: boolean;
  /** The page asks for a password. */
  signInForm: boolean;
  blocks: TextBlock[];
  paragraphs: string[];
}

/** Blocks this long read as prose, not as teasers, labels or navigation. */
const PROSE_BLOCK_CHARS = 80;

export function extractArticle(document: Document, url: string): Extraction {
  try {
    return readArticle(document, url);
  } catch (error) {
    return { isArticle: false, reason: `This page could not be read (${describeError(error)}).` };
  }
}

function readArticle(document: Document, url: string): Extraction {
  const { metadata, declaredArticle, articleElement, signInForm } = readPageSignals(document, url);
  const reading = readWithReadability(document);
  if (!reading) return { isArticle: false, reason: 'No article text was found on this page.' };
  const authors = metadata.authors.length > 0 ? metadata.authors : cleanAuthorNames(reading.byline ?? '', metadata.siteName);
  const title = metadata.title || reading.title?.trim() || '';
  const blocks = readTextBlocks(reading.body);
  const paragraphs = articleParagraphs(blocks, { title, authors });
  const reason = notAnArticleReason({
    declaredArticle,
    readerable: reading.readerable,
    articleElement,
    signInForm,
    blocks,
    paragraphs,
  });
  if (reason) return { isArticle: false, reason };
  const finalMetadata: ArticleMetadata = { ...metadata, title, authors };
  const related = bonusLinks(() => findRelatedLinks(document, finalMetadata.canonicalUrl, { body: reading.body, title }));
  const relatedUrls = new Set(related.map((link) => link.url));
  const articleLinks = bonusLinks(() => findArticleLinks(reading.body, finalMetadata.canonicalUrl)).filter((link) => !relatedUrls.has(link.url));
  return {
    isArticle: true,
    article: { metadata: finalMetadata, paragraphs, related, articleLinks },
    articleElements: snapshotPositions(reading.body, document),
  };
}

/**
 * Readability on a clone of the page; if jsdom or the browser throws on the page's styles (an
 * unparsable stylesheet or inline style), once more on a clone without any styles.
 */
function readWithReadability(document: Document): Reading | null {
  let failure: unknown;
  for (const prepare of [(_clone: Document) => undefined, removeStyles]) {
    const clone = document.cloneNode(true) as Document;
    try {
      prepare(clone);
      const readerable = isProbablyReaderable(clone);
      const parsed = new Readability(clone, { serializer: (node) => node }).parse();
      const body = parsed?.content as Element | null | undefined;
      if (!parsed || !body) return null;
      return { body, title: parsed.title ?? null, byline: parsed.byline ?? null, readerable };
    } catch (error) {
      failure = error;
    }
  }
  throw failure;
}

function removeStyles(clone: Document): void {
  for (const style of clone.querySelectorAll('style, link[rel~="stylesheet" i]')) style.remove();
  for (const element of clone.querySelectorAll('[style]')) element.removeAttribute('style');
}

/**
 * Why the page is not an article, or null when it is one. Readability has already found a body,
 * so the page counts as an article unless something positively says otherwise: it is mostly
 * links (a home, index or search page), a list of snippets, a sign-in form, or it has no text.
 * Real articles come in every shape (one long paragraph, a short notice, a page of repeated
 * blocks), and a false "not an article" costs the reader far more than analyzing a stray page.
 */
export function notAnArticleReason(evidence: ArticleEvidence): string | null {
  const { blocks, paragraphs, declaredArticle } = evidence;
  const textBlocks = blocks.filter((block) => block.linkShare < LINK_BLOCK_SHARE);
  const textChars = sumLengths(textBlocks.map((block) => block.text));
  const allChars = sumLengths(blocks.map((block) => block.text));
  const linkChars = blocks.reduce((sum, block) => sum + block.text.length * block.linkShare, 0);
  const prose = paragraphs.filter((paragraph) => paragraph.length >= PROSE_BLOCK_CHARS);
  const proseChars = sumLengths(prose);
  const snippets = prose.filter((paragraph) => /(?:…|\.\.\.)\s*$/.test(paragraph)).length;
  // What the publisher or Readability says about the page weighs against the link count.
  const vouched = declaredArticle || ((evidence.readerable || evidence.articleElement) && proseChars >= VOUCHED_PROSE_CHARS);

  if (linkChars > 0 && linkChars > allChars * (vouched ? 0.8 : 0.5)) {
    return 'This page is mostly a list of links (an index, home or search page), not an article.';
  }
  // A declared article with a line of text is a shell its scripts have yet to fill ("Loading…").
  if (!/\p{L}{2}/u.test(paragraphs.join(' ')) || textChars < MIN_ARTICLE_CHARS) return 'This page has no article text.';
  if (!declaredArticle && prose.length >= 2 && snippets >= prose.length / 2) {
    return 'This page lists snippets of other pages (a search or index page), not an article.';
  }
  if (evidence.signInForm && !declaredArticle && proseChars < 1000) return 'This page is a sign-in form, not an article.';
  return null;
}

/** Less text than one short sentence ("The harbour office is closed on Monday.") is no article (yet). */
const MIN_ARTICLE_CHARS = 40;

/** A block this much inside links is a link, not text. */
const LINK_BLOCK_SHARE = 0.8;
/** Prose that, on a page Readability or an `<article>` element vouches for, outweighs the links around it. */
const VOUCHED_PROSE_CHARS = 400;

const sumLengths = (texts: string[]): number => texts.reduce((sum, text) => sum + text.length, 0);

/** Links are a bonus: a failure there must not cost the reader the article. */
function bonusLinks(find: () => RelatedLink[]): RelatedLink[] {
  try {
    return find();
  } catch {
    return [];
  }
}

function describeError(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return message.replace(/\s+/g, ' ').slice(0, 200);
}
