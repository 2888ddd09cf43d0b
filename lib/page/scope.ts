/** Where in a page a piece of metadata sits: the article itself, or a teaser, widget or other item. */

/** Containers of other content: bylines and dates inside them belong to other articles. */
export const OUTSIDE_ARTICLE =
  'aside, nav, [class*="related" i], [class*="comment" i], [class*="recommend" i], [class*="promo" i], [class*="sidebar" i], [class*="trending" i], [class*="most-popular" i]';

const ARTICLE_ITEMTYPE = /(?:Article|BlogPosting|Report|WebPage)\s*$/i;

/** The nearest microdata item around `element` (itself excluded), or null. */
export const closestScope = (element: Element): Element | null =>
  element.parentElement?.closest('[itemscope]') ?? null;

/**
 * Microdata describes this page when it sits in no item, or in an article/web-page item; a
 * `datePublished` inside a VideoObject dates the video, not the article.
 */
export function closestScopeIsArticle(element: Element): boolean {
  const scope = closestScope(element);
  return !scope || ARTICLE_ITEMTYPE.test(scope.getAttribute('itemtype') ?? '');
}
