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
 * ancestor decides; `blocked` (menus, share bars, comments, ads) wins from any distance. `contested`:
 * the title a reader sees names a site-wide list ("More from Sportsnet") where the markup says
 * related; each story there counts if it is on the article's topic. `paid`: titled "Sponsored" and
 * the like; unlike markup that says so, such a title may open a whole page wrapper, so it holds as
 * far as any title does.
 */
type Zone = 'related' | 'elsewhere' | 'contested' | 'paid' | 'blocked' | null;

/** Words that name a related-coverage block, as class/id words or as its heading. */
const RELATED_WORDS = 'related\\w*|more on (this|the|that) (story|topic|subject)|see also|further reading';
/** Site-wide lists: what is popular or new on the site, not what this article relates to. */
const ELSEWHERE_WORDS =
  'most (read|popular|viewed|shared|commented|emailed)|mostread|mostpopular|popular|trending|top stories|latest|more from|more stories|recommend\\w*|editors? (s )?picks?|you (might|may) (also )?(like|enjoy)|around the web|from (our|the) partners|next up|up next';
const BLOCKED_WORDS =
  'nav|navbar|navigation|masthead|breadcrumbs?|pager|pagination|share|shares|sharing|sharebar|sharetools|social|comments|comment (section|list|form|thread)|disqus|livefyre|ad|ads|advert\\w*|sponsor\\w*|promoted|outbrain|taboola|newsletter|signup|subscribe';

/** Headings over paid placements: "Sponsored resources", "Promoted stories", "Partner content". */
const PAID_HEADING = /\b(sponsor\w*|promoted|paid (content|posts?)|advertis\w*|partner (content|stories))\b/;
const RELATED_LABEL = new RegExp(`\\b(${RELATED_WORDS})\\b`);
const ELSEWHERE_LABEL = new RegExp(`\\b(${ELSEWHERE_WORDS})\\b`);
const BLOCKED_LABEL = new RegExp(`\\b(${BLOCKED_WORDS})\\b`);
/** The same in the headings of French, German, Spanish, Portuguese and Italian pages (accents folded). */
const FOREIGN_RELATED_WORDS =
  'sur le meme sujet|a lire aussi|lire aussi|voir aussi|lesen sie auch|mehr zum thema|lea tambien|ver tambien|leia tambem|veja tambem|leggi anche|(\\w+ )?relacionad\\w*|(\\w+ )?correlat\\w*';
const RELATED_HEADING = new RegExp(
  `^(more )?(${RELATED_WORDS}|more on|more about|read more|also read|read also|more coverage|${FOREIGN_RELATED_WORDS})\\b|^more$`,
);
const BLOCKED_ROLES = new Set(['navigation', 'menu', 'menubar', 'search']);

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** A label heading is a few words; anything longer is an article or card title. */
const MAX_LABEL_CHARS = 60;

/** Label-bearing attributes; `data-*` JSON blobs can be huge, so each is cut short. */
const LABEL_ATTRIBUTES = ['id', 'aria-label', 'data-component', 'data-testid', 'data-module'];
const MAX_ATTRIBUTE_CHARS = 120;
const SHOW_ELEMENT = 1;

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
  return isHeading(element) || isBoldLine ? labelText(element) : null;
}

/** A header line of plain text ("<div>Related</div>"): no link or image in it, nor around it. */
function plainLineText(element: Element): string | null {
  const plain = element.childElementCount <= 2 && !element.closest('a') && !element.querySelector('a, img');
  return plain ? labelText(element) : null;
}

function labelText(element: Element): string | null {
  const text = collapse(element.textContent);
  return text.length <= MAX_LABEL_CHARS ? text : null;
}

/** Lists split in several `<ul>`s under one label: the label sits before the first of them. */
const MAX_SPLIT_LISTS = 4;

interface HeadingCandidate {
  element: Element;
  text: string;
}

/**
 * A block's label: a heading among its first two children or one level into them; a plain line only
 * as its very first one (deeper, or in the second child, it titles a block inside); either just before
 * it (before the first of a run of sibling lists).
 */
