/**
 * The background's side of the reader's history: each analyzed article is recorded unless the tab
 * is private or the reader said not to, and the extension pages' history requests are answered.
 */
import { articleKey } from '../history/records';
import type { RecordingLimiter } from '../history/recording-limit';
import { HistoryError, type HistorySettings } from '../history/types';
import { errorMessage } from '../error-message';
import { excludedSiteFor } from '../settings/history-settings';
import type { Analysis, ArticleAnalysis } from '../types';
import type { BackgroundServices, Sender } from './handler';
import type { ErrorReply, HistoryRequest, RecordingOutcome, Replies, Request } from './protocol';

/** What recording needs around the archive (browser storage and the clock, so injected). */
export interface ArchiveServices {
  /** The reader's history settings, read at each recording: the options page may change them at any time. */
  settings(): Promise<HistorySettings>;
  /** Each tab's last recording outcome, kept while the tab is open. */
  outcomes: RecordingOutcomeStore;
  /** Caps the new articles a tab (or all tabs) may record in a minute. */
  limiter: RecordingLimiter;
  /** Tells the extension's open pages that the archive changed: IndexedDB has no change events across contexts. */
  changed(): Promise<void>;
  now(): Date;
}

export interface RecordingOutcomeStore {
  save(tabId: number, outcome: RecordingOutcome): Promise<void>;
  load(tabId: number): Promise<RecordingOutcome | null>;
}

/** Why the reader's settings keep this article out of the archive, or null when they do not. */
export function recordingRefusal(analysis: ArticleAnalysis, settings: HistorySettings): RecordingOutcome | null {
  if (settings.paused) return { kind: 'paused' };
  const site = excludedSiteFor(analysis.url, settings.excludedSites) ?? excludedSiteFor(analysis.canonicalUrl, settings.excludedSites);
  return site === null ? null : { kind: 'excluded', site };
}

/**
 * Records a tab's analyzed article and keeps the outcome for the side panel. A failed write is an
 * outcome, not an error: the caller keeps and returns the analysis either way.
 */
export async function recordReading(
  analysis: Analysis,
  paragraphs: readonly string[],
  tab: { id: number; incognito: boolean },
  services: BackgroundServices,
): Promise<void> {
  if (!analysis.isArticle) return;
  const { history, archive } = services;
  let outcome: RecordingOutcome;
  try {
    // Whatever the settings say, nothing is recorded from a private window.
    outcome = tab.incognito ? { kind: 'private-window' } : (recordingRefusal(analysis, await archive.settings()) ?? { kind: 'recorded' });
    const key = articleKey(analysis);
    if (outcome.kind === 'recorded' && key !== null && !archive.limiter.admit(tab.id, key, archive.now().getTime())) {
      outcome = { kind: 'too-many', perMinute: archive.limiter.limits.perTab };
    }
    if (outcome.kind === 'recorded') {
      await history.record(analysis, archive.now(), paragraphs);
      await archive.changed();
    }
  } catch (error) {
    outcome = { kind: 'failed', message: error instanceof HistoryError ? error.message : `Backstory could not write to your history (${errorMessage(error).slice(0, 200)}).` };
  }
  await archive.outcomes.save(tab.id, outcome);
}

const HISTORY_REQUESTS: Record<HistoryRequest['type'], true> = {
  getTabHistory: true,
  deleteArchivedArticle: true,
  correctIdentity: true,
  splitArticles: true,
  deleteArchive: true,
  deleteArticlesSeenBefore: true,
  exportArchive: true,
  importArchive: true,
  getArchiveSummary: true,
};

export const isHistoryRequest = (request: Request): request is HistoryRequest => Object.hasOwn(HISTORY_REQUESTS, request.type);

/**
 * Answers a history request. Only extension pages may ask: what the reader read is theirs, and a
 * content script runs beside a page that could talk to it. Store errors (HistoryError, in words for
 * the reader) are thrown to the asking page, which says them.
 */
export async function handleHistoryRequest(request: HistoryRequest, sender: Sender, services: BackgroundServices): Promise<Replies[HistoryRequest['type']] | ErrorReply> {
  if (sender.tabId !== null) return { error: `${request.type} comes from an extension page` };
  const { history, archive } = services;
  switch (request.type) {
    case 'getTabHistory': {
      const analysis = await services.store.load(request.tabId);
      if (!analysis?.isArticle) return null;
      const url = articleKey(analysis);
      const [coverage, related, possibleMatches, recording, kept] = await Promise.all([
        history.coverage(analysis),
        history.related(analysis),
        history.possibleMatches(analysis),
        archive.outcomes.load(request.tabId),
        url === null ? null : history.get(url),
      ]);
      return { coverage, related, possibleMatches, recording, keptUrl: kept?.url ?? null };
    }
    case 'deleteArchivedArticle':
      await history.deleteArticle(request.url);
      await archive.changed();
      return { deleted: true };
    case 'correctIdentity':
      await history.correct({ a: request.a, b: request.b, same: request.same });
      await archive.changed();
      return { corrected: true };
    case 'splitArticles':
      await history.splitArticles({ identity: request.identity, urls: request.urls });
      await archive.changed();
      return { split: true };
    case 'deleteArchive':
      await history.deleteAll();
      await archive.changed();
      return { deleted: true };
    case 'deleteArticlesSeenBefore': {
      const deleted = await history.deleteSeenBefore(new Date(request.before));
      await archive.changed();
      return { deleted };
    }
    case 'exportArchive':
      return history.exportAll(archive.now());
    case 'importArchive': {
      const counts = await history.importAll(request.file);
      await archive.changed();
      return counts;
    }
    case 'getArchiveSummary':
      return { articles: await history.count() };
  }
}
