import { browser } from 'wxt/browser';
import type { ReaderReplies, ReadSnapshotRequest } from '../../lib/messaging/protocol';
import { readSnapshot } from '../../lib/page/read-snapshot';
import type { Extraction } from '../../lib/types';

export type PageReader = (html: string, url: string) => Promise<Extraction>;

interface OffscreenApi {
  createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
  hasDocument(): Promise<boolean>;
}

/**
 * Reading a page needs a DOM parser. Firefox's background is a page and has one; Chrome's service
 * worker has none, so there the snapshot goes to the offscreen document (entrypoints/offscreen).
 * Either way the work runs in the extension's process, never on the page's main thread.
 */
export function createPageReader(): PageReader {
  if (typeof DOMParser !== 'undefined') {
    const parser = new DOMParser();
    return async (html, url) => readSnapshot(html, url, parser);
  }
  const offscreen = (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
  if (!offscreen) return async () => Promise.reject(new Error('this browser has no DOM parser for extensions'));
  return readInOffscreenDocument(offscreen);
}

function readInOffscreenDocument(offscreen: OffscreenApi): PageReader {
  // Chrome allows one offscreen document; two pages loading at once must not both create it.
  let opening: Promise<void> | null = null;
  const ensureDocument = async (): Promise<void> => {
    if (await offscreen.hasDocument()) return;
    opening ??= offscreen
      .createDocument({ url: '/offscreen.html', reasons: ['DOM_PARSER'], justification: 'Reads the article out of a copy of the page, off the page’s main thread.' })
      .finally(() => (opening = null));
    await opening;
  };
  return async (html, url) => {
    await ensureDocument();
    const request: ReadSnapshotRequest = { type: 'readSnapshot', html, url };
    const reply = (await browser.runtime.sendMessage(request)) as ReaderReplies['readSnapshot'] | undefined;
    if (!reply) throw new Error('the page reader did not answer');
    return reply;
  };
}
