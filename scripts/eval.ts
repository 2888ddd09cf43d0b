/**
 * `npm run eval [-- --fold K/N]`: analyzes every corpus page, prints the shared scorer's
 * table, then the count of each error class (scripts/error-classes.ts) over the same pages.
 * `--fold K/N` scores only fold K of N (pages split by a stable hash of their name), so a rule
 * developed on some folds can be checked on the others.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeText } from '../lib/analyze';
import { extractArticle } from '../lib/page/extract';
import type { Analysis } from '../lib/types';
import { CORPUS_DIR, SHARED_DIR, readCorpusPages } from './corpus';
import { CORPUS_PAGE_URL, analyzeHtml } from './dom';
import { ERROR_CLASSES, addCounts, classifyErrors, inFold, noErrors, type ErrorClass, type GoldPage } from './error-classes';

const { values } = parseArgs({ options: { fold: { type: 'string' } } });
const fold = values.fold?.match(/^(\d+)\/(\d+)$/);
if (values.fold && (!fold || Number(fold[1]) < 1 || Number(fold[1]) > Number(fold[2]))) {
  process.stderr.write('eval: --fold takes K/N with 1 <= K <= N, e.g. --fold 2/3\n');
  process.exit(2);
}
const selected = (name: string) => !fold || inFold(name, Number(fold[1]), Number(fold[2]));

const predDir = mkdtempSync(join(tmpdir(), 'backstory-eval-'));
const goldDir = mkdtempSync(join(tmpdir(), 'backstory-gold-'));
let errors = noErrors();
for (const page of readCorpusPages().filter((page) => selected(page.name))) {
  let articleText = '';
  const analysis = analyzeHtml(page.html, CORPUS_PAGE_URL, (document, url): Analysis => {
    const extraction = extractArticle(document, url);
    if (!extraction.isArticle) return { isArticle: false, reason: extraction.reason };
    articleText = extraction.article.paragraphs.join('\n');
    return analyzeText(extraction.article);
  });
  writeFileSync(join(predDir, `${page.name}.json`), JSON.stringify(analysis, null, 2));
  const goldFile = join(CORPUS_DIR, 'gold', `${page.name}.json`);
  if (!existsSync(goldFile)) continue;
  symlinkSync(goldFile, join(goldDir, `${page.name}.json`));
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as GoldPage;
  errors = addCounts(errors, classifyErrors(gold, analysis.isArticle ? analysis : {}, articleText));
}
const scorer = spawnSync(process.execPath, [join(SHARED_DIR, 'eval/score.mjs'), '--gold', goldDir, '--pred', predDir], { stdio: 'inherit' });
console.log('\nerrors by class');
for (const [name, description] of Object.entries(ERROR_CLASSES)) console.log(`${String(errors[name as ErrorClass]).padStart(5)}  ${description}`);
process.stderr.write(`predictions in ${predDir}${fold ? ` (fold ${values.fold})` : ''}\n`);
process.exit(scorer.status ?? 1);
