import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SHARED_DIR = resolve(import.meta.dirname, '../../shared');
export const CORPUS_DIR = join(SHARED_DIR, 'corpus');

export interface CorpusPage {
  name: string;
  html: string;
}

export function readCorpusPages(): CorpusPage[] {
  const pagesDir = join(CORPUS_DIR, 'pages');
  return readdirSync(pagesDir)
    .sort()
    .map((name) => ({ name, html: readFileSync(join(pagesDir, name, 'source.html'), 'utf8') }));
}
