import type { ExtractedArticle } from '../../../lib/types';

/** A well-formed article as the content script sends it; tests derive malformed ones from it. */
export function sampleArticle(): ExtractedArticle {
  return {
    metadata: {
      url: 'https://news.example.com/city/2024/03/12/bridge.html',
      canonicalUrl: 'https://news.example.com/city/2024/03/harbor-bridge-vote',
      title: 'Harbor bridge vote splits city council',
      siteName: 'The Harbor Gazette',
      authors: ['Jane Doe'],
      published: '2024-03-12',
      language: 'en',
    },
    paragraphs: [
      'Mayor Thomas Whitfield said on Monday that the bridge across the harbor would open in 2028.',
      'Councillor Maria Lindqvist, who led the opposition, said the council had ignored the fishermen.',
    ],
    related: [{ title: 'Ferry fares rise again', url: 'https://news.example.com/city/2024/02/ferry-fares-rise' }],
    articleLinks: [{ title: 'the council vote last month', url: 'https://news.example.com/city/2024/02/council-vote-on-bridge' }],
  };
}
