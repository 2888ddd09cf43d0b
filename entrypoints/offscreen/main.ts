/**
 * Chrome's offscreen document: a hidden extension page with the DOM parser the background service
 * worker lacks. It reads page snapshots for the background and answers nothing else.
 */
import { browser } from 'wxt/browser';
import { parseReaderRequest } from '../../lib/messaging/protocol';
import { readSnapshot } from '../../lib/page/read-snapshot';

const parser = new DOMParser();

browser.runtime.onMessage.addListener((message, sender) => {
  // Content scripts and the side panel talk to the background; undefined leaves their messages to it.
  if (sender.id !== browser.runtime.id || sender.tab) return undefined;
  const request = parseReaderRequest(message);
  return request ? Promise.resolve(readSnapshot(request.html, request.url, parser)) : undefined;
});
