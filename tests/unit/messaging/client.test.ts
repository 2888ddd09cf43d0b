import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { sendRequest, sendTabRequest } from '../../../lib/messaging/client';
import { handleRequest } from '../../../lib/messaging/handler';
import { sampleArticle } from './article';
import { newStore } from '../history/fake-archive';
import { memoryArchive } from './archive-services';

const request = () => ({ type: 'analyzePage', html: '<p>Mayor Thomas Whitfield</p>', url: 'https://news.example.com/a.html' }) as const;

describe('sendRequest', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('returns the background handler\'s reply', async () => {
    const services = {
      store: { save: async () => undefined, load: async () => null },
      readPage: async () => ({ isArticle: true as const, article: sampleArticle(), articleElements: [2] }),
      panel: { open: async () => undefined, focus: async () => undefined, shortcut: async () => null },
      history: newStore(),
      archive: memoryArchive().archive,
    };
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => handleRequest(message, { tabId: 1, fromThisExtension: true, incognito: false }, services));
    const reply = await sendRequest(request());
    expect(reply).toMatchObject({ analysis: { isArticle: true, title: sampleArticle().metadata.title }, articleElements: [2] });
  });

  it('sends the request unchanged', async () => {
    const received: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      received.push(message);
      return Promise.resolve({ isArticle: false, reason: 'test' });
    });
    await sendRequest(request());
    expect(received).toEqual([request()]);
  });

  it('throws when the background does not answer', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => undefined);
    await expect(sendRequest(request())).rejects.toThrow(/No reply to analyzePage/);
  });

  it('returns a null reply as null: nothing stored for that tab', async () => {
    // The fake turns a listener's null into undefined; real browsers deliver null, as sendMessage resolves here.
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValueOnce(null);
    await expect(sendRequest({ type: 'getTabAnalysis', tabId: 7 })).resolves.toBeNull();
  });

  it('throws with the error of an error reply', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ error: 'Malformed request' }));
    await expect(sendRequest(request())).rejects.toThrow('analyzePage failed: Malformed request');
  });
});

describe('sendTabRequest', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('sends the request to the tab and returns the page\'s reply', async () => {
    const shown = { personKey: 'helen whitcombe', name: 'Helen Whitcombe', ordinal: 1, total: 3 };
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValueOnce(shown);
    await expect(sendTabRequest(4, { type: 'showPerson', personKey: 'helen whitcombe' })).resolves.toEqual(shown);
    expect(send).toHaveBeenCalledWith(4, { type: 'showPerson', personKey: 'helen whitcombe' });
  });

  it('throws with the page\'s error, or when no script answered', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValueOnce({ error: 'Malformed request' }).mockResolvedValueOnce(undefined);
    await expect(sendTabRequest(4, { type: 'showNextMention' })).rejects.toThrow('showNextMention failed: Malformed request');
    await expect(sendTabRequest(4, { type: 'showNextMention' })).rejects.toThrow(/No reply to showNextMention/);
  });
});
