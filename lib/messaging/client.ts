import { browser } from 'wxt/browser';
import type { ContentReplies, ContentRequest, ErrorReply, Replies, Request } from './protocol';

/** The reply to `type` as sent, or a thrown error for no reply or an error reply. */
function unwrap<T>(type: string, reply: T | ErrorReply | undefined, nobody: string): T {
  // null is an answer (getTabAnalysis: nothing stored for that tab); only undefined means no listener replied.
  if (reply === undefined) throw new Error(`No reply to ${type}: ${nobody}`);
  if (reply !== null && typeof reply === 'object' && 'error' in reply) throw new Error(`${type} failed: ${reply.error}`);
  return reply as T;
}

/** Sends a request to the background and returns its typed reply; throws on an error reply. */
export async function sendRequest<R extends Request>(request: R): Promise<Replies[R['type']]> {
  const reply = (await browser.runtime.sendMessage(request)) as Replies[R['type']] | ErrorReply | undefined;
  return unwrap(request.type, reply, 'the background did not answer');
}

/** Sends a request to the content script in a tab and returns its typed reply; throws on an error reply or when none runs there. */
export async function sendTabRequest<R extends ContentRequest>(tabId: number, request: R): Promise<ContentReplies[R['type']]> {
  const reply = (await browser.tabs.sendMessage(tabId, request)) as ContentReplies[R['type']] | ErrorReply | undefined;
  return unwrap(request.type, reply, 'no Backstory script answered in the page');
}
