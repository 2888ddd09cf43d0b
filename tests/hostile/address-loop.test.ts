/**
 * Issue 10, hole 1: a page that calls `history.pushState` in a loop, each address an "article",
 * cannot fill the reader's history: a tab records a few new articles a minute at most.
 */
import { describe, expect, it } from 'vitest';
import { RECORDING_LIMITS } from '../../lib/history/recording-limit';
import { handleRequest, type BackgroundServices, type Sender } from '../../lib/messaging/handler';
import type { Analysis, Extraction } from '../../lib/types';
import { newStore } from '../unit/history/fake-archive';
import { memoryArchive } from '../unit/messaging/archive-services';
import { sampleArticle } from '../unit/messaging/article';

const tab = (tabId: number): Sender => ({ tabId, fromThisExtension: true, incognito: false });

function background() {
  const { archive, outcomes } = memoryArchive();
  let clock = new Date('2024-03-12T09:00:00.000Z').getTime();
  const services = {
    store: { save: async (_tabId: number, _analysis: Analysis) => undefined, load: async () => null },
    // Each address the page moves to reads as an article of its own.
    readPage: async (_html: string, url: string): Promise<Extraction> => {
      const article = sampleArticle();
      return { isArticle: true, article: { ...article, metadata: { ...article.metadata, url, canonicalUrl: url } }, articleElements: [] };
    },
    panel: { open: async () => undefined, focus: async () => undefined, shortcut: async () => null },
    history: newStore(),
    archive: { ...archive, now: () => new Date(clock) },
  } satisfies BackgroundServices;
  const visit = (tabId: number, path: string) => handleRequest({ type: 'analyzePage', html: '<p>snapshot</p>', url: `https://news.example.com${path}` }, tab(tabId), services);
  return { services, outcomes, visit, later: (ms: number) => void (clock += ms) };
}

describe('a page changing its address in a loop (hostile 1)', () => {
  it('records a few new articles a minute per tab, says why it stopped, and lets other tabs and later minutes record', async () => {
    const { services, outcomes, visit, later } = background();
    for (let step = 0; step < 50; step += 1) await visit(7, `/loop/${step}`);
    expect(await services.history.count()).toBe(RECORDING_LIMITS.perTab);
    expect(outcomes.get(7)).toEqual({ kind: 'too-many', perMinute: RECORDING_LIMITS.perTab });

    // An article already recorded this minute is read again freely (a live update).
    await visit(7, '/loop/0');
    expect(outcomes.get(7)).toEqual({ kind: 'recorded' });

    await visit(8, '/another-tab/story');
    expect(outcomes.get(8)).toEqual({ kind: 'recorded' });

    later(RECORDING_LIMITS.windowMs);
    await visit(7, '/loop/next-minute');
    expect(outcomes.get(7)).toEqual({ kind: 'recorded' });
    expect(await services.history.count()).toBe(RECORDING_LIMITS.perTab + 2);
  });
});
