/**
 * Every mention of every person in the live page, as spans over its text nodes: the page's DOM and
 * text are only read, never changed, so annotations go on top (CSS Custom Highlight API).
 */
import { buildNameMatcher, type PersonForms } from './matcher';
import { isInsideSkipped, locate, readPageText, type TextPiece } from './page-text';

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
}

/**
 * Mentions in document order. A mention is the full name or an alias, whole words only,
 * case-sensitive, with an optional possessive ("Putin's", "Putin’s") included; the longest form
 * wins. Text hidden, editable, in form controls or in our own UI (`data-backstory-ui`) is skipped.
 */
export function findMentionSpans(
  doc: Document,
  people: readonly PersonForms[],
  options: FindMentionsOptions = {},
): MentionSpan[] {
  const root = options.root ?? doc.body;
  const matcher = buildNameMatcher(people);
  if (!root || !matcher || isInsideSkipped(root)) return [];
  const { text, pieces } = readPageText(root);
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

export function spanToRange(span: MentionSpan): Range {
  const range = span.startNode.ownerDocument.createRange();
  range.setStart(span.startNode, span.startOffset);
  range.setEnd(span.endNode, span.endOffset);
  return range;
}

/** `findMentionSpans` with a live Range per mention, for highlights and hit-testing. */
export function findMentionRanges(
  doc: Document,
  people: readonly PersonForms[],
  options: FindMentionsOptions = {},
): Mention[] {
  return findMentionSpans(doc, people, options).map((span) => ({ personKey: span.personKey, range: spanToRange(span) }));
}
