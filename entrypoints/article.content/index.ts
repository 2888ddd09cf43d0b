import { defineContentScript } from 'wxt/utils/define-content-script';
import { groupMentions, highlightNames, registerHighlights } from '../../lib/annotate/highlights';
import { findMentionRanges } from '../../lib/annotate/mentions';
import { sendRequest } from '../../lib/messaging/client';
import { extractArticle } from '../../lib/page/extract';
import { loadSettings } from '../../lib/settings/store';
import { NEWS_SITE_MATCHES } from '../../lib/sites';
import { wireHoverCard } from './hover';
import { applyReadingSettings } from './reading-settings';
import './highlights.css';

export default defineContentScript({
  // Registered by the background for the sites the reader has enabled (entrypoints/background/sites.ts);
  // `matches` only declares the listed sites as host permissions.
  registration: 'runtime',
  matches: NEWS_SITE_MATCHES,
  runAt: 'document_idle',
  // The stylesheet is registered with the script: the browser applies it without adding anything to the page's DOM.
  cssInjectionMode: 'manifest',
  // The page must not learn of us through a message it can listen to.
  noScriptStartedPostMessage: true,
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
    const drawUnderlines = () => registerHighlights(globalThis.CSS, groupMentions(mentions, highlightNames(analysis.people)));
    applyReadingSettings(ctx, await loadSettings(), { drawUnderlines, hoverCard: wireHoverCard(ctx, mentions, analysis.people) });
  },
});
