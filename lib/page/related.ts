import type { RelatedLink } from '../types';

/**
 * Related-article links: the links of the page's own "related" / "more on this story" blocks.
 *
 * Deliberately NOT collected: links in the article's running text, "more from <section>",
 * "most read", "trending" and "recommended" lists. Those are either citations inside the story or
 * site-wide promotion, and readers (and the labelled corpus) do not count them as related coverage.
 */

/** Related blocks hold 3–12 stories; longer lists are carousels whose tail drifts off-topic. */
const MAX_LINKS = 15;

/**
 * What a page element says about the links inside it. The nearest `related` / `elsewhere`
 * ancestor decides; `blocked` (menus, share bars, comments, ads) wins from any distance.
 */
type Zone = 'related' | 'elsewhere' | 'blocked' | null;

/** Words that name a related-coverage block, as class/id words or as its heading. */
const RELATED_WORDS = 'related\\w*|more on (this|the|that) (story|topic|subject)|see also|further reading';
/** Site-wide lists: what is popular or new on the site, not what this article relates to. */
const ELSEWHERE_WORDS =
  'most (read|popular|viewed|shared|commented|emailed)|mostread|mostpopular|popular|trending|top stories|latest|more from|more stories|recommend\\w*|editors? (s )?picks?|you (might|may) (also )?(like|enjoy)|around the web|from (our|the) partners';
const BLOCKED_WORDS =
  'nav|navbar|navigation|masthead|breadcrumbs?|pager|pagination|share|shares|sharing|sharebar|sharetools|social|comments|comment (section|list|form|thread)|disqus|livefyre|ad|ads|advert\\w*|sponsor\\w*|promoted|outbrain|taboola|newsletter|signup|subscribe';

const RELATED_LABEL = new RegExp(`\\b(${RELATED_WORDS})\\b`);
const ELSEWHERE_LABEL = new RegExp(`\\b(${ELSEWHERE_WORDS})\\b`);
const BLOCKED_LABEL = new RegExp(`\\b(${BLOCKED_WORDS})\\b`);
/** The same in the headings of French, German, Spanish, Portuguese and Italian pages (accents folded). */
const FOREIGN_RELATED_WORDS =
  'sur le meme sujet|a lire aussi|lire aussi|voir aussi|lesen sie auch|mehr zum thema|lea tambien|ver tambien|leia tambem|veja tambem|leggi anche|(\\w+ )?relacionad\\w*|(\\w+ )?correlat\\w*';
const RELATED_HEADING = new RegExp(
  `^(more )?(${RELATED_WORDS}|more on|more about|read more|also read|read also|more coverage|${FOREIGN_RELATED_WORDS})\\b`,
);
/** "Read more: <a>…</a>" / "Related: <a>…</a>" lines inside the story text. */
const INLINE_RELATED = new RegExp(
  `^[[(]?\\s*(read( more)?|related( stories| articles| coverage)?|see also|also read|read also|more on this( story)?|${FOREIGN_RELATED_WORDS})\\s*[:|–—-]`,
);
const BLOCKED_ROLES = new Set(['navigation', 'menu', 'menubar', 'search']);

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** A label heading is a few words; anything longer is an article or card title. */
const MAX_LABEL_CHARS = 60;

/** Label-bearing attributes; `data-*` JSON blobs can be huge, so each is cut short. */
const LABEL_ATTRIBUTES = ['id', 'aria-label', 'data-component', 'data-testid', 'data-module'];
const MAX_ATTRIBUTE_CHARS = 120;

