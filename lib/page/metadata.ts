/** Page metadata (title, site, byline, date, canonical address, language), read without changing the page. */
import type { ArticleMetadata } from '../types';
import { readAuthors } from './authors';
import { findDateInText, toIsoDate } from './dates';
import { articleNodesFirst, isArticleNode, nodeTypes, readJsonLd, textOf, type JsonLdNode } from './jsonld';
import { readMetaTags, type MetaTags } from './meta-tags';
import { indexPage, type PageIndex } from './page-index';
import { closestScopeIsArticle, OUTSIDE_ARTICLE } from './scope';

const PUBLISHED_META_KEYS = [
  'article:published_time', 'og:article:published_time', 'article:published', 'published_time', 'datepublished',
  'parsely-pub-date', 'sailthru.date', 'publish-date', 'publishdate', 'pubdate', 'publication_date', 'date',
  'dc.date.issued', 'dc.date', 'dcterms.created', 'dcterms.date',
];
const MEDIA_TYPE = /^(?:VideoObject|ImageObject|AudioObject|MediaObject|Clip|Episode)$/;
/** Elements near the top of the story that may carry a dateline written for readers. */
const EARLY_TEXT_TAGS = new Set(['p', 'span', 'small', 'em', 'li', 'div', 'header']);
const EARLY_TEXT_LIMIT = 300;
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/;
const SHOW_ELEMENT = 1;

/** What metadata reading tells the rest of stage 1. */
export interface PageSignals {
  metadata: ArticleMetadata;
  /** Structured data says this page is an article (JSON-LD, Open Graph, microdata). */
  declaredArticle: boolean;
  /** The page has an `<article>` element. */
  articleElement: boolean;
  /** The page asks for a password. */
  signInForm: boolean;
}

const clean = (text: string | null | undefined): string | null => text?.replace(/\s+/g, ' ').trim() || null;

export function readMetadata(document: Document, url: string): ArticleMetadata {
  return readPageSignals(document, url).metadata;
}

export function readPageSignals(document: Document, url: string): PageSignals {
  const index = indexPage(document);
  const nodes = readJsonLd(index.jsonLdScripts);
  const meta = readMetaTags(index.metas);
  const articleNode = nodes.find(isArticleNode);
  const siteName = clean(
    meta.first('og:site_name') ?? textOf(articleNode?.['publisher']) ?? meta.first('application-name'),
  );
  const title = clean(
    textOf(articleNode?.['headline']) ?? meta.first('og:title') ?? meta.first('twitter:title') ?? document.title,
  );
  return {
    metadata: {
      url,
      canonicalUrl: readCanonicalUrl(document, index, meta) ?? url,
      title: withoutSiteName(title ?? '', siteName),
      siteName,
      authors: readAuthors(index, nodes, meta, siteName),
      published: readPublished(document, index, nodes, meta),
      language: readLanguage(document, index, nodes, meta),
    },
    declaredArticle: declaresArticle(nodes, meta, index.articleItem),
    articleElement: index.articleElement,
    signInForm: index.passwordField,
  };
}

/** JSON-LD, Open Graph or microdata say the page is an article. */
export function declaresArticle(jsonLd: JsonLdNode[], meta: MetaTags, articleItem: boolean): boolean {
  return jsonLd.some(isArticleNode) || metaTagsDeclareArticle(meta) || articleItem;
}

/** Open Graph says article, or gives the article's publication time. */
export function metaTagsDeclareArticle(meta: MetaTags): boolean {
  return /^article\b/i.test(meta.first('og:type') ?? '') || meta.first('article:published_time') !== null;
}

/** "Ferry line approved | The Coastal Ledger" -> "Ferry line approved": the site is shown on its own. */
function withoutSiteName(title: string, siteName: string | null): string {
  if (!siteName) return title;
  const site = siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const separator = '\\s+[|\\-–—:·•]\\s+';
  const stripped = title.replace(new RegExp(`${separator}${site}$|^${site}${separator}`, 'i'), '');
  return stripped || title;
}

function readCanonicalUrl(document: Document, index: PageIndex, meta: MetaTags): string | null {
  const candidates = [index.canonicalLinks[0]?.getAttribute('href'), meta.first('og:url')];
  for (const candidate of candidates) {
    const href = candidate?.trim();
    if (!href) continue;
    try {
      const absolute = new URL(href, document.baseURI);
      if (absolute.protocol === 'http:' || absolute.protocol === 'https:') return absolute.href;
    } catch {
      // An unparsable canonical link is ignored; the next source or the page address is used.
    }
  }
  return null;
}

function readPublished(document: Document, index: PageIndex, nodes: JsonLdNode[], meta: MetaTags): string | null {
  const sources: (() => (string | null | undefined)[])[] = [
    () =>
      articleNodesFirst(nodes)
        .filter((node) => !nodeTypes(node).some((type) => MEDIA_TYPE.test(type)))
        .map((node) => textOf(node['datePublished'])),
    () => PUBLISHED_META_KEYS.map((key) => meta.first(key)),
    () =>
      (index.itemprops.get('datepublished') ?? [])
        .filter(closestScopeIsArticle)
        .map((element) => element.getAttribute('content') ?? element.getAttribute('datetime') ?? element.textContent),
    () => index.times.filter((time) => time.hasAttribute('pubdate')).map((time) => time.getAttribute('datetime')),
    () => [index.times.find((time) => !time.closest(OUTSIDE_ARTICLE))?.getAttribute('datetime')],
  ];
  for (const source of sources) {
    for (const value of source()) {
      const date = value ? toIsoDate(value) : null;
      if (date) return date;
    }
  }
  return visibleDateline(document, index);
}

/** A date only written for readers ("By Jane Doe · April 14, 2013"): in a dateline, or near the top of the story. */
function visibleDateline(document: Document, index: PageIndex): string | null {
  const root = index.mainContent ?? document.body;
  if (!root) return null;
  const marked = index.datelines.filter((element) => root.contains(element)).slice(0, 100);
  for (const element of [...marked, ...earlyTextElements(document, root)]) {
    if (element.childElementCount > 6 || element.closest(OUTSIDE_ARTICLE)) continue;
    const text = element.textContent ?? '';
    const date = text.length <= 200 ? findDateInText(text) : null;
    if (date) return date;
  }
  return null;
}

function earlyTextElements(document: Document, root: Element): Element[] {
  const elements: Element[] = [];
  const walker = document.createTreeWalker(root, SHOW_ELEMENT);
  for (let node = walker.nextNode() as Element | null; node && elements.length < EARLY_TEXT_LIMIT; node = walker.nextNode() as Element | null) {
    if (EARLY_TEXT_TAGS.has(node.localName)) elements.push(node);
  }
  return elements;
}

function readLanguage(document: Document, index: PageIndex, nodes: JsonLdNode[], meta: MetaTags): string | null {
  const html = document.documentElement;
  const candidates = [
    html?.getAttribute('lang'),
    html?.getAttribute('xml:lang'),
    meta.first('content-language'),
    meta.first('og:locale'),
    ...articleNodesFirst(nodes).map((node) => textOf(node['inLanguage'])),
    meta.first('language'),
    meta.first('dc.language'),
    index.itemprops.get('inlanguage')?.[0]?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    const tag = candidate?.split(',')[0]?.trim().replace(/_/g, '-').toLowerCase();
    if (tag && LANGUAGE_TAG.test(tag)) return tag;
  }
  return null;
}
