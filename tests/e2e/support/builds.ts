/** Where the e2e tests find the production builds, the fixture pages and the listed news site they are served under. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserName } from './browsers';

const ROOT = resolve(import.meta.dirname, '../../..');
export const FIXTURES = join(ROOT, 'tests/e2e/fixtures');
export const SCREENSHOTS = join(ROOT, '.output/e2e');
export const BUILDS: Record<BrowserName, string> = {
  chromium: join(ROOT, '.output/chrome-mv3'),
  firefox: join(ROOT, '.output/firefox-mv3'),
};

/** A listed news site (the browsers resolve it to the fixture server) and the fixture article's path on it. */
export const NEWS_HOST = 'www.themoscowtimes.com';
export const ARTICLE_PATH = '/2013/04/14/obama-sends-putin-a-letter-to-ease-tensions-a23287';

export function assertBuilt(dir: string): void {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No build in ${dir}: run npm run build && npm run build:firefox`);
}
