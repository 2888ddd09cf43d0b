/**
 * `npm run -s analyze -- [--url URL] [--compact] FILE.html`: prints the page's Analysis as JSON.
 * Exit codes: 0 with the JSON on stdout, whatever the page (a page that is not an article, or one
 * the analysis fails on, gets `{"isArticle": false, "reason": ...}` and, for a failure, one line on
 * stderr); 2 for a usage error or an unreadable file, with one line on stderr and nothing on stdout.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Analysis } from '../lib/types';

const USAGE = 'usage: analyze [--url URL] [--compact] FILE.html';

export interface CliResult {
  code: 0 | 2;
  stdout: string;
  stderr: string;
}

interface Options {
  file: string;
  url: string | undefined;
  compact: boolean;
}

const failure = (code: 2, message: string): CliResult => ({ code, stdout: '', stderr: `analyze: ${message}\n` });

/** Returns the options, or the usage error to report. */
function readOptions(argv: string[]): Options | string {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { url: { type: 'string' }, compact: { type: 'boolean' } } });
  } catch (error) {
    // Node's own message runs to several sentences of advice; the first one names the problem.
    return `${(error as Error).message.split('. ')[0]}; ${USAGE}`;
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return USAGE;
  if (values.url !== undefined && !URL.canParse(values.url)) return `not a valid URL: ${values.url}`;
  return { file: positionals[0]!, url: values.url, compact: values.compact ?? false };
}

function readPage(file: string): string | CliResult {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return failure(2, `no such file: ${file}`);
    if (code === 'EISDIR') return failure(2, `is a directory, not an HTML file: ${file}`);
    return failure(2, `cannot read ${file}: ${code ?? String(error)}`);
  }
}

type Analyzer = (document: Document, url: string) => Analysis;

/**
 * The whole command, minus the process. `analyze` defaults to the real pipeline; a test passes a
 * failing one to check the internal-error path.
 */
export async function runAnalyze(argv: string[], analyze?: Analyzer): Promise<CliResult> {
  const options = readOptions(argv);
  if (typeof options === 'string') return failure(2, options);
  const html = readPage(options.file);
  if (typeof html !== 'string') return html;
  // Loaded only once the arguments are good: jsdom and compromise take seconds to load, and a
  // usage error should be reported at once.
  const { analyzeHtml } = await import('./dom');
  const analyzer = analyze ?? (await import('../lib/analyze')).analyzeDocument;
  const pageUrl = options.url ?? pathToFileURL(options.file).href;
  let analysis: Analysis;
  let warning = '';
  try {
    analysis = analyzeHtml(html, pageUrl, analyzer);
  } catch (error) {
    // A failure on this page, not a property of it: the output is still the JSON a caller expects,
    // and stderr says what went wrong.
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    analysis = { isArticle: false, reason: `This page could not be analyzed (${message}).` };
    warning = `analyze: internal error while analyzing ${options.file}: ${message}\n`;
  }
  return { code: 0, stdout: `${JSON.stringify(analysis, null, options.compact ? undefined : 2)}\n`, stderr: warning };
}

// Run only as a program, not when a test imports runAnalyze.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = await runAnalyze(process.argv.slice(2));
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  // exitCode, not exit(): a large JSON piped to another program must be flushed completely.
  process.exitCode = result.code;
}
