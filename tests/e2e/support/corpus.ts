/** The shared corpus's pages as the e2e tests serve them: each under the address it was published at. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { listedSiteOf } from '../../../lib/sites';

export const CORPUS_PAGES = resolve(import.meta.dirname, '../../../../shared/corpus/pages');

export interface CorpusPage {
  name: string;
  /** The saved page. */
  file: string;
  /** Its own address (canonical link or og:url), over HTTPS. */
  url: URL;
  /** Whether that address is on a site Backstory lists (runs on from install). */
  listed: boolean;
  /** Every other host the page loads something from: a browser maps them to the fixture server too, so nothing leaves the machine. */
  otherHosts: string[];
}

const SUBRESOURCES = 'script[src], link[href], img[src], iframe[src], source[src], video[src], audio[src], embed[src], object[data]';

function hostOf(address: string | null, base: URL): string | null {
  if (!address) return null;
  try {
    const url = new URL(address, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname : null;
  } catch {
    return null;
  }
}

export function corpusPages(): CorpusPage[] {
  if (!existsSync(CORPUS_PAGES)) throw new Error(`The shared corpus is missing: expected it at ${CORPUS_PAGES}`);
  return readdirSync(CORPUS_PAGES)
    .sort()
    .map((name) => {
      const file = join(CORPUS_PAGES, name, 'source.html');
      // The pages' CSS is no business of these tests: jsdom's complaints about it are dropped.
      const { document } = new JSDOM(readFileSync(file), { virtualConsole: new VirtualConsole() }).window;
      const address =
        document.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? document.querySelector('meta[property="og:url"]')?.getAttribute('content');
      if (!address) throw new Error(`${name} names no address of its own`);
      const url = new URL(address);
      url.protocol = 'https:';
      const hosts = [...document.querySelectorAll(SUBRESOURCES)].map((element) => hostOf(element.getAttribute('src') ?? element.getAttribute('href') ?? element.getAttribute('data'), url));
      const otherHosts = [...new Set(hosts.filter((host): host is string => host !== null && host !== url.hostname))].sort();
      return { name, file, url, listed: listedSiteOf(url.hostname) !== null, otherHosts };
    });
}