function headingCandidates(element: Element): HeadingCandidate[] {
  const near: HeadingCandidate[] = [];
  const add = (candidate: Element, plainToo: boolean): void => {
    const text = headingText(candidate) ?? (plainToo ? plainLineText(candidate) : null);
    if (text) near.push({ element: candidate, text });
  };
  for (let child = element.firstElementChild, i = 0; child && i < 2; child = child.nextElementSibling, i++) {
    add(child, i === 0);
    if (child.firstElementChild) add(child.firstElementChild, i === 0);
  }
  let before = element.previousElementSibling;
  for (let i = 0; before && before.tagName === element.tagName && /^[UO]L$/.test(before.tagName) && i < MAX_SPLIT_LISTS; i++) {
    before = before.previousElementSibling;
  }
  if (before) add(before, true);
  return near;
}

/** Links a block must hold, besides its heading's, to be a list under a linked section title. */
const SECTION_LIST_LINKS = 3;

/**
 * "<h2><a href="/sport">Sport</a></h2>" over a list of stories: the section's feed, not this story's
 * relations. A teaser card's heading links to the card's own story instead.
 */
function isSectionTitle(heading: Element, block: Element): boolean {
  const link = heading.closest('a') ?? heading.querySelector('a');
  const href = link?.getAttribute('href');
  if (!link || !href) return false;
  let others = 0;
  const walker = block.ownerDocument.createTreeWalker(block, SHOW_ELEMENT);
  for (let node = walker.nextNode(); node && others < SECTION_LIST_LINKS; node = walker.nextNode()) {
    const element = node as Element;
    if (element.tagName !== 'A' || element === link) continue;
    if (element.getAttribute('href') === href) return false;
    if (!heading.contains(element)) others++;
  }
  return others >= SECTION_LIST_LINKS;
}

function headingZone(element: Element): Zone {
  for (const { element: candidate, text } of headingCandidates(element)) {
    const label = words(text);
    if (PAID_HEADING.test(label)) return 'paid';
    if (RELATED_HEADING.test(label)) return 'related';
    if (isHeading(candidate) && element.contains(candidate) && isSectionTitle(candidate, element)) return 'elsewhere';
    // Teaser cards carry a linked headline where blocks carry a label: a card titled
    // "Latest talks collapse" must not turn into a site-wide list.
    const linked = candidate.closest('a') ?? candidate.querySelector('a');
    if (!linked && ELSEWHERE_LABEL.test(label)) return 'elsewhere';
  }
  return null;
}

function labelZone(label: string): Zone {
  if (RELATED_LABEL.test(label)) return 'related';
  return ELSEWHERE_LABEL.test(label) ? 'elsewhere' : null;
}

/** Elements whose heading can title a group of links; list items and inline tags are cards or text. */
const GROUP_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'UL', 'OL', 'DL', 'ARTICLE', 'HEADER', 'FOOTER']);

/** What an element says about its links: by a title a reader sees, and by its class names. */
interface OwnZone {
  titled: Zone;
  classed: Zone;
}

const BLOCKED_ZONE: OwnZone = { titled: null, classed: 'blocked' };

/**
 * What this element alone says about its links. Menus, share bars and ads are blocked whatever they
 * are titled; otherwise the title a reader sees ("Related", "More from UK") outranks class names,
 * which templates reuse for whatever list they hold.
 */
function ownZone(element: Element): OwnZone | null {
  const tag = element.tagName;
  // Page wrappers sometimes carry page-type classes such as "has-related"; they label nothing.
  if (tag === 'BODY' || tag === 'HTML' || tag === 'MAIN') return null;
  if (tag === 'NAV') return BLOCKED_ZONE;
  const label = element.hasAttributes() ? labelOf(element) : '';
  if (BLOCKED_ROLES.has(element.getAttribute('role') ?? '') || BLOCKED_LABEL.test(label)) return BLOCKED_ZONE;
  const titled = GROUP_TAGS.has(tag) ? headingZone(element) : null;
  const classed = label ? labelZone(label) : null;
  return titled || classed ? { titled, classed } : null;
}

