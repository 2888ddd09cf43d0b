/**
 * Readability's quick test on its own: the package's main entry bundles the whole Readability,
 * which the content script must not carry (it only runs the quick test; reading happens elsewhere).
 */
declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable } from '@mozilla/readability';

  const readerable: typeof isProbablyReaderable;
  export default readerable;
}
