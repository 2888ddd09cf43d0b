import { analyzeText } from '../analyze';
import type { Analysis } from '../types';
import { parseRequest, type ErrorReply, type Replies } from './protocol';

/** Where the background keeps each tab's analysis while the tab is open. */
export interface AnalysisStore {
  save(tabId: number, analysis: Analysis): Promise<void>;
  load(tabId: number): Promise<Analysis | null>;
}

/** Who sent a message, as the browser reports it. */
export interface Sender {
  /** The tab of a content script; null for the extension's own pages. */
  tabId: number | null;
  /** The message comes from this extension (its content scripts or pages), not another one. */
  fromThisExtension: boolean;
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
export async function handleRequest(
  message: unknown,
  sender: Sender,
  store: AnalysisStore,
  panel?: SidePanelControl,
): Promise<Replies[keyof Replies] | ErrorReply> {
  if (!sender.fromThisExtension) return { error: 'Unknown sender' };
  const request = parseRequest(message);
  if (!request) return { error: 'Malformed request' };
  switch (request.type) {
    case 'analyzeArticle': {
      if (sender.tabId === null) return { error: 'analyzeArticle comes from a tab' };
      const analysis = analyzeText(request.article);
      await store.save(sender.tabId, analysis);
      return analysis;
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
      if (!panel) return { error: 'No side panel to open here' };
      // No await before open(): the click's user gesture would be gone.
      await panel.open(sender.tabId);
      await panel.focus(sender.tabId, request.personKey);
      return { opened: true };
    case 'getPanelShortcut':
      if (sender.tabId === null) return { error: 'getPanelShortcut comes from a tab' };
      if (!panel) return { error: 'No side panel here' };
      return { shortcut: await panel.shortcut() };
  }
}