/**
 * How many levels below a titled block its title still outranks class names: "Related" over
 * `<ol class="MostPopular-list">`, "More from UK" over `<ul class="related-stories__list">`. A title
 * labels the list beneath it, not a whole page a wrapper's first heading happens to open.
 */
const TITLE_REACH = 5;

interface Resolved {
  zone: Zone;
  /** Levels further down that a title above still outranks class names (0: none does). */
  reach: number;
}

/** A site-wide title over markup that says related. */
const contest = (titled: Zone, classed: Zone): Zone => (titled === 'elsewhere' && classed === 'related' ? 'contested' : titled);

function inherit(inherited: Resolved, own: OwnZone | null): Resolved {
  if (inherited.zone === 'blocked') return inherited;
  if (own?.classed === 'blocked') return { zone: 'blocked', reach: 0 };
  if (own?.titled) return { zone: contest(own.titled, own.classed), reach: TITLE_REACH };
  if (own && inherited.reach === 0) return { zone: own.classed, reach: 0 };
  const zone = own ? contest(inherited.zone, own.classed) : inherited.zone;
  return { zone, reach: Math.max(0, inherited.reach - 1) };
}

/**
 * Resolves each element's zone once, reusing its parent's: one pass over the links then costs
 * O(elements) in all, not O(links × depth) heading lookups.
 */