/** Lower case without accents, so "À lire aussi" reads as "a lire aussi". */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Turns `relatedStories`, `more-on-this_story`, "Related:" into space-separated lower-case words. */
function words(text: string): string {
  return fold(text.replace(/([a-z])([A-Z])/g, '$1 $2'))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function collapse(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Class and id words; `js-*` classes are script hooks (e.g. where an ad *may* be injected), not meaning. */
function labelOf(element: Element): string {
  const classes = (element.getAttribute('class') ?? '')
    .split(/\s+/)
    .filter((name) => name && !name.startsWith('js-'))
    .join(' ');
  const attributes = LABEL_ATTRIBUTES.map((name) => (element.getAttribute(name) ?? '').slice(0, MAX_ATTRIBUTE_CHARS));
  return words([classes.slice(0, MAX_ATTRIBUTE_CHARS * 2), ...attributes].join(' '));
}

function isHeading(element: Element): boolean {
  return HEADING_TAGS.has(element.tagName) || element.getAttribute('role') === 'heading';
}

/** A short heading-like text: a heading, or a paragraph that is only bold text ("<p><b>Related:</b></p>"). */
function headingText(element: Element): string | null {
  const isBoldLine =
    element.tagName === 'P' && element.childElementCount === 1 && /^(STRONG|B)$/.test(element.firstElementChild?.tagName ?? '');
  if (!isHeading(element) && !isBoldLine) return null;
  const text = collapse(element.textContent);
  return text.length <= MAX_LABEL_CHARS ? text : null;
}

/** Where a block's label heading sits: among its first children, one level deep, or just before it. */
function headingCandidates(element: Element): Element[] {
  const near: Element[] = [];
  for (let child = element.firstElementChild, i = 0; child && i < 2; child = child.nextElementSibling, i++) {
    near.push(child);
    if (child.firstElementChild) near.push(child.firstElementChild);
  }
  if (element.previousElementSibling) near.push(element.previousElementSibling);
  return near;
}

function headingZone(element: Element): Zone {
  for (const candidate of headingCandidates(element)) {
    const text = headingText(candidate);
    if (!text) continue;
    const label = words(text);
    if (RELATED_HEADING.test(label)) return 'related';
    // Teaser cards carry a linked headline where blocks carry a label: a card titled
    // "Latest talks collapse" must not turn into a site-wide list.
    const linked = candidate.closest('a') ?? candidate.querySelector('a');
    if (!linked && ELSEWHERE_LABEL.test(label)) return 'elsewhere';
  }
  return null;
}

/** The first characters of an element's text, without reading all of a long paragraph. */
function leadingText(element: Element, length: number): string {
  let text = '';
  const visit = (node: Node): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text = (text + (child.nodeValue ?? '')).trimStart();
      else if (child.nodeType === 1) visit(child);
      if (text.length >= length) return true;
    }
    return false;
  };
  visit(element);
  return text.slice(0, length);
}

function labelZone(label: string): Zone {
  if (BLOCKED_LABEL.test(label)) return 'blocked';
  if (RELATED_LABEL.test(label)) return 'related';
  return ELSEWHERE_LABEL.test(label) ? 'elsewhere' : null;
}

/** Elements whose heading can title a group of links; list items and inline tags are cards or text. */
const GROUP_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'UL', 'OL', 'DL', 'ARTICLE', 'HEADER', 'FOOTER']);

/** What this element alone says about its links. */
function ownZone(element: Element): Zone {
  const tag = element.tagName;
  // Page wrappers sometimes carry page-type classes such as "has-related"; they label nothing.
  if (tag === 'BODY' || tag === 'HTML' || tag === 'MAIN') return null;
  if (tag === 'NAV') return 'blocked';
  if (element.hasAttributes()) {
    if (BLOCKED_ROLES.has(element.getAttribute('role') ?? '')) return 'blocked';
    const zone = labelZone(labelOf(element));
    if (zone) return zone;
  }
  if (GROUP_TAGS.has(tag)) return headingZone(element);
  if (tag === 'P' || tag === 'LI') return INLINE_RELATED.test(fold(leadingText(element, 40))) ? 'related' : null;
  return null;
}

/**
 * Resolves each element's zone once, reusing its parent's: one pass over the links then costs
 * O(elements) in all, not O(links × depth) heading lookups.
 */
function zoneResolver(): (element: Element) => Zone {
  const resolved = new Map<Element, Zone>();
  return (start) => {
    const chain: Element[] = [];
    let inherited: Zone = null;
    for (let element: Element | null = start; element; element = element.parentElement) {
      const known = resolved.get(element);
      if (known !== undefined) {
        inherited = known;
        break;
      }
      chain.push(element);
    }
    for (const element of chain.reverse()) {
      const own = ownZone(element);
      inherited = inherited === 'blocked' || own === null ? inherited : own;
      resolved.set(element, inherited);
    }
    return inherited;
  };
}

// ---- URLs ----

