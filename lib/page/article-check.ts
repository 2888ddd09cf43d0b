/**
 * The check a page passes before anything else runs on it: cheap enough for every page of a site,
 * so a home page, a section front or a video page costs the reader nothing more. The signals go
 * cheapest first and the first yes ends the check; full extraction still decides in the end.
 */
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { pageDom, type PageDom } from '../dom';
import { isArticleNode, readJsonLd } from './jsonld';
import { metaTagsDeclareArticle } from './metadata';
import { readMetaTags } from './meta-tags';
import { ARTICLE_ITEMTYPE } from './page-index';

export type ArticleCheck = { likelyArticle: true } | { likelyArticle: false; reason: string };

export const NOT_LIKELY_ARTICLE_REASON =
  'This page does not look like an article: it declares none and has little running text (a home, section or video page?).';

/**
 * The live page is read through the DOM's prototypes: an image or a form named after a property of
 * `document` ("querySelector", "head") shadows it.
 */
const ARTICLE_SIGNALS: ((document: Document, dom: PageDom) => boolean)[] = [
  // Open Graph lives in the head: a few elements, not the whole page.
  (document, dom) => {
    const head = dom.head(document);
    return metaTagsDeclareArticle(readMetaTags(head ? dom.querySelectorAll(head, 'meta') : []));
  },
  (document, dom) => dom.querySelector(document, 'article') !== null,
  (document, dom) => readJsonLd(dom.querySelectorAll(document, 'script[type="application/ld+json" i]')).some(isArticleNode),
  (document, dom) => dom.querySelectorAll(document, '[itemtype]').some((item) => ARTICLE_ITEMTYPE.test(dom.getAttribute(item, 'itemtype') ?? '')),
  // Readability's check asks the document for nothing but its paragraphs and line breaks.
  (document, dom) => isProbablyReaderable({ querySelectorAll: (selectors: string) => dom.querySelectorAll(document, selectors) } as unknown as Document),
];

export function quickArticleCheck(document: Document): ArticleCheck {
  const dom = pageDom(document);
  return ARTICLE_SIGNALS.some((signal) => signal(document, dom))
    ? { likelyArticle: true }
    : { likelyArticle: false, reason: NOT_LIKELY_ARTICLE_REASON };
}
