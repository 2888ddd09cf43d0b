import { defineContentScript } from 'wxt/utils/define-content-script';
import { groupMentions, highlightNames, registerHighlights } from '../../lib/annotate/highlights';
import { mentionSpansInSteps, toMentions } from '../../lib/annotate/mentions';
import { sendRequest } from '../../lib/messaging/client';
import { quickArticleCheck } from '../../lib/page/article-check';
import { snapshotDocument } from '../../lib/page/snapshot';
import { NEWS_SITE_MATCHES } from '../../lib/sites';
import { runInSlices, type Slicing } from '../../lib/slices';
import { wireHoverCard } from './hover';
import './highlights.css';

/** Idle time may never come on a busy page; after this long a slice runs anyway. */
const IDLE_TIMEOUT_MS = 200;

export default defineContentScript({
  matches: NEWS_SITE_MATCHES,
  runAt: 'document_idle',
  // The stylesheet goes in the manifest: the browser applies it without adding anything to the page's DOM.
  cssInjectionMode: 'manifest',
  async main(ctx) {
    // Every step on the page's thread is short and runs when the page is idle: a cheap check, a copy
    // made in slices, then marking the names. Reading the article and the text analysis run in the
    // extension's own process (background, offscreen document).
    const slicing: Slicing = {
      yieldToPage: () => new Promise<void>((resolve) => ctx.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS })),
      now: () => performance.now(),
      signal: ctx.signal,
    };
    await slicing.yieldToPage();
    const check = quickArticleCheck(document);
    if (!check.likelyArticle) {
      // The side panel tells the reader why there is nothing to show.
      await sendRequest({ type: 'recordNotArticle', reason: check.reason });
      return;
    }
    await slicing.yieldToPage();
    const snapshot = await snapshotDocument(document, slicing);
    const { analysis, articleElements } = await sendRequest({ type: 'analyzePage', html: snapshot.html, url: location.href });
    if (!analysis.isArticle || ctx.isInvalid) return;
    await slicing.yieldToPage();
    const elements = new Set(articleElements.flatMap((position) => snapshot.elements[position] ?? []));
    const spans = await runInSlices(mentionSpansInSteps(document, analysis.people, { articleElements: elements.size > 0 ? elements : undefined }), slicing);
    const mentions = toMentions(spans);
    ctx.onInvalidated(registerHighlights(globalThis.CSS, groupMentions(mentions, highlightNames(analysis.people))));
    wireHoverCard(ctx, mentions, analysis.people);
  },
});
