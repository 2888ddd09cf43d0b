/**
 * `npm run -s analyze -- [--url URL] [--compact] FILE.html`: prints the page's Analysis as JSON.
 * Exit codes: 0 with the JSON on stdout (a page that is not an article included), 2 for a usage
 * error or an unreadable file, 1 when the analysis itself fails; on 1 and 2 stdout stays empty
 * and stderr gets one line, so scripts can pipe the output straight into a JSON reader.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Analysis } from '../lib/types';

const USAGE = 'usage: analyze [--url URL] [--compact] FILE.html';

export interface CliResult {
  code: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

interface Options {
  file: string;
  url: string | undefined;
  compact: boolean;
}

const failure = (code: 1 | 2, message: string): CliResult => ({ code, stdout: '', stderr: `analyze: ${message}\n` });

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
  const { parseHtml } = await import('./dom');
  const analyzer = analyze ?? (await import('../lib/analyze')).analyzeDocument;
  const pageUrl = options.url ?? pathToFileURL(options.file).href;
  let analysis: Analysis;
  try {
    analysis = analyzer(parseHtml(html, pageUrl), pageUrl);
  } catch (error) {
    // A bug in a stage, not a property of the page: say so, and never print half an answer.
    const message = error instanceof Error ? error.message : String(error);
    return failure(1, `internal error while analyzing ${options.file}: ${message.split('\n')[0]}`);
  }
  return { code: 0, stdout: `${JSON.stringify(analysis, null, options.compact ? undefined : 2)}\n`, stderr: '' };
}

// Run only as a program, not when a test imports runAnalyze.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = await runAnalyze(process.argv.slice(2));
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  // exitCode, not exit(): a large JSON piped to another program must be flushed completely.
  process.exitCode = result.code;
}
