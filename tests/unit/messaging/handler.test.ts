import { describe, expect, it } from 'vitest';
import { handleRequest, type AnalysisStore, type Sender } from '../../../lib/messaging/handler';
import type { Analysis } from '../../../lib/types';
import { sampleArticle } from './article';

function memoryStore(): AnalysisStore & { saved: Map<number, Analysis> } {
  const saved = new Map<number, Analysis>();
  return {
    saved,
    save: async (tabId, analysis) => void saved.set(tabId, analysis),
    load: async (tabId) => saved.get(tabId) ?? null,
  };
}

const contentScript: Sender = { tabId: 7, fromThisExtension: true };
const sidePanel: Sender = { tabId: null, fromThisExtension: true };

describe('handleRequest', () => {
  it.each([null, 'hello', { type: 'analyzeArticle' }, { type: 'analyzeArticle', article: { metadata: {} } }, { type: 'getTabAnalysis', tabId: -1 }, { type: 'getTabAnalysis', tabId: '7' }])(
    'answers a malformed message %j with an error reply',
    async (message) => {
      expect(await handleRequest(message, contentScript, memoryStore())).toEqual({ error: expect.stringMatching(/malformed/i) });
    },
  );

  it('answers analyzeArticle with the analysis of the article, and keeps it for the tab', async () => {
    const store = memoryStore();
    const article = sampleArticle();
    const reply = await handleRequest({ type: 'analyzeArticle', article }, contentScript, store);
    expect(reply).toMatchObject({ isArticle: true, ...article.metadata, related: article.related });
    if (!reply || !('isArticle' in reply) || !reply.isArticle) throw new Error('expected an article analysis');
    expect(reply.people.map((person) => person.name)).toContain('Thomas Whitfield');
    expect(store.saved.get(7)).toEqual(reply);
    expect(await handleRequest({ type: 'getTabAnalysis', tabId: 7 }, sidePanel, store)).toEqual(reply);
    expect(await handleRequest({ type: 'getTabAnalysis', tabId: 8 }, sidePanel, store)).toBeNull();
  });

  it('keeps why the page in a tab is not an article, for the side panel', async () => {
    const store = memoryStore();
    const reply = await handleRequest({ type: 'recordNotArticle', reason: 'This page is a sign-in form, not an article.' }, contentScript, store);
    expect(reply).toEqual({ isArticle: false, reason: 'This page is a sign-in form, not an article.' });
    expect(await handleRequest({ type: 'getTabAnalysis', tabId: 7 }, sidePanel, store)).toEqual(reply);
    expect(await handleRequest({ type: 'recordNotArticle', reason: 'x' }, sidePanel, store)).toEqual({ error: expect.stringMatching(/tab/) });
    expect(await handleRequest({ type: 'recordNotArticle', reason: 'x'.repeat(501) }, contentScript, store)).toEqual({ error: expect.stringMatching(/malformed/i) });
  });

  it('checks who asks: other extensions never, tabs only for their own article, pages only to read', async () => {
    const store = memoryStore();
    const article = sampleArticle();
    expect(await handleRequest({ type: 'analyzeArticle', article }, { tabId: 7, fromThisExtension: false }, store)).toEqual({ error: 'Unknown sender' });
    expect(await handleRequest({ type: 'analyzeArticle', article }, sidePanel, store)).toEqual({ error: expect.stringMatching(/tab/) });
    expect(await handleRequest({ type: 'getTabAnalysis', tabId: 7 }, contentScript, store)).toEqual({ error: expect.stringMatching(/extension page/) });
    expect(store.saved.size).toBe(0);
  });
});
