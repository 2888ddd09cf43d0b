import { analyzeText } from '../analyze';
import { errorMessage } from '../error-message';
import type { HistoryStore } from '../history/types';
import type { Analysis, Extraction } from '../types';
import { handleHistoryRequest, isHistoryRequest, recordReading, type ArchiveServices } from './history-requests';
import { parseRequest, type ErrorReply, type Replies } from './protocol';

/** Where the background keeps each tab's analysis while the tab is open. */
export interface AnalysisStore {
  save(tabId: number, analysis: Analysis): Promise<void>;
  load(tabId: number): Promise<Analysis | null>;
}

/** What the background answers with. */
export interface BackgroundServices {
  store: AnalysisStore;
  /** Reads a page snapshot where a DOM parser exists (Firefox's background page, Chrome's offscreen document). */
  readPage(html: string, url: string): Promise<Extraction>;
  panel: SidePanelControl;
  /** The reader's archive (IndexedDB), and what recording into it needs. */
  history: HistoryStore;
  archive: ArchiveServices;
}

/** Who sent a message, as the browser reports it. */
export interface Sender {
  /** The tab of a content script; null for the extension's own pages. */
  tabId: number | null;
  /** The message comes from this extension (its content scripts or pages), not another one. */
  fromThisExtension: boolean;
  /** The tab is in a private window: nothing from it is recorded. */
  incognito: boolean;
}

/** What the background can do with the side panel (browser APIs, so injected). */
export interface SidePanelControl {
  /** Opens the panel beside the tab. Called before anything is awaited: the browser allows it only inside the reader's click. */
  open(tabId: number): Promise<void>;
  /** Asks the panel to show this person (kept until the panel picks it up). */
  focus(tabId: number, personKey: string): Promise<void>;
  /** The keys that open the panel, or null when the reader removed them. */
  shortcut(): Promise<string | null>;
}

/**
 * The background's answer to one message: sender checked, payload validated, then dispatched.
 * Content scripts may only hand in their own tab's article; only extension pages may read a tab's
 * analysis, since it tells what the reader is reading.
 */
export async function handleRequest(message: unknown, sender: Sender, services: BackgroundServices): Promise<Replies[keyof Replies] | ErrorReply> {
  if (!sender.fromThisExtension) return { error: 'Unknown sender' };
  const request = parseRequest(message);
  if (!request) return { error: 'Malformed request' };
  if (isHistoryRequest(request)) return handleHistoryRequest(request, sender, services);
  const { store, panel } = services;
  switch (request.type) {
    case 'analyzePage': {
      if (sender.tabId === null) return { error: 'analyzePage comes from a tab' };
      const extraction = await readPageOrSayWhy(services, request.html, request.url);
      const analysis: Analysis = extraction.isArticle ? analyzeText(extraction.article) : { isArticle: false, reason: extraction.reason };
      // Before the analysis is saved: the side panel, woken by that change, then finds the outcome too.
      await recordReading(analysis, extraction.isArticle ? extraction.article.paragraphs : [], { id: sender.tabId, incognito: sender.incognito }, services);
      await store.save(sender.tabId, analysis);
      return { analysis, articleElements: extraction.isArticle ? extraction.articleElements : [] };
    }
    case 'recordNotArticle': {
      if (sender.tabId === null) return { error: 'recordNotArticle comes from a tab' };
      const analysis = { isArticle: false as const, reason: request.reason };
      await store.save(sender.tabId, analysis);
      return analysis;
    }
    case 'getTabAnalysis':
      if (sender.tabId !== null) return { error: 'getTabAnalysis comes from an extension page' };
      return store.load(request.tabId);
    case 'openSidePanel':
      if (sender.tabId === null) return { error: 'openSidePanel comes from a tab' };
      // No await before open(): the click's user gesture would be gone.
      await panel.open(sender.tabId);
      await panel.focus(sender.tabId, request.personKey);
      return { opened: true };
    case 'getPanelShortcut':
      if (sender.tabId === null) return { error: 'getPanelShortcut comes from a tab' };
      return { shortcut: await panel.shortcut() };
  }
}

/** The reader can fail outside the page's control (the offscreen document would not start): the side panel says so. */
async function readPageOrSayWhy(services: BackgroundServices, html: string, url: string): Promise<Extraction> {
  try {
    return await services.readPage(html, url);
  } catch (error) {
    return { isArticle: false, reason: `Backstory could not read this page (${errorMessage(error).slice(0, 200)}). Reloading the page may help.` };
  }
}