/** Share endpoints, social networks and ad-recirculation networks: never an article of the site. */
const FOREIGN_DOMAINS = [
  'facebook.com', 'fb.com', 'twitter.com', 'x.com', 'linkedin.com', 'pinterest.com', 'reddit.com', 'whatsapp.com',
  'wa.me', 't.me', 'telegram.me', 'tumblr.com', 'instagram.com', 'vk.com', 'plus.google.com', 'getpocket.com',
  'flipboard.com', 'outbrain.com', 'taboola.com', 'doubleclick.net', 'zergnet.com', 'revcontent.com', 'mgid.com',
];
const FILE_EXTENSION = /\.(jpe?g|png|gif|webp|svg|pdf|mp3|mp4|mov|zip|docx?|xlsx?|pptx?)$/i;
/** Path segments of index pages (tags, people, sections, account pages), never of one article. */
const INDEX_SEGMENTS = new Set(
  'tag tags topic topics category categories author authors writer writers contributor contributors profile profiles bio search subject subjects keyword keywords series column columns login signin sign-in register account subscribe subscription subscriptions newsletter newsletters feed feeds rss comment comments share print email'.split(
    ' ',
  ),
);
const TRACKING_PARAM = /^(utm_\w+|fbclid|gclid|_r|rref|ref|smid|smtyp|cmpid|intcmp|ns_\w+|ito|at_\w+)$/i;
const DATED_PATH = /\/(19|20)\d{2}[/-](\d{1,2}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[/-]/i;

/**
 * The query's name-value pairs. forEach, not iteration: in a Firefox content script a page-side
 * URLSearchParams iterator is not iterable (Xray wrappers), which made every link throw there.
 */
function queryPairs(url: URL): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  url.searchParams.forEach((value, key) => pairs.push([key, value]));
  return pairs;
}

