import { ELEMENT_NODE, INVISIBLE_CHARACTERS, pageDom, UI_HOST_ATTRIBUTE, type PageDom } from '../dom';

/**
 * The visible text of a live page region as one string, with a map back to its text nodes, read in
 * one TreeWalker pass and without touching the page. The page's nodes are read through the DOM's
 * prototypes (`pageDom`): a form on the page may shadow any property of itself.
 */

/** A run of a text node's data, [nodeOffset, nodeOffset + length), placed at `start` in the joined text. */
export interface TextPiece {
  node: Text;
  nodeOffset: number;
  start: number;
}

export interface PageText {
  /** Text of every kept node in document order; blocks and link edges are parted by BREAK. */
  text: string;
  /** In document order, so in order of `start`. */
  pieces: TextPiece[];
}

// U+001E (record separator): neither a letter nor whitespace, so no name matches across it, and
// plain ASCII: Chrome refuses a content script that contains a Unicode noncharacter such as U+FFFF.
const BREAK = '\u001E';
const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}]$/u;

// Numeric DOM constants: the global NodeFilter does not exist outside a browser window.
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;

/** What a reader never sees as article text, or what is not the page's to annotate. */
const SKIPPED_TAGS = new Set(
  'script style noscript template textarea input select option svg math iframe object embed noembed noframes head title'.split(' '),
);
/** Elements that do not break a line: a name may run across them ("Vladimir <b>Putin</b>"). */
const INLINE_TAGS = new Set(
  'a abbr b bdi bdo cite code data del dfn em font i ins kbd label mark nobr q s samp small span strong sub sup time tt u var wbr'.split(' '),
);

function isSkippedElement(dom: PageDom, element: Element): boolean {
  if (SKIPPED_TAGS.has(dom.localName(element))) return true;
  if (dom.hasAttribute(element, 'hidden') || dom.hasAttribute(element, UI_HOST_ATTRIBUTE)) return true;
  if (dom.getAttribute(element, 'aria-hidden') === 'true') return true;
  const editable = dom.getAttribute(element, 'contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/** True when `root` or one of its ancestors is skipped, so nothing inside it may be annotated. */
export function isInsideSkipped(root: Element): boolean {
  const dom = pageDom(root);
  for (let element: Element | null = root; element; element = dom.parentElement(element)) {
    if (isSkippedElement(dom, element)) return true;
  }
  return false;
}

interface Container {
  /** Nearest ancestor that breaks lines (or the root). */
  block: Node;
  /** Nearest link inside that block, if any. */
  link: Node | null;
}

function containerOf(dom: PageDom, node: Node, root: Element): Container {
  let link: Node | null = null;
  for (let current = dom.parentNode(node); current && current !== root; current = dom.parentNode(current)) {
    if (dom.nodeType(current) !== ELEMENT_NODE) continue;
    const tag = dom.localName(current as Element);
    if (!INLINE_TAGS.has(tag)) return { block: current, link };
    if (tag === 'a' && link === null) link = current;
  }
  return { block: root, link };
}

/** Pages often omit the space at a link's edge ("<a>Alexis Madrigal</a>reports"), yet readers see two words. */
function needsBreak(previous: Container | null, current: Container, lastCharacter: string, next: string): boolean {
  if (previous === null) return false;
  if (previous.block !== current.block) return true;
  return previous.link !== current.link && WORD_CHARACTER.test(lastCharacter) && WORD_CHARACTER.test(next.charAt(0));
}

/** Limits the text read to the text directly inside some elements (the article's, say). */
export interface TextScope {
  elements: ReadonlySet<Element>;
  /** Their ancestors: the only other elements worth walking into. */
  ancestors: ReadonlySet<Element>;
}

export function textScope(elements: ReadonlySet<Element>): TextScope {
  const ancestors = new Set<Element>();
  for (const element of elements) {
    const dom = pageDom(element);
    for (let parent = dom.parentElement(element); parent && !ancestors.has(parent); parent = dom.parentElement(parent)) ancestors.add(parent);
  }
  return { elements, ancestors };
}

/** How many nodes one step of `readPageTextInSteps` walks. */
const NODES_PER_STEP = 256;

/**
 * The visible text under `root`, a few hundred nodes per step (for `runInSlices`). With a scope, subtrees that
 * hold none of its elements (comments, ads, menus) are not even walked.
 */
export function* readPageTextInSteps(root: Element, scope?: TextScope): Generator<void, PageText> {
  const dom = pageDom(root);
  const walker = dom.createTreeWalker(dom.ownerDocument(root), root, SHOW_ELEMENT | SHOW_TEXT, (node: Node) => {
    if (dom.nodeType(node) !== ELEMENT_NODE) return !scope || scope.elements.has(dom.parentNode(node) as Element) ? FILTER_ACCEPT : FILTER_SKIP;
    const element = node as Element;
    if (isSkippedElement(dom, element)) return FILTER_REJECT;
    if (scope && !scope.elements.has(element) && !scope.ancestors.has(element)) return FILTER_REJECT;
    return dom.localName(element) === 'br' ? FILTER_ACCEPT : FILTER_SKIP;
  });
  // Parts joined once at the end: testing a growing string's last character would flatten it each time.
  const parts: string[] = [];
  const pieces: TextPiece[] = [];
  let length = 0;
  let lastCharacter = '';
  const push = (part: string, piece: Omit<TextPiece, 'start'> | null): void => {
    if (part.length === 0) return;
    if (piece) pieces.push({ ...piece, start: length });
    parts.push(part);
    length += part.length;
    lastCharacter = part.charAt(part.length - 1);
  };
  let previous: Container | null = null;
  let walked = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++walked % NODES_PER_STEP === 0) yield;
    if (dom.nodeType(node) === ELEMENT_NODE) {
      push(BREAK, null); // <br>
      continue;
    }
    const textNode = node as Text;
    const data = textNode.data;
    if (data.length === 0) continue;
    const container = containerOf(dom, textNode, root);
    if (needsBreak(previous, container, lastCharacter, data)) push(BREAK, null);
    previous = container;
    let nodeOffset = 0;
    for (const invisible of data.matchAll(INVISIBLE_CHARACTERS)) {
      push(data.slice(nodeOffset, invisible.index), { node: textNode, nodeOffset });
      nodeOffset = invisible.index + invisible[0].length;
    }
    push(data.slice(nodeOffset), { node: textNode, nodeOffset });
  }
  return { text: parts.join(''), pieces };
}

/** The index of the piece holding `offset` of the joined text, searching forward from `pieceIndex`. */
export function locate(pieces: readonly TextPiece[], offset: number, pieceIndex: number): number {
  let index = pieceIndex;
  while (index + 1 < pieces.length && (pieces[index + 1] as TextPiece).start <= offset) index += 1;
  return index;
}
