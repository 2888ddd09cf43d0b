/**
 * The one typed protocol between the extension's contexts. Every request is a verb-first message
 * with a typed payload and reply; the receiver validates the payload before acting on it.
 */
import { MAX_SNAPSHOT_CHARS } from '../page/snapshot';
import type { Analysis, Extraction, NotAnArticle } from '../types';

/** From a content script: a snapshot of its page (lib/page/snapshot.ts) to read and analyze. */
export interface AnalyzePageRequest {
  type: 'analyzePage';
  html: string;
  url: string;
}

/** From a content script: the page in its tab is not an article, and why (the side panel says so). */
export interface RecordNotArticleRequest {
  type: 'recordNotArticle';
  reason: string;
}

/** From an extension page (the side panel): the analysis of the article open in a tab, if any. */
export interface GetTabAnalysisRequest {
  type: 'getTabAnalysis';
  tabId: number;
}

export type Request = AnalyzePageRequest | RecordNotArticleRequest | GetTabAnalysisRequest;

/** A page's analysis, and where in the page's snapshot the article was read from (to mark names there only). */
export interface PageAnalysis {
  analysis: Analysis;
  articleElements: number[];
}

export interface Replies {
  analyzePage: PageAnalysis;
  recordNotArticle: NotAnArticle;
  getTabAnalysis: Analysis | null;
}

/**
 * From the background to the page reader (Chrome's offscreen document, which has the DOM parser a
 * service worker lacks): read a snapshot. Its own union, since the reader ignores everything else.
 */
export interface ReadSnapshotRequest {
  type: 'readSnapshot';
  html: string;
  url: string;
}

export interface ReaderReplies {
  readSnapshot: Extraction;
}

export type ErrorReply = { error: string };

const isString = (value: unknown): value is string => typeof value === 'string';
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A record with exactly these own keys. Unknown keys are refused rather than passed on: both ends
 * ship in one bundle, so an extra key means a caller out of step with this file, and that should
 * fail loudly here, not be carried silently into the analysis.
 */
const hasExactKeys = (value: unknown, keys: readonly string[]): value is Record<string, unknown> =>
  isRecord(value) && Object.keys(value).length === keys.length && keys.every((key) => Object.hasOwn(value, key));

const isSnapshot = (html: unknown): html is string => isString(html) && html.length <= MAX_SNAPSHOT_CHARS;

function isWebAddress(value: unknown): value is string {
  if (!isString(value)) return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Returns the request if `message` is a well-formed one, else null. */
/** Reasons are one sentence written by the extraction; anything longer did not come from it. */
const MAX_REASON_LENGTH = 500;

export function parseRequest(message: unknown): Request | null {
  if (hasExactKeys(message, ['type', 'html', 'url']) && message.type === 'analyzePage' && isSnapshot(message.html) && isWebAddress(message.url)) {
    return { type: 'analyzePage', html: message.html, url: message.url };
  }
  if (hasExactKeys(message, ['type', 'reason']) && message.type === 'recordNotArticle' && isString(message.reason) && message.reason.length <= MAX_REASON_LENGTH) {
    return { type: 'recordNotArticle', reason: message.reason };
  }
  if (hasExactKeys(message, ['type', 'tabId']) && message.type === 'getTabAnalysis' && Number.isSafeInteger(message.tabId) && (message.tabId as number) >= 0) {
    return { type: 'getTabAnalysis', tabId: message.tabId as number };
  }
  return null;
}

/** Returns the reader's request if `message` is a well-formed one, else null. */
export function parseReaderRequest(message: unknown): ReadSnapshotRequest | null {
  if (hasExactKeys(message, ['type', 'html', 'url']) && message.type === 'readSnapshot' && isSnapshot(message.html) && isWebAddress(message.url)) {
    return { type: 'readSnapshot', html: message.html, url: message.url };
  }
  return null;
}
