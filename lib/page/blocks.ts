/** The text blocks of an extracted article body, in reading order, with what is not article text removed. */
import { ELEMENT_NODE, INVISIBLE_CHARACTERS, TEXT_NODE } from '../dom';
import { cleanAuthorNames } from './authors';
import { DATELINE_NOISE } from './dates';

export interface TextBlock {
  text: string;
  /** Share of the block's characters that sit inside links. */
  linkShare: number;
}

const BLOCK_TAGS = new Set(
  'address article aside blockquote caption dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(' '),
);
const SKIPPED_TAGS = new Set(
  'script style noscript template iframe object embed svg math button select input textarea option canvas video audio'.split(' '),
);
const BOILERPLATE =
  /^(?:advertisement|advertising|ad|sponsored(?: content)?|share(?: this(?: article| story| page)?| on \w+)?|tweet|email|print|comments?|read more|continue reading|story continues below(?: advertisement)?|related(?: articles| stories| content| coverage| links)?|more on this (?:story|topic)|see also|follow us.*|sign up.*|subscribe.*|click here.*|image copyright.*|(?:image|photo|picture) (?:credit|source).*|copyright .*|all rights reserved.*)[.:!]?$/i;
const LINK_BOX_LABEL =
  /^(?:related|read more|read also|also read|see also|more on|more from|further reading|recommended|you may also like|watch|listen)\b[^:]{0,40}:/i;
const BYLINE_START = /^(?:by|par|von|por)\s/i;
const BYLINE_LOWERCASE_WORDS = new Set('by and in at of for on from with the de von van et avec par updated published'.split(' '));

const nonSpaceLength = (text: string): number => text.replace(/\s+/g, '').length;

/**
 * Splits `root` into blocks at block elements and at `<br><br>` (Readability leaves such text in one
 * div). Text inside links is kept: names are often linked.
 */
export function readTextBlocks(root: Element): TextBlock[] {
  const blocks: TextBlock[] = [];
  let parts: string[] = [];
  let chars = 0;
  let linkChars = 0;
  let brPending = false;

  const flush = (): void => {
    // Soft hyphens and zero-width characters are invisible in the page but split words for the analysis.
    const text = parts.join('').replace(INVISIBLE_CHARACTERS, '').replace(/\s+/g, ' ').trim();
    if (text) blocks.push({ text, linkShare: chars > 0 ? linkChars / chars : 0 });
    parts = [];
    chars = linkChars = 0;
    brPending = false;
  };

  // Pages often omit the space at a link's edge ("<a>Alexis Madrigal</a>reports"); the link edge
  // is a word boundary, so glued words are split there.
  let linkEdge = false;
  const visit = (node: Node, inLink: boolean): void => {
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? '';
      if (linkEdge && /^[\p{L}\p{N}]/u.test(text) && /[\p{L}\p{N}]$/u.test(parts.at(-1) ?? '')) parts.push(' ');
      linkEdge = false;
      parts.push(text);
      const length = nonSpaceLength(text);
      if (length === 0) return;
      brPending = false;
      chars += length;
      if (inLink) linkChars += length;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.localName;
    if (SKIPPED_TAGS.has(tag) || element.hasAttribute('hidden')) return;
    if (tag === 'br') {
      if (brPending) flush();
      else {
        brPending = true;
        parts.push(' ');
      }
      return;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) flush();
    if (tag === 'a') linkEdge = true;
    for (let child = element.firstChild; child; child = child.nextSibling) visit(child, inLink || tag === 'a');
    if (tag === 'a') linkEdge = true;
    if (isBlock) flush();
  };

  visit(root, false);
  flush();
  return blocks;
}

/** What a block is compared with to recognise the page's own title and byline. */
export interface BodyContext {
  title: string;
  authors: string[];
}

function isBylineLine(text: string, authors: string[]): boolean {
  if (text.length > 120) return false;
  if (BYLINE_START.test(text)) {
    const words = text.split(/\s+/).map((word) => word.replace(/[^\p{L}]/gu, ''));
    return words.every((word) => !/^\p{Ll}/u.test(word) || BYLINE_LOWERCASE_WORDS.has(word.toLowerCase()));
  }
  const names = cleanAuthorNames(text);
  const known = new Set(authors.map((author) => author.toLowerCase()));
  return names.length > 0 && text.length < 80 && names.every((name) => known.has(name.toLowerCase()));
}

function isDatelineOnly(text: string): boolean {
  return text.length <= 100 && /\d/.test(text) && !/\p{L}/u.test(text.replace(DATELINE_NOISE, ''));
}

function isNotArticleText(block: TextBlock, context: BodyContext): boolean {
  const { text, linkShare } = block;
  if (linkShare >= 0.8) return true;
  if (LINK_BOX_LABEL.test(text) && linkShare >= 0.4) return true;
  if (text.length <= 100 && BOILERPLATE.test(text)) return true;
  return isDatelineOnly(text) || isBylineLine(text, context.authors);
}

/** Article paragraphs: whitespace-normalised, without bylines, datelines, link boxes, boilerplate or repeats. */
export function articleParagraphs(blocks: TextBlock[], context: BodyContext): string[] {
  const seen = new Set<string>([context.title.toLowerCase()]);
  const paragraphs: string[] = [];
  for (const block of blocks) {
    const key = block.text.toLowerCase();
    if (seen.has(key) || isNotArticleText(block, context)) continue;
    seen.add(key);
    paragraphs.push(block.text);
  }
  return paragraphs;
}
