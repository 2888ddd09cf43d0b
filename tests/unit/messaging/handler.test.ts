import { describe, expect, it } from 'vitest';
import { handleRequest, type AnalysisStore, type Sender, type SidePanelControl } from '../../../lib/messaging/handler';
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

/** A panel that records what was asked of it, in order; `open` fails when `refuse` is set. */
function recordingPanel(refuse?: string): SidePanelControl & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    open: (tabId) => {
      calls.push(`open ${tabId}`);
      return refuse ? Promise.reject(new Error(refuse)) : Promise.resolve();
    },
    focus: async (tabId, personKey) => void calls.push(`focus ${tabId} ${personKey}`),
    shortcut: async () => 'Alt+Shift+K',
  };
}

describe('handleRequest, the side panel', () => {
  it('opens the panel inside the call, before anything is awaited, then has it focus the person', async () => {
    const panel = recordingPanel();
    const reply = handleRequest({ type: 'openSidePanel', personKey: 'gennady orlovsky' }, contentScript, memoryStore(), panel);
    // Still synchronous: Chrome allows sidePanel.open() only while the click's user gesture lasts.
    expect(panel.calls).toEqual(['open 7']);
    expect(await reply).toEqual({ opened: true });
    expect(panel.calls).toEqual(['open 7', 'focus 7 gennady orlovsky']);
  });

  it('says why the panel did not open, and asks for no focus then', async () => {
    const panel = recordingPanel('`sidePanel.open()` may only be called in response to a user gesture.');
    await expect(handleRequest({ type: 'openSidePanel', personKey: 'gennady orlovsky' }, contentScript, memoryStore(), panel)).rejects.toThrow(/user gesture/);
    expect(panel.calls).toEqual(['open 7']);
  });

  it('tells a content script the keys that open the panel', async () => {
    expect(await handleRequest({ type: 'getPanelShortcut' }, contentScript, memoryStore(), recordingPanel())).toEqual({ shortcut: 'Alt+Shift+K' });
  });

  it('takes these requests from a tab of this extension only', async () => {
    const panel = recordingPanel();
    const open = { type: 'openSidePanel', personKey: 'gennady orlovsky' };
    expect(await handleRequest(open, sidePanel, memoryStore(), panel)).toEqual({ error: expect.stringMatching(/tab/) });
    expect(await handleRequest(open, { tabId: 7, fromThisExtension: false }, memoryStore(), panel)).toEqual({ error: 'Unknown sender' });
    expect(await handleRequest({ type: 'getPanelShortcut' }, sidePanel, memoryStore(), panel)).toEqual({ error: expect.stringMatching(/tab/) });
    expect(await handleRequest({ type: 'openSidePanel', personKey: 7 }, contentScript, memoryStore(), panel)).toEqual({ error: 'Malformed request' });
    expect(panel.calls).toEqual([]);
  });
});
