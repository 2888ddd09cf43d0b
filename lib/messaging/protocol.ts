/**
 * The one typed protocol between the extension's contexts. Every request is a verb-first message
 * with a typed payload and reply; the receiver validates the payload before acting on it.
 */
import { isIdentity } from '../history/identity';
import { isTimestamp } from '../history/timestamp';
import type { ArchiveExport, PersonCoverage, PersonPossibleMatches, RelatedArticle } from '../history/types';
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

/**
 * From a content script, inside the click on the hover card's button: open the side panel beside
 * the tab and focus this person there. Chrome lets the click's user gesture carry over to the
 * background's message listener, so the panel must be opened there before anything is awaited.
 */
export interface OpenSidePanelRequest {
  type: 'openSidePanel';
  personKey: string;
}

/** From a content script (Firefox's card, where a click cannot open the sidebar): the keys that open it, as the reader set them. */
export interface GetPanelShortcutRequest {
  type: 'getPanelShortcut';
}

export type Request = AnalyzePageRequest | RecordNotArticleRequest | GetTabAnalysisRequest | OpenSidePanelRequest | GetPanelShortcutRequest | HistoryRequest;

/** A page's analysis, and where in the page's snapshot the article was read from (to mark names there only). */
export interface PageAnalysis {
  analysis: Analysis;
  articleElements: number[];
}

export interface Replies {
  analyzePage: PageAnalysis;
  recordNotArticle: NotAnArticle;
  getTabAnalysis: Analysis | null;
  openSidePanel: { opened: true };
  /** null: the reader removed the shortcut. */
  getPanelShortcut: { shortcut: string | null };
  /** null: the tab holds no article analysis. */
  getTabHistory: TabHistory | null;
  deleteArchivedArticle: { deleted: true };
  correctIdentity: { corrected: true };
  splitArticles: { split: true };
  deleteArchive: { deleted: true };
  deleteArticlesSeenBefore: { deleted: number };
  exportArchive: ArchiveExport;
  importArchive: { articles: number; corrections: number };
  getArchiveSummary: { articles: number };
}

/**
 * The reader's history, asked for by extension pages only (the side panel, the options page): it
 * tells what the reader has read, so no content script, which runs beside the page, may ask.
 */
export type HistoryRequest =
  /** The earlier coverage and related articles of the article open in a tab. */
  | { type: 'getTabHistory'; tabId: number }
  | { type: 'deleteArchivedArticle'; url: string }
  /** The reader says two identities are (or are not) the same person. */
  | { type: 'correctIdentity'; a: string; b: string; same: boolean }
  /** The reader says two archived articles naming one full name (`identity`) are about two different people. */
  | { type: 'splitArticles'; identity: string; urls: [string, string] }
  | { type: 'deleteArchive' }
  /** The articles last seen before `before` (an ISO time as Date.toISOString writes it). */
  | { type: 'deleteArticlesSeenBefore'; before: string }
  | { type: 'exportArchive' }
  /** A parsed archive file: its shape is checked by the store, its size here. */
  | { type: 'importArchive'; file: unknown }
  | { type: 'getArchiveSummary' };

/** What became of recording a tab's article into the reader's history, for the side panel to say. */
export type RecordingOutcome =
  | { kind: 'recorded' }
  | { kind: 'paused' }
  | { kind: 'private-window' }
  | { kind: 'excluded'; site: string }
  /** The tab brought more new articles in a minute than a reader reads (a page changing its address in a loop). */
  | { kind: 'too-many'; perMinute: number }
  /** The analysis was kept; the archive was not written (no room left, database blocked). */
  | { kind: 'failed'; message: string };

export interface TabHistory {
  coverage: PersonCoverage[];
  related: RelatedArticle[];
  /** Per person, archived articles that may name them otherwise, for the reader to say whether they do. */
  possibleMatches: PersonPossibleMatches[];
  /** null: the tab's article was analyzed before this background started keeping outcomes. */
  recording: RecordingOutcome | null;
  /**
   * The tab's article's address in the archive, or null when the archive does not keep it (read
   * in a private window, or while recording was paused): only a kept article can be told apart
   * from another of the same name.
   */
  keptUrl: string | null;
}

/** From the side panel: scroll the page to this person's next mention after the reading position, and flash it. */
export interface ShowPersonRequest {
  type: 'showPerson';
  personKey: string;
}

/** From the background (keyboard shortcut): scroll the page to the next mention of anyone after the reading position. */
export interface ShowNextMentionRequest {
  type: 'showNextMention';
}

/** From the background (context menu): the person whose name was under the pointer when the page's menu opened. */
export interface GetContextMenuPersonRequest {
  type: 'getContextMenuPerson';
}

/** Requests a tab's content script accepts (sent with `tabs.sendMessage`); kept apart from the background's. */
export type ContentRequest = ShowPersonRequest | ShowNextMentionRequest | GetContextMenuPersonRequest;

/** Where the page went: the `ordinal`-th of the person's `total` mentions that can be seen in the page. */
export interface ShownMention {
  personKey: string;
  name: string;
  ordinal: number;
  total: number;
}

