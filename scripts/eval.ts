/** `npm run eval`: analyzes every corpus page and prints the shared scorer's table. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeDocument } from '../lib/analyze';
import { CORPUS_DIR, SHARED_DIR, readCorpusPages } from './corpus';
import { CORPUS_PAGE_URL, analyzeHtml } from './dom';

const predDir = mkdtempSync(join(tmpdir(), 'backstory-eval-'));
for (const page of readCorpusPages()) {
  const analysis = analyzeHtml(page.html, CORPUS_PAGE_URL, analyzeDocument);
  writeFileSync(join(predDir, `${page.name}.json`), JSON.stringify(analysis, null, 2));
}
const scorer = spawnSync(
  process.execPath,
  [join(SHARED_DIR, 'eval/score.mjs'), '--gold', join(CORPUS_DIR, 'gold'), '--pred', predDir, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.stderr.write(`predictions in ${predDir}\n`);
process.exit(scorer.status ?? 1);
