import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { applyPatches, patchLibrary } from '../../../scripts/build/no-html-sinks';

const require = createRequire(import.meta.url);
const READABILITY_FILE = require.resolve('@mozilla/readability/Readability.js');
const PREACT_FILE = join(require.resolve('preact/package.json'), '../dist/preact.mjs');
const SINK = /\.innerHTML\s*=(?!=)/;

/** Readability as the bundles ship it: the patched source, loaded as the CommonJS module it is. */
function patchedReadability(): typeof Readability {
  const code = patchLibrary(READABILITY_FILE, readFileSync(READABILITY_FILE, 'utf8'));
  if (code === null) throw new Error('Readability.js was not recognised');
  const module = { exports: {} as unknown };
  new Function('module', code)(module);
  return module.exports as typeof Readability;
}

const FIXTURE_DIRS = ['../../fixtures/page', '../../fixtures/cli', '../../e2e/fixtures'].map((dir) => join(import.meta.dirname, dir));
const fixturePages = FIXTURE_DIRS.flatMap((dir) => readdirSync(dir).filter((name) => name.endsWith('.html')).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));

describe('noHtmlSinks', () => {
  it('leaves no innerHTML assignment in Readability or Preact', () => {
    expect(readFileSync(READABILITY_FILE, 'utf8')).toMatch(SINK);
    expect(patchLibrary(READABILITY_FILE, readFileSync(READABILITY_FILE, 'utf8'))).not.toMatch(SINK);
    expect(patchLibrary(PREACT_FILE, readFileSync(PREACT_FILE, 'utf8'))).not.toMatch(SINK);
    expect(patchLibrary('/app/lib/page/extract.ts', 'el.innerHTML = x')).toBeNull();
  });

  it('fails loudly when a library no longer matches a patch exactly once', () => {
    const patch = [{ find: /page\.innerHTML = pageCacheHtml;/g, replace: 'x' }];
    expect(() => applyPatches('nothing here', patch, 'Readability.js')).toThrow(/expected one match/);
    expect(() => applyPatches('page.innerHTML = pageCacheHtml; page.innerHTML = pageCacheHtml;', patch, 'Readability.js')).toThrow(/found 2/);
  });

  it.each(fixturePages)('patched Readability reads %s exactly as the original', (_, html) => {
    const read = (Reader: typeof Readability) => new Reader(new JSDOM(html).window.document).parse();
    expect(read(patchedReadability())).toEqual(read(Readability));
  });

  it('patched Readability still retries from the original page and unwraps noscript images', () => {
    const html = `<html><body><div><p>${'Mayor Thomas Whitfield spoke about the harbor. '.repeat(8)}</p>
      <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><noscript><img src="https://img.example/whitfield.jpg" alt="Whitfield"></noscript></div></body></html>`;
    // A text shorter than the threshold makes Readability retry from its saved copy of the page.
    const read = (Reader: typeof Readability) => new Reader(new JSDOM(html).window.document, { charThreshold: 5000 }).parse();
    const patched = read(patchedReadability());
    expect(patched?.textContent).toContain('Mayor Thomas Whitfield spoke');
    expect(patched?.content).toContain('https://img.example/whitfield.jpg');
    expect(patched).toEqual(read(Readability));
  });
});
