/**
 * Takes the HTML-parsing sinks (`element.innerHTML = value`) out of the two libraries that carry
 * them, so the shipped bundles hold none (Firefox's add-on linter flags each one):
 * - Preact sets innerHTML only for `dangerouslySetInnerHTML`, which Backstory never uses (eslint
 *   forbids it); that branch now throws, and clearing such content uses textContent.
 * - Readability restores its working copy on a retry by reparsing saved HTML, and unwraps
 *   <noscript> images by reparsing their markup; both become DOM clones, which is what the
 *   reparse produced (the copies Backstory reads are inert documents with scripting off, where
 *   <noscript> holds elements, not text).
 * Each patch must match exactly once: a library update that moves the code fails the build here
 * instead of shipping unpatched.
 */
import type { Plugin } from 'vite';

interface Patch {
  find: RegExp;
  replace: string;
}

const LIBRARY_PATCHES: { file: RegExp; patches: Patch[] }[] = [
  {
    file: /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.(?:mjs|module\.js)$/,
    patches: [
      { find: /\((\w+)\.innerHTML=(\w+)\.__html\)/g, replace: '(()=>{throw new Error("Backstory renders no raw HTML")})()' },
      { find: /(\w+)\.innerHTML=""/g, replace: '$1.textContent=""' },
    ],
  },
  {
    file: /[\\/]node_modules[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/,
    patches: [
      { find: /var pageCacheHtml = page\.innerHTML;/g, replace: 'var pageCache = page.cloneNode(true);' },
      { find: /page\.innerHTML = pageCacheHtml;/g, replace: 'page.replaceChildren(...pageCache.cloneNode(true).childNodes);' },
      { find: /tmp\.innerHTML = noscript\.innerHTML;/g, replace: 'tmp.replaceChildren(...noscript.cloneNode(true).childNodes);' },
    ],
  },
];

export function applyPatches(code: string, patches: readonly Patch[], file: string): string {
  return patches.reduce((patched, { find, replace }) => {
    const matches = patched.match(find)?.length ?? 0;
    if (matches !== 1) throw new Error(`no-html-sinks: expected one match of ${find} in ${file}, found ${matches}`);
    return patched.replace(find, replace);
  }, code);
}

/** `code` of the library file `id` with its sinks taken out, or null for any other file. */
export function patchLibrary(id: string, code: string): string | null {
  const path = id.split('?')[0] ?? id;
  const library = LIBRARY_PATCHES.find(({ file }) => file.test(path));
  return library ? applyPatches(code, library.patches, path) : null;
}

export function noHtmlSinks(): Plugin {
  return {
    name: 'backstory:no-html-sinks',
    enforce: 'pre',
    transform(code, id) {
      const patched = patchLibrary(id, code);
      return patched === null ? null : { code: patched, map: null };
    },
  };
}
