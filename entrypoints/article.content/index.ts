import { defineContentScript } from 'wxt/utils/define-content-script';
import { groupMentions, highlightNames, registerHighlights } from '../../lib/annotate/highlights';
import { findMentionRanges } from '../../lib/annotate/mentions';
import { sendRequest } from '../../lib/messaging/client';
import { extractArticle } from '../../lib/page/extract';
import { NEWS_SITE_MATCHES } from '../../lib/sites';
import { wireHoverCard } from './hover';
import { wireNavigation } from './navigation';
import './highlights.css';

export default defineContentScript({
  matches: NEWS_SITE_MATCHES,
  runAt: 'document_idle',
  // The stylesheet goes in the manifest: the browser applies it without adding anything to the page's DOM.
  cssInjectionMode: 'manifest',
  async main(ctx) {
    // Extraction needs the DOM; the text analysis runs in the background, off the page's thread.
    const extraction = extractArticle(document, location.href);
    if (!extraction.isArticle) {
      // The side panel tells the reader why there is nothing to show.
      await sendRequest({ type: 'recordNotArticle', reason: extraction.reason });
      return;
    }
    const analysis = await sendRequest({ type: 'analyzeArticle', article: extraction.article });
    if (!analysis.isArticle || ctx.isInvalid) return;
    const mentions = findMentionRanges(document, analysis.people);
    ctx.onInvalidated(registerHighlights(globalThis.CSS, groupMentions(mentions, highlightNames(analysis.people))));
    wireHoverCard(ctx, mentions, analysis.people);
    wireNavigation(ctx, mentions, analysis.people);
  },
});
