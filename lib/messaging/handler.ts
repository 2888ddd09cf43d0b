import { analyzeText } from '../analyze';
import { parseRequest, type ErrorReply, type Replies } from './protocol';

/** The background's answer to one message: validated, then dispatched by type. */
export async function handleRequest(message: unknown): Promise<Replies[keyof Replies] | ErrorReply> {
  const request = parseRequest(message);
  if (!request) return { error: 'Malformed request' };
  switch (request.type) {
    case 'analyzeArticle':
      return analyzeText(request.article);
  }
}
