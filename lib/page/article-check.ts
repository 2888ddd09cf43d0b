/**
 * The check a page passes before anything else runs on it: cheap enough for every page of a site,
 * so a home page, a section front or a video page costs the reader nothing more. The signals go
 * cheapest first and the first yes ends the check; full extraction still decides in the end.
 */
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { isArticleNode, readJsonLd } from './jsonld';
import { metaTagsDeclareArticle } from './metadata';
import { readMetaTags } from './meta-tags';
import { ARTICLE_ITEMTYPE } from './page-index';

export type ArticleCheck = { likelyArticle: true } | { likelyArticle: false; reason: string };

export const NOT_LIKELY_ARTICLE_REASON =
  'This page does not look like an article: it declares none and has little running text (a home, section or video page?).';

const ARTICLE_SIGNALS: ((document: Document) => boolean)[] = [
  // Open Graph lives in the head: a few elements, not the whole page.
  (document) => metaTagsDeclareArticle(readMetaTags(Array.from(document.head?.querySelectorAll('meta') ?? []))),
  (document) => document.querySelector('article') !== null,
  (document) => readJsonLd(Array.from(document.querySelectorAll('script[type="application/ld+json" i]'))).some(isArticleNode),
  (document) => Array.from(document.querySelectorAll('[itemtype]')).some((item) => ARTICLE_ITEMTYPE.test(item.getAttribute('itemtype') ?? '')),
  (document) => isProbablyReaderable(document),
];

export function quickArticleCheck(document: Document): ArticleCheck {
  return ARTICLE_SIGNALS.some((signal) => signal(document))
    ? { likelyArticle: true }
    : { likelyArticle: false, reason: NOT_LIKELY_ARTICLE_REASON };
}
