import { describe, expect, it } from 'vitest';
import { handleRequest } from '../../../lib/messaging/handler';
import { sampleArticle } from './article';

describe('handleRequest', () => {
  it.each([null, 'hello', { type: 'analyzeArticle' }, { type: 'analyzeArticle', article: { metadata: {} } }])(
    'answers a malformed message %j with an error reply',
    async (message) => {
      expect(await handleRequest(message)).toEqual({ error: expect.stringMatching(/malformed/i) });
    },
  );

  it('answers analyzeArticle with the analysis of the article', async () => {
    const article = sampleArticle();
    const reply = await handleRequest({ type: 'analyzeArticle', article });
    expect(reply).toMatchObject({ isArticle: true, ...article.metadata, related: article.related });
    if (!('isArticle' in reply) || !reply.isArticle) throw new Error('expected an article analysis');
    expect(reply.people.map((person) => person.name)).toContain('Thomas Whitfield');
    expect(reply.events).toEqual(expect.any(Array));
  });
});
