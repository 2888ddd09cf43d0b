import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendRequest } from '../lib/messaging/client';
import { extractArticle } from '../lib/page/extract';
import { NEWS_SITE_MATCHES } from '../lib/sites';

export default defineContentScript({
  matches: NEWS_SITE_MATCHES,
  runAt: 'document_idle',
  async main() {
    // Extraction needs the DOM; the text analysis runs in the background, off the page's thread.
    const extraction = extractArticle(document, location.href);
    if (!extraction.isArticle) return;
    await sendRequest({ type: 'analyzeArticle', article: extraction.article });
  },
});
