/**
 * One pass over the page collecting every element metadata reading needs. Each `querySelectorAll`
 * over a large page walks the whole tree (and costs seconds in jsdom), so the page is walked once.
 */

const SHOW_ELEMENT = 1;
const BYLINE_MARK = /byline|author|auteur/i;
const DATELINE_MARK = /date|byline|time|posted|publish/i;
export const ARTICLE_ITEMTYPE = /Article|BlogPosting/i;

export interface PageIndex {
  metas: Element[];
  jsonLdScripts: Element[];
  /** `<link>` elements whose `rel` lists `canonical`. */
  canonicalLinks: Element[];
  /** Elements by each lower-case `itemprop` token: `author`, `datepublished`, `inlanguage`... */
  itemprops: Map<string, Element[]>;
  /** A microdata item declares itself an article. */
  articleItem: boolean;
  /** `<a rel=author>` links. */
  authorLinks: Element[];
  /** `<address>` elements and elements whose class or id says byline or author. */
  bylines: Element[];
  /** `<time>` elements and elements whose class or id says date, time, byline, posted or published. */
  datelines: Element[];
  /** `<time datetime>` elements. */
  times: Element[];
  /** The first `<article>`, else the first `<main>` or `role=main` element: where the story is. */
  mainContent: Element | null;
  articleElement: boolean;
  passwordField: boolean;
}

const relTokens = (element: Element): string[] => (element.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);

export function indexPage(document: Document): PageIndex {
  const index: PageIndex = {
    metas: [], jsonLdScripts: [], canonicalLinks: [], itemprops: new Map(), articleItem: false, authorLinks: [],
    bylines: [], datelines: [], times: [], mainContent: null, articleElement: false, passwordField: false,
  };
  if (!document.documentElement) return index;
  let firstArticle: Element | null = null;
  let firstMain: Element | null = null;
  const walker = document.createTreeWalker(document.documentElement, SHOW_ELEMENT);
  for (let element = walker.currentNode as Element | null; element; element = walker.nextNode() as Element | null) {
    indexElement(element, index);
    if (element.localName === 'article') firstArticle ??= element;
    if (element.localName === 'main' || element.getAttribute('role') === 'main') firstMain ??= element;
  }
  index.mainContent = firstArticle ?? firstMain;
  index.articleElement = firstArticle !== null;
  return index;
}

function indexElement(element: Element, index: PageIndex): void {
  switch (element.localName) {
    case 'meta':
      index.metas.push(element);
      break;
    case 'script':
      if (/^\s*application\/ld\+json\s*$/i.test(element.getAttribute('type') ?? '')) index.jsonLdScripts.push(element);
      break;
    case 'link':
      if (relTokens(element).includes('canonical')) index.canonicalLinks.push(element);
      break;
    case 'a':
      if (relTokens(element).includes('author')) index.authorLinks.push(element);
      break;
    case 'time':
      if (element.hasAttribute('datetime')) index.times.push(element);
      break;
    case 'input':
      if ((element.getAttribute('type') ?? '').toLowerCase() === 'password') index.passwordField = true;
      break;
  }
  const itemprop = element.getAttribute('itemprop');
  for (const token of itemprop ? itemprop.toLowerCase().split(/\s+/) : []) {
    const list = index.itemprops.get(token);
    if (list) list.push(element);
    else index.itemprops.set(token, [element]);
  }
  if (ARTICLE_ITEMTYPE.test(element.getAttribute('itemtype') ?? '')) index.articleItem = true;
  const marks = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  if (element.localName === 'address' || BYLINE_MARK.test(marks)) index.bylines.push(element);
  if (element.localName === 'time' || DATELINE_MARK.test(marks)) index.datelines.push(element);
}
