import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { handleRequest, type AnalysisStore, type BackgroundServices, type Sender, type SidePanelControl } from '../../../lib/messaging/handler';
import { readSnapshot } from '../../../lib/page/read-snapshot';
import type { Analysis, Extraction } from '../../../lib/types';
import { sampleArticle } from './article';
import { newStore } from '../history/fake-archive';
import { memoryArchive } from './archive-services';

const PAGE_URL = 'https://news.example.com/city/2024/03/12/bridge.html';
const PAGE = `<!DOCTYPE html><html><head><title>Harbor bridge vote</title></head><body><article>
  <h1 data-backstory-index="4">Harbor bridge vote</h1>
  <p data-backstory-index="5">Mayor Thomas Whitfield said on Monday that the bridge across the harbor would open in 2028, after a vote that split the council.</p>
  <p data-backstory-index="6">Councillor Maria Lindqvist, who led the opposition, said the council had ignored the fishermen who work the harbor every day.</p>
  <p data-backstory-index="7">Whitfield said the fishermen would be heard at a public meeting in April, before any work on the bridge begins.</p>
</article></body></html>`;

function services(
  readPage: BackgroundServices['readPage'] = async () => ({ isArticle: true, article: sampleArticle(), articleElements: [5, 6] }),
  panel: SidePanelControl = recordingPanel(),
) {
  const saved = new Map<number, Analysis>();
  const store: AnalysisStore = {
    save: async (tabId, analysis) => void saved.set(tabId, analysis),
    load: async (tabId) => saved.get(tabId) ?? null,
  };
  return { saved, store, readPage, panel, history: newStore(), archive: memoryArchive().archive };
}

const contentScript: Sender = { tabId: 7, fromThisExtension: true, incognito: false };
const sidePanel: Sender = { tabId: null, fromThisExtension: true, incognito: false };
const analyzePage = { type: 'analyzePage', html: PAGE, url: PAGE_URL };

describe('handleRequest', () => {
  it.each([null, 'hello', { type: 'analyzePage' }, { type: 'analyzePage', html: 1, url: PAGE_URL }, { type: 'getTabAnalysis', tabId: -1 }, { type: 'getTabAnalysis', tabId: '7' }])(
    'answers a malformed message %j with an error reply',
    async (message) => {
      expect(await handleRequest(message, contentScript, services())).toEqual({ error: expect.stringMatching(/malformed/i) });
    },
  );

  it('reads the page, analyzes it, keeps the analysis for the tab and says where the article was', async () => {
    const background = services((html, url) => Promise.resolve(readSnapshot(html, url, new new JSDOM('').window.DOMParser())));
    const reply = await handleRequest(analyzePage, contentScript, background);
    if (!reply || !('analysis' in reply) || !reply.analysis.isArticle) throw new Error(`expected an article analysis, got ${JSON.stringify(reply)}`);
    expect(reply.analysis).toMatchObject({ url: PAGE_URL, title: 'Harbor bridge vote' });
    expect(reply.analysis.people.map((person) => person.name)).toEqual(expect.arrayContaining(['Thomas Whitfield', 'Maria Lindqvist']));
    expect(reply.articleElements).toEqual(expect.arrayContaining([5, 6, 7]));
    expect(background.saved.get(7)).toEqual(reply.analysis);
    expect(await handleRequest({ type: 'getTabAnalysis', tabId: 7 }, sidePanel, background)).toEqual(reply.analysis);
    expect(await handleRequest({ type: 'getTabAnalysis', tabId: 8 }, sidePanel, background)).toBeNull();
  });

  it('keeps why a page is not an article, with no place to mark', async () => {
    const notArticle: Extraction = { isArticle: false, reason: 'This page has no article text.' };
    const background = services(async () => notArticle);
    expect(await handleRequest(analyzePage, contentScript, background)).toEqual({ analysis: notArticle, articleElements: [] });
    expect(background.saved.get(7)).toEqual(notArticle);
  });

  it('says in plain words when the page reader fails, and keeps that for the side panel', async () => {
    const background = services(() => Promise.reject(new Error('offscreen document did not start')));
    const reply = await handleRequest(analyzePage, contentScript, background);
    expect(reply).toEqual({ analysis: { isArticle: false, reason: expect.stringMatching(/could not read this page \(offscreen document did not start\)/) }, articleElements: [] });
    expect(background.saved.get(7)).toMatchObject({ isArticle: false });
  });

  it('keeps why the page in a tab is not an article, for the side panel', async () => {
    const background = services();
    const reply = await handleRequest({ type: 'recordNotArticle', reason: 'This page is a sign-in form, not an article.' }, contentScript, background);
    expect(reply).toEqual({ isArticle: false, reason: 'This page is a sign-in form, not an article.' });
    expect(await handleRequest({ type: 'getTabAnalysis', tabId: 7 }, sidePanel, background)).toEqual(reply);
    expect(await handleRequest({ type: 'recordNotArticle', reason: 'x' }, sidePanel, background)).toEqual({ error: expect.stringMatching(/tab/) });
  });

  it('checks who asks: other extensions never, tabs only for their own page, pages only to read', async () => {
    const background = services();
    expect(await handleRequest(analyzePage, { tabId: 7, fromThisExtension: false, incognito: false }, background)).toEqual({ error: 'Unknown sender' });
    expect(await handleRequest(analyzePage, sidePanel, background)).toEqual({ error: expect.stringMatching(/tab/) });
    expect(await handleRequest({ type: 'getTabAnalysis', tabId: 7 }, contentScript, background)).toEqual({ error: expect.stringMatching(/extension page/) });
    expect(background.saved.size).toBe(0);
  });
});

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
    const reply = handleRequest({ type: 'openSidePanel', personKey: 'gennady orlovsky' }, contentScript, services(undefined, panel));
    // Still synchronous: Chrome allows sidePanel.open() only while the click's user gesture lasts.
    expect(panel.calls).toEqual(['open 7']);
    expect(await reply).toEqual({ opened: true });
    expect(panel.calls).toEqual(['open 7', 'focus 7 gennady orlovsky']);
  });

  it('says why the panel did not open, and asks for no focus then', async () => {
    const panel = recordingPanel('`sidePanel.open()` may only be called in response to a user gesture.');
    await expect(handleRequest({ type: 'openSidePanel', personKey: 'gennady orlovsky' }, contentScript, services(undefined, panel))).rejects.toThrow(/user gesture/);
    expect(panel.calls).toEqual(['open 7']);
  });

  it('tells a content script the keys that open the panel', async () => {
    expect(await handleRequest({ type: 'getPanelShortcut' }, contentScript, services(undefined, recordingPanel()))).toEqual({ shortcut: 'Alt+Shift+K' });
  });

  it('takes these requests from a tab of this extension only', async () => {
    const panel = recordingPanel();
    const open = { type: 'openSidePanel', personKey: 'gennady orlovsky' };
    expect(await handleRequest(open, sidePanel, services(undefined, panel))).toEqual({ error: expect.stringMatching(/tab/) });
    expect(await handleRequest(open, { tabId: 7, fromThisExtension: false, incognito: false }, services(undefined, panel))).toEqual({ error: 'Unknown sender' });
    expect(await handleRequest({ type: 'getPanelShortcut' }, sidePanel, services(undefined, panel))).toEqual({ error: expect.stringMatching(/tab/) });
    expect(await handleRequest({ type: 'openSidePanel', personKey: 7 }, contentScript, services(undefined, panel))).toEqual({ error: 'Malformed request' });
    expect(panel.calls).toEqual([]);
  });
});