export interface ContentReplies {
  showPerson: ShownMention;
  showNextMention: ShownMention;
  /** null: the menu was opened somewhere else than on a name. */
  getContextMenuPerson: { personKey: string | null };
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

/** Reasons are one sentence written by the extraction; anything longer did not come from it. */
const MAX_REASON_LENGTH = 500;
/** Person keys are a lower-cased name; anything longer is not one. */
const MAX_PERSON_KEY_LENGTH = 200;

const isPersonKey = (value: unknown): value is string => isString(value) && value.length > 0 && value.length <= MAX_PERSON_KEY_LENGTH;

/** Archive files are a few megabytes for years of reading; far larger ones were not written by Backstory. */
export const MAX_ARCHIVE_FILE_CHARS = 50_000_000;
/** Far longer than any article address; a longer one did not come from the archive. */
const MAX_URL_LENGTH = 8_000;

const isTabId = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

function isArchiveFile(file: unknown): boolean {
  if (!isRecord(file)) return false;
  try {
    return JSON.stringify(file).length <= MAX_ARCHIVE_FILE_CHARS;
  } catch {
    // Cycles and BigInts cannot be in a parsed JSON file.
    return false;
  }
}

const isArticleAddress = (value: unknown): value is string => isWebAddress(value) && value.length <= MAX_URL_LENGTH;

/** Two different article addresses. */
const isArticlePair = (value: unknown): value is [string, string] =>
  Array.isArray(value) && value.length === 2 && value.every(isArticleAddress) && value[0] !== value[1];

function parseHistoryRequest(message: unknown): HistoryRequest | null {
  if (hasExactKeys(message, ['type', 'tabId']) && message.type === 'getTabHistory' && isTabId(message.tabId)) {
    return { type: 'getTabHistory', tabId: message.tabId };
  }
  if (hasExactKeys(message, ['type', 'url']) && message.type === 'deleteArchivedArticle' && isWebAddress(message.url) && message.url.length <= MAX_URL_LENGTH) {
    return { type: 'deleteArchivedArticle', url: message.url };
  }
  if (
    hasExactKeys(message, ['type', 'a', 'b', 'same']) &&
    message.type === 'correctIdentity' &&
    isPersonKey(message.a) &&
    isPersonKey(message.b) &&
    message.a !== message.b &&
    typeof message.same === 'boolean'
  ) {
    return { type: 'correctIdentity', a: message.a, b: message.b, same: message.same };
  }
  if (hasExactKeys(message, ['type', 'identity', 'urls']) && message.type === 'splitArticles' && isIdentity(message.identity) && isArticlePair(message.urls)) {
    return { type: 'splitArticles', identity: message.identity, urls: [message.urls[0], message.urls[1]] };
  }
  if (hasExactKeys(message, ['type']) && (message.type === 'deleteArchive' || message.type === 'exportArchive' || message.type === 'getArchiveSummary')) {
    return { type: message.type };
  }
  if (hasExactKeys(message, ['type', 'before']) && message.type === 'deleteArticlesSeenBefore' && isTimestamp(message.before)) {
    return { type: 'deleteArticlesSeenBefore', before: message.before };
  }
  if (hasExactKeys(message, ['type', 'file']) && message.type === 'importArchive' && isArchiveFile(message.file)) {
    return { type: 'importArchive', file: message.file };
  }
  return null;
}

/** Returns the request if `message` is a well-formed one, else null. */
export function parseRequest(message: unknown): Request | null {
  if (hasExactKeys(message, ['type', 'html', 'url']) && message.type === 'analyzePage' && isSnapshot(message.html) && isWebAddress(message.url)) {
    return { type: 'analyzePage', html: message.html, url: message.url };
  }
  if (hasExactKeys(message, ['type', 'reason']) && message.type === 'recordNotArticle' && isString(message.reason) && message.reason.length <= MAX_REASON_LENGTH) {
    return { type: 'recordNotArticle', reason: message.reason };
  }
  if (hasExactKeys(message, ['type', 'tabId']) && message.type === 'getTabAnalysis' && isTabId(message.tabId)) {
    return { type: 'getTabAnalysis', tabId: message.tabId };
  }
  if (hasExactKeys(message, ['type', 'personKey']) && message.type === 'openSidePanel' && isPersonKey(message.personKey)) {
    return { type: 'openSidePanel', personKey: message.personKey };
  }
  if (hasExactKeys(message, ['type']) && message.type === 'getPanelShortcut') return { type: 'getPanelShortcut' };
  return parseHistoryRequest(message);
}

/** Returns the content-script request if `message` is a well-formed one, else null. */
export function parseContentRequest(message: unknown): ContentRequest | null {
  if (hasExactKeys(message, ['type', 'personKey']) && message.type === 'showPerson' && isPersonKey(message.personKey)) {
    return { type: 'showPerson', personKey: message.personKey };
  }
  if (hasExactKeys(message, ['type']) && (message.type === 'showNextMention' || message.type === 'getContextMenuPerson')) {
    return { type: message.type };
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