/** Resolves an href to an absolute http(s) URL without fragment or tracking parameters. */
function cleanUrl(href: string, baseUrl: string): URL | null {
  if (!href || href.startsWith('#')) return null;
  let url: URL;
  try {
    url = new URL(href, baseUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  for (const [name] of queryPairs(url)) if (TRACKING_PARAM.test(name)) url.searchParams.delete(name);
  return url;
}

/** Same article whatever the scheme, `www.`, trailing slash or query order. */
function urlKey(url: URL): string {
  const host = url.hostname.replace(/^(www|m|mobile)\./, '');
  const path = url.pathname.replace(/\/+$/, '');
  const query = queryPairs(url).map(([key, value]) => `${key}=${value}`).sort().join('&');
  return `${host}${path}?${query}`;
}

function isIndexOrFile(url: URL): boolean {
  const host = url.hostname;
  if (FOREIGN_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`))) return true;
  if (FILE_EXTENSION.test(url.pathname)) return true;
  const segments = url.pathname.toLowerCase().split('/').filter(Boolean);
  return segments.length === 0 || segments.some((segment) => INDEX_SEGMENTS.has(segment));
}

/** Article addresses carry a date, a long numeric id, or a slug of several words. */
function looksLikeArticle(url: URL): boolean {
  if (DATED_PATH.test(url.pathname) || /\d{5,}/.test(url.pathname)) return true;
  if (queryPairs(url).some(([key, value]) => /^(p|id|story|article)$/i.test(key) && /^\d+$/.test(value))) return true;
  const last = url.pathname.split('/').filter(Boolean).pop() ?? '';
  return last.replace(/\.\w+$/, '').split(/[-_]+/).filter((word) => /[a-z]/i.test(word)).length >= 3;
}

// ---- Titles ----

/** Parts of a teaser that are not its headline: dates, bylines, counters, screen-reader labels. */
const SKIPPED_TAGS = new Set(['TIME', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'SVG', 'BUTTON', 'TEMPLATE']);
const SKIPPED_LABEL =
  /\b(date|dateline|time|timestamp|published|byline|author|meta|count|duration|off screen|offscreen|sr only|visually hidden|visuallyhidden|screen reader|element invisible)\b/;
const SPACED_TAGS = new Set(['BR', 'DIV', 'P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SPAN', 'TIME', 'FIGCAPTION']);
/**
 * Arrows and relative times ("4 hours ago") that trail a teaser headline. Absolute dates are left
 * alone: teasers mark them up (`<time>`, class "date"), while headlines may end with one.
 */
const TRAILING_NOISE = /(\s*[»›→>|]+|\s+\d+ (second|minute|hour|day|week|month)s? ago)\s*$/i;
/** Link texts that name an action or a count, not a story ("See all", "Read more", "2"). */
const GENERIC_TEXT =
  /^((read|see|view|show|load|click|discover|explore|watch) (more|all|full|the full|here|article|story|video)\b.*|more( stories| news| articles)?|(next|previous|prev)( article| story| page)?|continue reading|full (story|article)|[\d\s]*)$/i;

function isSkipped(element: Element): boolean {
  return (
    SKIPPED_TAGS.has(element.tagName.toUpperCase()) ||
    element.getAttribute('aria-hidden') === 'true' ||
    SKIPPED_LABEL.test(words(element.getAttribute('class') ?? ''))
  );
}

/** Visible headline text of an element, leaving out the teaser parts that are not headline. */
function headlineText(root: Element): string {
  let text = '';
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text += child.nodeValue ?? '';
      else if (child.nodeType === 1 && !isSkipped(child as Element)) {
        const spaced = SPACED_TAGS.has((child as Element).tagName);
        if (spaced) text += ' ';
        visit(child);
        if (spaced) text += ' ';
      }
    }
  };
  visit(root);
  return collapse(text);
}

/** A teaser's headline element inside a card-sized link (heading, or class "title"/"headline"). */
function findHeadline(root: Element): Element | null {
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) {
    if (isHeading(child) || /title|headline/i.test(child.getAttribute('class') ?? '')) return child;
    const nested = findHeadline(child);
    if (nested) return nested;
  }
  return null;
}

/** "[Read: Why Tunisia suffers]": the label and brackets an inline link carries around its headline. */
const INLINE_LABEL = /^[[(]?\s*(?:read(?: more)?|related|see also)\s*:\s*(.+?)[\])]?$/i;

function tidy(title: string): string {
  const trimmed = title.replace(TRAILING_NOISE, '').trim().replace(INLINE_LABEL, '$1');
  return trimmed || title;
}

interface Titled {
  title: string;
  /** 2: the link's visible text; 1: a tooltip, aria-label or image description. */
  strength: 1 | 2;
}

function linkTitle(link: Element): Titled {
  const headline = findHeadline(link);
  const text = tidy((headline && headlineText(headline)) || headlineText(link));
  if (text) return { title: text, strength: 2 };
  const described =
    link.getAttribute('title') ?? link.getAttribute('aria-label') ?? link.querySelector('img[alt]')?.getAttribute('alt');
  return { title: tidy(collapse(described)), strength: 1 };
}

function isStoryTitle(title: string): boolean {
  return title.length >= 3 && !GENERIC_TEXT.test(title);
}

function isBetterTitle(candidate: Titled, current: Titled): boolean {
  if (!isStoryTitle(candidate.title)) return false;
  return !isStoryTitle(current.title) || candidate.strength > current.strength;
}

// ---- The pass over links ----

interface Candidate extends Titled {
  url: string;
}

/** The page's related-article links, in page order, one per article. */
export function findRelatedLinks(document: Document, baseUrl: string): RelatedLink[] {
  const self = cleanUrl(baseUrl, baseUrl);
  const selfKey = self ? urlKey(self) : '';
  const zoneOf = zoneResolver();
  const found = new Map<string, Candidate>();

  for (const link of document.querySelectorAll('a[href]')) {
    const url = cleanUrl(link.getAttribute('href') ?? '', baseUrl);
    if (!url || isIndexOrFile(url)) continue;
    const key = urlKey(url);
    if (key === selfKey || zoneOf(link) !== 'related') continue;
    const titled = linkTitle(link);
    const seen = found.get(key);
    // A teaser often links twice, image or "Read more" first: keep the first position, the best title.
    if (seen) {
      if (isBetterTitle(titled, seen)) Object.assign(seen, titled);
      continue;
    }
    const wordCount = titled.title.split(' ').length;
    if (!looksLikeArticle(url) && wordCount < 4) continue;
    found.set(key, { ...titled, url: url.href });
  }

  return [...found.values()]
    .filter((candidate) => isStoryTitle(candidate.title))
    .slice(0, MAX_LINKS)
    .map(({ title, url }) => ({ title, url }));
}

/**
 * Links inside the article's own text to other articles ("as we reported last week"): kept apart
 * from `findRelatedLinks`, since the anchor text is a phrase of the story rather than a headline.
 */
export function findArticleLinks(body: Element, baseUrl: string): RelatedLink[] {
  const self = cleanUrl(baseUrl, baseUrl);
  const seen = new Set(self ? [urlKey(self)] : []);
  const links: RelatedLink[] = [];
  for (const link of body.querySelectorAll('a[href]')) {
    const url = cleanUrl(link.getAttribute('href') ?? '', baseUrl);
    if (!url || isIndexOrFile(url) || !looksLikeArticle(url)) continue;
    const key = urlKey(url);
    if (seen.has(key)) continue;
    seen.add(key);
    const { title } = linkTitle(link);
    if (isStoryTitle(title)) links.push({ title, url: url.href });
  }
  return links.slice(0, MAX_LINKS);
}