function zoneResolver(): (element: Element) => Zone {
  const resolved = new Map<Element, Resolved>();
  return (start) => {
    const chain: Element[] = [];
    let inherited: Resolved = { zone: null, reach: 0 };
    for (let element: Element | null = start; element; element = element.parentElement) {
      const known = resolved.get(element);
      if (known !== undefined) {
        inherited = known;
        break;
      }
      chain.push(element);
    }
    for (const element of chain.reverse()) {
      inherited = inherit(inherited, ownZone(element));
      resolved.set(element, inherited);
    }
    return inherited.zone;
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

/** A headline runs to several words; a teaser's section kicker ("News Cloud") to one or two. */
const HEADLINE_WORDS = 4;
const wordCount = (text: string): number => text.split(' ').length;

function isBetterTitle(candidate: Titled, current: Titled): boolean {
  if (!isStoryTitle(candidate.title)) return false;
  if (!isStoryTitle(current.title) || candidate.strength > current.strength) return true;
  const words = wordCount(current.title);
  return candidate.strength === current.strength && words < HEADLINE_WORDS && wordCount(candidate.title) > words;
}

// ---- The pass over links ----

interface Candidate extends Titled {
  url: string;
}

/** The article the links are found for. */
export interface Story {
  /** The article body (Readability's). */
  body: Element;
  title: string;
}

/**
 * The page's related-article links, in page order, one per article: its labelled related blocks or,
 * where it has none, the story's own lines that are just a headline link.
 */
export function findRelatedLinks(document: Document, baseUrl: string, story?: Story): RelatedLink[] {
  const blocks = findBlockLinks(document, baseUrl, topicWords(story?.title ?? ''));
  return blocks.length > 0 || !story ? blocks : findHeadlineLines(story.body, baseUrl);
}

/** Function words and news words that two headlines on different subjects share by chance. */
const COMMON_WORDS = new Set(
  'the and for with from after over into onto about than that this these those what when where which while who whom whose why how new more most says said say will would could should can may might has have had its his her their our your you they them are was were been being not but all any out off one two three four five first last year years day days week time back just now still also amid via news report live video'.split(
    ' ',
  ),
);

function topicWords(text: string): Set<string> {
  return new Set(words(text).split(' ').filter((word) => word.length >= 3 && !COMMON_WORDS.has(word) && !/^\d+$/.test(word)));
}

const sharesTopic = (title: string, topic: Set<string>): boolean => [...topicWords(title)].some((word) => topic.has(word));

/** The links of the page's labelled related blocks (`topic`: the words of the article's title). */
function findBlockLinks(document: Document, baseUrl: string, topic: Set<string>): RelatedLink[] {
  const self = cleanUrl(baseUrl, baseUrl);
  const selfKey = self ? urlKey(self) : '';
  const zoneOf = zoneResolver();
  const found = new Map<string, Candidate>();

  for (const link of document.querySelectorAll('a[href]')) {
    const url = cleanUrl(link.getAttribute('href') ?? '', baseUrl);
    if (!url || isIndexOrFile(url)) continue;
    const key = urlKey(url);
    const zone = key === selfKey ? null : zoneOf(link);
    if (zone !== 'related' && zone !== 'contested') continue;
    const titled = linkTitle(link);
    if (zone === 'contested' && !sharesTopic(titled.title, topic)) continue;
    const seen = found.get(key);
    // A teaser often links twice, image or "Read more" first: keep the first position, the best title.
    if (seen) {
      if (isBetterTitle(titled, seen)) Object.assign(seen, titled);
      continue;
    }
    if (!looksLikeArticle(url) && wordCount(titled.title) < HEADLINE_WORDS) continue;
    found.set(key, { ...titled, url: url.href });
  }

  return [...found.values()]
    .filter((candidate) => isStoryTitle(candidate.title))
    .slice(0, MAX_LINKS)
    .map(({ title, url }) => ({ title, url }));
}

// ---- Headline lines in the story ----

/** The label a story line may put before its link: "Read more:", "[Related: …]", "Lire aussi :". */
const LINE_LABEL = new RegExp(
  `^[[(]?\\s*(read( more)?|related( stories| articles| coverage)?|see also|also read|read also|more on this( story)?|${FOREIGN_RELATED_WORDS})\\s*[:|–—-]`,
);
const LINE_SELECTOR = 'p, li, h2, h3, h4, h5, h6';
/** What may be left of a line besides its link and label: brackets, punctuation, arrows. */
const LINE_RESIDUE = /^[\s[\]().,:;|»›→>–—-]*$/;

const siteOf = (url: URL): string => url.hostname.replace(/^(www|m|mobile)\./, '');

/**
 * Lines of the story that are nothing but a link to another story of the same site, titled with its
 * headline: "<p><strong><a>SENATOR QUITS AFTER VOTE</a></strong></p>", "Read more: <a>…</a>". Pages
 * without a related block set their related stories into the text this way.
 */
function findHeadlineLines(story: Element, baseUrl: string): RelatedLink[] {
  const self = cleanUrl(baseUrl, baseUrl);
  if (!self) return [];
  // The site is the canonical address's, and the page's own: the body's links were resolved against the latter.
  const address = cleanUrl(story.ownerDocument.baseURI, baseUrl);
  const sites = new Set([siteOf(self), ...(address ? [siteOf(address)] : [])]);
  const seen = new Set([urlKey(self)]);
  const links: RelatedLink[] = [];
  for (const line of story.querySelectorAll(LINE_SELECTOR)) {
    const anchors = line.querySelectorAll('a[href]');
    const link = anchors[0];
    if (anchors.length !== 1 || !link || line.querySelector(LINE_SELECTOR)) continue;
    const url = cleanUrl(link.getAttribute('href') ?? '', baseUrl);
    if (!url || !sites.has(siteOf(url)) || isIndexOrFile(url) || !looksLikeArticle(url)) continue;
    const key = urlKey(url);
    const title = tidy(headlineText(link));
    if (seen.has(key) || !isStoryTitle(title) || wordCount(title) < HEADLINE_WORDS) continue;
    const rest = fold(collapse(line.textContent).replace(collapse(link.textContent), ' ').trim()).replace(LINE_LABEL, '');
    if (!LINE_RESIDUE.test(rest)) continue;
    seen.add(key);
    links.push({ title, url: url.href });
  }
  return links.slice(0, MAX_LINKS);
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
