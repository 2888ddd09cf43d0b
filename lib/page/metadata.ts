/** Page metadata (title, site, byline, date, canonical address, language), read without changing the page. */
import type { ArticleMetadata } from '../types';
import { readAuthors } from './authors';
import { dayAt, findDateInText, isDayOfInstant, printsInstant, readTimestamp, toIsoDate } from './dates';
import { articleNodesFirst, isArticleNode, nodeTypes, readJsonLd, resolveReference, textOf, type JsonLdNode } from './jsonld';
import { readMetaTags, type MetaTags } from './meta-tags';
import { indexPage, type PageIndex } from './page-index';
import { closestScopeIsArticle, OUTSIDE_ARTICLE } from './scope';

const PUBLISHED_META_KEYS = [
  'article:published_time', 'og:article:published_time', 'article:published', 'published_time', 'datepublished',
  'parsely-pub-date', 'sailthru.date', 'publish-date', 'publishdate', 'pubdate', 'publication_date', 'date',
  'dc.date.issued', 'dc.date', 'dcterms.created', 'dcterms.date',
];
const MODIFIED_META_KEYS = ['article:modified_time', 'og:updated_time', 'modified_time', 'datemodified', 'dcterms.modified'];
const MEDIA_TYPE = /^(?:VideoObject|ImageObject|AudioObject|MediaObject|Clip|Episode)$/;
/** Elements near the top of the story that may carry a dateline written for readers. */
const EARLY_TEXT_TAGS = new Set(['p', 'span', 'small', 'em', 'li', 'div', 'header']);
const EARLY_TEXT_LIMIT = 300;
/** Datelines read per page: the story's own come early; a page of teasers has hundreds more. */
const MAX_DATELINES = 200;
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
  const canonicalUrl = readCanonicalUrl(document, index, meta) ?? url;
  const siteName = readSiteName(
    [meta.first('og:site_name'), textOf(resolveReference(articleNode?.['publisher'], nodes)), meta.first('application-name')],
    canonicalUrl,
  );
  const title = clean(
    textOf(articleNode?.['headline']) ?? meta.first('og:title') ?? meta.first('twitter:title') ?? document.title,
  );
  return {
    metadata: {
      url,
      canonicalUrl,
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

/** Values that fill a site-name field without naming anything. */
const PLACEHOLDER_SITE = /^(hosted|home|homepage|index|news|website|site|blog|default|undefined|null|none|untitled)$/i;

/**
 * What a reader calls the publication: the first name the page gives (Open Graph, the publisher's
 * JSON-LD name, application-name) that is written as a name ("USA TODAY", not the handle "usatoday",
 * when both are there), without a tagline after a bar; else the site's host.
 */
export function readSiteName(candidates: (string | null | undefined)[], url: string): string | null {
  const names = candidates
    .map((candidate) => clean(clean(candidate)?.split(/\s+\|\s+/)[0]))
    .filter((name): name is string => name !== null && !PLACEHOLDER_SITE.test(name));
  const written = names.find((name) => /[\p{Lu}\s]/u.test(name));
  return written ?? names[0] ?? hostName(url);
}

function hostName(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
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
  const articleNodes = articleNodesFirst(nodes).filter((node) => !nodeTypes(node).some((type) => MEDIA_TYPE.test(type)));
  const sources: (() => (string | null | undefined)[])[] = [
    () => articleNodes.map((node) => textOf(node['datePublished'])),
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
      if (date && value) return readersDay(date, value, { document, index, articleNodes, meta });
    }
  }
  return visibleDateline(document, index);
}

interface ZoneEvidence {
  document: Document;
  index: PageIndex;
  articleNodes: JsonLdNode[];
  meta: MetaTags;
}

/**
 * The publication day as the page prints it. A time written with a zone other than UTC is already the
 * page's own. A UTC (or zoneless) instant is printed for readers in the site's zone, where the day
 * can differ. In order: the story's dateline when it prints a day this instant has somewhere; a
 * dateline elsewhere in the page (a header above the story) printing this very instant; the zone the
 * page's other machine dates are written in.
 */
function readersDay(date: string, value: string, { document, index, articleNodes, meta }: ZoneEvidence): string {
  const stamp = readTimestamp(value);
  if (!stamp || stamp.clock === null || (stamp.offset !== null && stamp.offset !== 0)) return date;
  const utc = stamp.clock - (stamp.offset ?? 0);
  const root = index.mainContent ?? document.body;
  const printed = root ? markedDateline(root, index) : null;
  if (printed && isDayOfInstant(printed, utc)) return printed;
  const printing = datelineTexts(index.datelines).find((text) => printsInstant(text, utc));
  if (printing) return findDateInText(printing) ?? date;
  const offset = stamp.offset === 0 ? declaredOffset(articleNodes, meta) : null;
  return offset === null ? date : dayAt(utc, offset);
}

/** The zone of a machine date written with one other than UTC (`sailthru.date: 2019-11-19 21:57 -0800`). */
function declaredOffset(articleNodes: JsonLdNode[], meta: MetaTags): number | null {
  const values = [
    ...articleNodes.flatMap((node) => [textOf(node['datePublished']), textOf(node['dateModified'])]),
    ...[...PUBLISHED_META_KEYS, ...MODIFIED_META_KEYS].flatMap((key) => meta.all(key)),
  ];
  for (const value of values) {
    const offset = value ? readTimestamp(value)?.offset : null;
    if (offset) return offset;
  }
  return null;
}

/** A date only written for readers ("By Jane Doe · April 14, 2013"): in a dateline, or near the top of the story. */
function visibleDateline(document: Document, index: PageIndex): string | null {
  const root = index.mainContent ?? document.body;
  if (!root) return null;
  return markedDateline(root, index) ?? firstDateIn(earlyTextElements(document, root));
}

/** The first date printed in an element marked as a dateline (or a `<time>`) of the story. */
function markedDateline(root: Element, index: PageIndex): string | null {
  return firstDateIn(index.datelines.filter((element) => root.contains(element)));
}

function firstDateIn(elements: Element[]): string | null {
  for (const text of datelineTexts(elements)) {
    const date = findDateInText(text);
    if (date) return date;
  }
  return null;
}

/** The short texts of dateline-sized elements that belong to the story (not teasers or widgets). */
function datelineTexts(elements: Element[]): string[] {
  const texts: string[] = [];
  for (const element of elements.slice(0, MAX_DATELINES)) {
    if (element.childElementCount > 6 || element.closest(OUTSIDE_ARTICLE)) continue;
    const text = element.textContent ?? '';
    if (text.length <= 200) texts.push(text);
  }
  return texts;
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
