import { defineContentScript } from 'wxt/utils/define-content-script';
import { groupMentions, highlightNames, registerHighlights } from '../../lib/annotate/highlights';
import { articleRoots, mentionSpansInSteps, toMentions } from '../../lib/annotate/mentions';
import { pageDom } from '../../lib/dom';
import { addedText, pageAddress, PageChangeWatcher, touchesArticle } from '../../lib/annotate/page-changes';
import { sendRequest } from '../../lib/messaging/client';
import { quickArticleCheck } from '../../lib/page/article-check';
import { snapshotDocument } from '../../lib/page/snapshot';
import { loadSettings } from '../../lib/settings/store';
import { NEWS_SITE_MATCHES } from '../../lib/sites';
import { runInSlices, type Slicing } from '../../lib/slices';
import { wireHoverCard } from './hover';
import { ReadingLifetime, type Lifetime } from './lifetime';
import { wireNavigation } from './navigation';
import { applyReadingSettings } from './reading-settings';
import './highlights.css';

/** Idle time may never come on a busy page; after this long a slice runs anyway. */
const IDLE_TIMEOUT_MS = 200;
/** How often the address is compared, for navigations that change nothing in the DOM at first. */
const ADDRESS_POLL_MS = 1000;

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
  main(ctx) {
    let reading: ReadingLifetime | null = null;
    let roots: Element[] = [];
    /** The last reading found no article: text the page's scripts add later may make one. */
    let notAnArticle = false;
    const readAgain = () => {
      // The previous reading's highlights, card and listeners go before anything new is drawn.
      reading?.end();
      const current = new ReadingLifetime(ctx);
      reading = current;
      roots = [];
      notAnArticle = false;
      readPage(current).then(
        (found) => {
          if (current.isInvalid) return;
          roots = found ?? [];
          notAnArticle = found === null;
        },
        (error: unknown) => {
          if (!current.isInvalid) console.error('Backstory could not read this page:', error);
        },
      );
    };

    const watcher = new PageChangeWatcher(
      { setTimeout: (callback, ms) => ctx.setTimeout(callback, ms), clearTimeout: (handle) => clearTimeout(handle as number), now: () => performance.now() },
      readAgain,
    );
    let address = pageAddress(location.href);
    const checkAddress = () => {
      const current = pageAddress(location.href);
      if (current === address) return;
      address = current;
      watcher.addressChanged();
    };
    ctx.setInterval(checkAddress, ADDRESS_POLL_MS);
    ctx.addEventListener(window, 'popstate', checkAddress);
    const observer = new MutationObserver((records) => {
      checkAddress();
      if (notAnArticle && watcher.awaitsContent) watcher.contentAdded(addedText(records));
      else watcher.mutated(touchesArticle(records, roots));
    });
    observer.observe(pageDom(document).documentElement(document) ?? document, { childList: true, subtree: true, characterData: true });
    ctx.onInvalidated(() => {
      observer.disconnect();
      watcher.stop();
    });
    readAgain();
  },
});

/**
 * One reading of the page, every step on the page's thread short and in idle time: a cheap check,
 * a copy made in slices, then the names marked block by block. Reading the article and the text
 * analysis run in the extension's own process (background, offscreen document). Returns the
 * blocks the article was read from, so later changes to them can be noticed, or null when the page
 * is not an article (yet).
 */
async function readPage(lifetime: Lifetime): Promise<Element[] | null> {
  const slicing: Slicing = {
    yieldToPage: () => new Promise<void>((resolve) => lifetime.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS })),
    now: () => performance.now(),
    signal: lifetime.signal,
  };
  await slicing.yieldToPage();
  const check = quickArticleCheck(document);
  if (!check.likelyArticle) {
    // The side panel tells the reader why there is nothing to show.
    await sendRequest({ type: 'recordNotArticle', reason: check.reason });
    return null;
  }
  await slicing.yieldToPage();
  const snapshot = await snapshotDocument(document, slicing);
  const { analysis, articleElements } = await sendRequest({ type: 'analyzePage', html: snapshot.html, url: location.href });
  if (lifetime.isInvalid) return [];
  if (!analysis.isArticle) return null;
  await slicing.yieldToPage();
  const elements = new Set(articleElements.flatMap((position) => snapshot.elements[position] ?? []));
  const spans = await runInSlices(mentionSpansInSteps(document, analysis.people, { articleElements: elements.size > 0 ? elements : undefined }), slicing);
  const mentions = toMentions(spans);
  const drawUnderlines = () => registerHighlights(globalThis.CSS, groupMentions(mentions, highlightNames(analysis.people)));
  applyReadingSettings(lifetime, await loadSettings(), { drawUnderlines, hoverCard: wireHoverCard(lifetime, mentions, analysis.people) });
  wireNavigation(lifetime, mentions, analysis.people);
  return articleRoots(elements);
}
