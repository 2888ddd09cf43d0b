import { browser } from 'wxt/browser';
import type { ErrorReply, Replies, Request } from './protocol';

/** Sends a request to the background and returns its typed reply; throws on an error reply. */
export async function sendRequest<R extends Request>(request: R): Promise<Replies[R['type']]> {
  const reply = (await browser.runtime.sendMessage(request)) as Replies[R['type']] | ErrorReply | undefined;
  if (!reply) throw new Error(`No reply to ${request.type}: the background did not answer`);
  if ('error' in reply) throw new Error(`${request.type} failed: ${reply.error}`);
  return reply;
}
