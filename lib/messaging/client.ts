import { browser } from 'wxt/browser';
import type { ErrorReply, Replies, Request } from './protocol';

/** Sends a request to the background and returns its typed reply; throws on an error reply. */
export async function sendRequest<R extends Request>(request: R): Promise<Replies[R['type']]> {
  const reply = (await browser.runtime.sendMessage(request)) as Replies[R['type']] | ErrorReply | undefined;
  // null is an answer (getTabAnalysis: nothing stored for that tab); only undefined means no listener replied.
  if (reply === undefined) throw new Error(`No reply to ${request.type}: the background did not answer`);
  if (reply !== null && 'error' in reply) throw new Error(`${request.type} failed: ${reply.error}`);
  return reply;
}
