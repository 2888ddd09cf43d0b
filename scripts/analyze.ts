/** `npm run -s analyze -- [--url URL] FILE.html`: prints the page's Analysis as JSON. */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { analyzeDocument } from '../lib/analyze';
import { parseHtml } from './dom';

function fail(message: string): never {
  process.stderr.write(`analyze: ${message}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): { file: string; url: string | undefined } {
  let url: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--url') {
      url = argv[++i];
      if (!url) fail('--url needs a value');
    } else if (arg.startsWith('--url=')) url = arg.slice('--url='.length);
    else if (arg.startsWith('-')) fail(`unknown option ${arg}; usage: analyze [--url URL] FILE.html`);
    else files.push(arg);
  }
  if (files.length !== 1) fail('usage: analyze [--url URL] FILE.html');
  if (url !== undefined && !URL.canParse(url)) fail(`not a valid URL: ${url}`);
  return { file: files[0]!, url };
}

const { file, url } = parseArgs(process.argv.slice(2));
let html: string;
try {
  html = readFileSync(file, 'utf8');
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  fail(code === 'ENOENT' ? `no such file: ${file}` : code === 'EISDIR' ? `is a directory: ${file}` : `cannot read ${file}: ${code ?? String(error)}`);
}
const pageUrl = url ?? pathToFileURL(file).href;
process.stdout.write(`${JSON.stringify(analyzeDocument(parseHtml(html, pageUrl), pageUrl), null, 2)}\n`);
