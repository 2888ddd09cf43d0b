/**
 * A copy of the live page as HTML, made in short slices so the page's main thread never waits on it.
 * Reading the article (Readability) is the heaviest step of the pipeline; the copy lets it run in the
 * extension's own process instead of on the page. Every element in the copy carries its position in
 * document order, so what the reading keeps can be found again in the live page.
 */
import { ELEMENT_NODE, pageDom, TEXT_NODE, UI_HOST_ATTRIBUTE, type PageDom } from '../dom';
import { runInSlices, type Slicing } from '../slices';

export const SNAPSHOT_INDEX_ATTRIBUTE = 'data-backstory-index';

export interface PageSnapshot {
  html: string;
  /** The live elements in document order: `elements[i]` carries index i in `html`. */
  elements: Element[];
  /** The page was longer than the limit; `html` holds its beginning. */
  truncated: boolean;
}

/** Browsers pass messages of up to 64 MiB; a page's HTML beyond this is ads and comments, not article. */
export const MAX_SNAPSHOT_CHARS = 12_000_000;
/** Nodes are tiny units: the clock is read once per this many. */
const NODES_PER_CLOCK_READ = 128;

const VOID_ELEMENTS = new Set('area base br col embed hr img input keygen link meta param source track wbr'.split(' '));
/** Elements whose text the HTML parser reads raw: written back unescaped. */
const RAW_TEXT_ELEMENTS = new Set('style script xmp iframe noembed noframes plaintext noscript'.split(' '));
/** Nothing in these helps to read an article. */
const LEFT_OUT_ELEMENTS = new Set(['style', 'template']);
/** Structured data (JSON-LD) is the one kind of script the reading uses. */
const isKeptScript = (dom: PageDom, element: Element): boolean => /^application\/ld\+json$/i.test(dom.getAttribute(element, 'type')?.trim() ?? '');
/**
 * Elements whose `name` (or, for form controls and images, `id`) the copy's document or form
 * would expose as a property, shadowing the DOM's own ("DOM clobbering"): the reading calls those.
 */
const NAMED_PROPERTY_ELEMENTS = new Set('form img iframe embed object button fieldset input output select textarea'.split(' '));
const ID_PROPERTY_ELEMENTS = new Set('img embed object button fieldset input output select textarea'.split(' '));

/** Whether the copy leaves out `attribute` of an element named `localName`. */
function isLeftOutAttribute(localName: string, attribute: string): boolean {
  // A page's own index attribute would point at the wrong element.
  if (attribute === SNAPSHOT_INDEX_ATTRIBUTE || !SAFE_ATTRIBUTE_NAME.test(attribute)) return true;
  if (attribute === 'name') return NAMED_PROPERTY_ELEMENTS.has(localName);
  return attribute === 'id' && ID_PROPERTY_ELEMENTS.has(localName);
}
/** Attribute names the HTML parser reads back as one name. */
const SAFE_ATTRIBUTE_NAME = /^[^\s"'<>/=\p{Cc}]+$/u;

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\u00a0/g, '&nbsp;');

function isLeftOut(dom: PageDom, element: Element, localName: string): boolean {
  if (dom.hasAttribute(element, UI_HOST_ATTRIBUTE)) return true;
  // Scripts can be large and tell nothing, except structured data.
  if (localName === 'script') return !isKeptScript(dom, element);
  // A stylesheet link says nothing about the article; other links (canonical, author) do.
  if (localName === 'link') return /\bstylesheet\b/i.test(dom.getAttribute(element, 'rel') ?? '');
  return LEFT_OUT_ELEMENTS.has(localName);
}

function openingTag(dom: PageDom, element: Element, localName: string, index: number): string {
  let tag = `<${localName}`;
  for (const attribute of dom.attributes(element)) {
    if (isLeftOutAttribute(localName, attribute.name)) continue;
    tag += ` ${attribute.name}="${escapeAttribute(attribute.value)}"`;
  }
  return `${tag} ${SNAPSHOT_INDEX_ATTRIBUTE}="${index}">`;
}

/** The closing tag of an element whose children are written. A class, so no page node passes for one. */
class ClosingTag {
  constructor(readonly html: string) {}
}

