/**
 * Every mention of every person in the live page, as spans over its text nodes: the page's DOM and
 * text are only read, never changed, so annotations go on top (CSS Custom Highlight API).
 */
import { pageDom } from '../dom';
import { runToEnd } from '../slices';
import { buildNameMatcher, type NameMatcher, type PersonForms } from './matcher';
import { isInsideSkipped, locate, readPageTextInSteps, textScope, type PageText, type TextPiece } from './page-text';

/** One mention as plain data: [startNode:startOffset, endNode:endOffset) may span several text nodes. */
export interface MentionSpan {
  personKey: string;
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

export interface Mention {
  personKey: string;
  range: Range;
}

export interface FindMentionsOptions {
  /** The article container; the body when absent. Mentions outside it (menus, related lists) are left alone. */
  root?: Element | null;
  /**
   * The elements the article was read from: only their own text is searched, so parts of the
   * container the reading dropped (share bars, teasers) are left alone too. All text when absent.
   */
  articleElements?: ReadonlySet<Element>;
}

/**
 * Mentions in document order. A mention is the full name or an alias, whole words only,
 * case-sensitive, with an optional possessive ("Putin's", "Putin’s") included; the longest form
 * wins. Text hidden, editable, in form controls or in our own UI (`data-backstory-ui`) is skipped.
 */
export function findMentionSpans(doc: Document, people: readonly PersonForms[], options: FindMentionsOptions = {}): MentionSpan[] {
  return runToEnd(mentionSpansInSteps(doc, people, options));
}

/**
 * `findMentionSpans` in small steps, for `runInSlices`: the article is read block by block, a few
 * hundred nodes at a time, and the rest of the page (menus, comments, ads) is never walked.
 */
export function* mentionSpansInSteps(doc: Document, people: readonly PersonForms[], options: FindMentionsOptions = {}): Generator<void, MentionSpan[]> {
  const matcher = buildNameMatcher(people);
  const { articleElements } = options;
  const roots = articleElements ? articleRoots(articleElements) : [options.root ?? pageDom(doc).body(doc)];
  const scope = articleElements ? textScope(articleElements) : undefined;
  const spans: MentionSpan[] = [];
  for (const root of roots) {
    if (!root || !matcher || isInsideSkipped(root)) continue;
    spans.push(...spansIn(yield* readPageTextInSteps(root, scope), matcher));
    yield;
  }
  return spans;
}

function spansIn({ text, pieces }: PageText, matcher: NameMatcher): MentionSpan[] {
  const spans: MentionSpan[] = [];
  let pieceIndex = 0;
  for (const match of text.matchAll(matcher.pattern)) {
    const personKey = matcher.ownerOf(match[0]);
    if (personKey === undefined) continue;
    const start = match.index;
    const end = start + match[0].length;
    pieceIndex = locate(pieces, start, pieceIndex);
    const first = pieces[pieceIndex] as TextPiece;
    const last = pieces[locate(pieces, end - 1, pieceIndex)] as TextPiece;
    spans.push({
      personKey,
      startNode: first.node,
      startOffset: first.nodeOffset + start - first.start,
      endNode: last.node,
      endOffset: last.nodeOffset + end - last.start,
    });
  }
  return spans;
}

/** The elements of `elements` still in the page and not inside another of them, in document order. */
export function articleRoots(elements: ReadonlySet<Element>): Element[] {
  const roots: Element[] = [];
  // Article blocks are page elements, a form perhaps, which may shadow any property of itself.
  const [first] = elements;
  if (!first) return roots;
  const dom = pageDom(first);
  for (const element of elements) {
    if (!dom.isConnected(element)) continue;
    let inside = false;
    for (let parent = dom.parentElement(element); parent && !inside; parent = dom.parentElement(parent)) inside = elements.has(parent);
    if (!inside) roots.push(element);
  }
  // A Set keeps insertion order, which need not be the page's.
  return roots.sort((a, b) => (dom.compareDocumentPosition(a, b) & FOLLOWING ? -1 : 1));
}

const FOLLOWING = 4;

export function spanToRange(span: MentionSpan): Range {
  const dom = pageDom(span.startNode);
  const range = dom.createRange(dom.ownerDocument(span.startNode));
  range.setStart(span.startNode, span.startOffset);
  range.setEnd(span.endNode, span.endOffset);
  return range;
}

/** A live Range per mention, for highlights and hit-testing. */
export function toMentions(spans: readonly MentionSpan[]): Mention[] {
  return spans.map((span) => ({ personKey: span.personKey, range: spanToRange(span) }));
}