/** A step of the walk: a node to write, or a closing tag. */
type Step = Node | ClosingTag;

/**
 * Copies `document` in slices (see lib/slices.ts). The page may change between slices; the copy
 * is then a mix of before and after, which is fine for reading it.
 */
export function snapshotDocument(document: Document, slicing: Slicing, maxChars = MAX_SNAPSHOT_CHARS): Promise<PageSnapshot> {
  return runInSlices(writeSnapshot(document, Math.min(maxChars, MAX_SNAPSHOT_CHARS)), slicing, NODES_PER_CLOCK_READ);
}

/** Writes the page as HTML, one node per step, stopping before `maxChars`. */
export function* writeSnapshot(document: Document, maxChars: number): Generator<void, PageSnapshot> {
  const parts: string[] = [];
  const elements: Element[] = [];
  let length = 0;
  /** Adds `part` unless it would pass the limit; false then, and the copy ends there. */
  const write = (part: string): boolean => {
    if (length + part.length > maxChars) return false;
    parts.push(part);
    length += part.length;
    return true;
  };
  const truncated = (): PageSnapshot => ({ html: parts.join(''), elements, truncated: true });
  write('<!DOCTYPE html>');
  // The page is read through the DOM's prototypes: its forms and images may shadow any property.
  const dom = pageDom(document);
  const root = dom.documentElement(document);
  const stack: Step[] = root ? [root] : [];
  while (stack.length > 0) {
    yield;
    const step = stack.pop() as Step;
    if (step instanceof ClosingTag) {
      if (!write(step.html)) return truncated();
      continue;
    }
    const nodeType = dom.nodeType(step);
    if (nodeType === TEXT_NODE) {
      const parent = dom.parentElement(step);
      const text = (step as Text).data;
      if (!write(parent && RAW_TEXT_ELEMENTS.has(dom.localName(parent)) ? text : escapeText(text))) return truncated();
      continue;
    }
    if (nodeType !== ELEMENT_NODE) continue;
    const element = step as Element;
    const localName = dom.localName(element);
    if (isLeftOut(dom, element, localName)) continue;
    if (!write(openingTag(dom, element, localName, elements.length))) return truncated();
    elements.push(element);
    if (VOID_ELEMENTS.has(localName)) continue;
    stack.push(new ClosingTag(`</${localName}>`));
    // Children go on the stack last-first so they come off in document order.
    for (let child = dom.lastChild(element); child; child = dom.previousSibling(child)) stack.push(child);
  }
  return { html: parts.join(''), elements, truncated: false };
}

const positionOf = (element: Element): number | null => {
  const value = element.getAttribute(SNAPSHOT_INDEX_ATTRIBUTE) ?? '';
  return /^\d{1,9}$/.test(value) ? Number(value) : null;
};

const holdsText = (element: Element): boolean => Array.from(element.childNodes).some((node) => node.nodeType === TEXT_NODE && /\S/.test(node.nodeValue ?? ''));

/**
 * The snapshot positions of `reading` (an article read from a copy of `snapshot`) and the
 * elements inside it, in document order (none outside a snapshot). Readability wraps loose text in
 * elements of its own, which carry no position: for such text, every element of the snapshot
 * inside the nearest element that has one is taken, since its text is there somewhere.
 */
export function snapshotPositions(reading: Element, snapshot: Document): number[] {
  const positions = new Set<number>();
  const surrounding = new Set<number>();
  for (const element of [reading, ...Array.from(reading.querySelectorAll('*'))]) {
    const position = positionOf(element);
    if (position !== null) positions.add(position);
    else if (holdsText(element)) {
      let ancestor = element.parentElement;
      let around: number | null = null;
      while (ancestor && (around = positionOf(ancestor)) === null) ancestor = ancestor.parentElement;
      if (around !== null) surrounding.add(around);
    }
  }
  for (const around of surrounding) {
    const original = snapshot.querySelector(`[${SNAPSHOT_INDEX_ATTRIBUTE}="${around}"]`);
    for (const element of original ? original.querySelectorAll(`[${SNAPSHOT_INDEX_ATTRIBUTE}]`) : []) {
      const position = positionOf(element);
      if (position !== null) positions.add(position);
    }
  }
  return [...positions].sort((a, b) => a - b);
}
