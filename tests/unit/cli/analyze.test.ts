import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAnalyze } from '../../../scripts/analyze';

const ROOT = resolve(import.meta.dirname, '../../..');
const FIXTURES = 'tests/fixtures/cli';
const PAGE_URL = 'https://news.example.com/city/2024/03/12/bridge.html';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The real command, as a user runs it: a process of its own, from the project's root. */
function spawnAnalyze(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

// Each process loads jsdom and compromise (~1 s): all of them start at once, before the tests.
let runs: Record<'article' | 'notArticle' | 'missing' | 'directory' | 'unknownFlag', Run>;
beforeAll(async () => {
  const [article, notArticle, missing, directory, unknownFlag] = await Promise.all([
    spawnAnalyze('--url', PAGE_URL, `${FIXTURES}/article.html`),
    spawnAnalyze(`${FIXTURES}/not-article.html`),
    spawnAnalyze(`${FIXTURES}/no-such-page.html`),
    spawnAnalyze(FIXTURES),
    spawnAnalyze('--verbose', `${FIXTURES}/article.html`),
  ]);
  runs = { article, notArticle, missing, directory, unknownFlag };
}, 120_000);

const isNullableString = (value: unknown) => value === null || typeof value === 'string';

describe('analyze command on an article page', () => {
  it('prints the Analysis JSON with every field of the contract', () => {
    const { code, stdout, stderr } = runs.article;
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const analysis = JSON.parse(stdout);
    expect(analysis).toMatchObject({
      isArticle: true,
      title: expect.any(String),
      siteName: 'The Harbor Gazette',
      authors: ['Jane Doe'],
      published: '2024-03-12',
      language: 'en-gb',
    });
    expect(analysis.people.length).toBeGreaterThan(0);
    for (const person of analysis.people) {
      expect(person).toMatchObject({
        name: expect.any(String),
        roles: expect.any(Array),
        aliases: expect.any(Array),
        mentions: expect.any(Number),
        official: expect.any(Boolean),
        evidence: expect.any(Array),
      });
      expect(isNullableString(person.role)).toBe(true);
    }
    expect(analysis.events.length).toBeGreaterThan(0);
    for (const event of analysis.events) {
      expect(event).toMatchObject({ name: expect.any(String) });
      expect([event.date, event.end, event.place].every(isNullableString)).toBe(true);
    }
    for (const link of analysis.related) expect(link).toEqual({ title: expect.any(String), url: expect.any(String) });
  });

  it('honors --url: it is the page address, and relative links resolve against it', () => {
    const analysis = JSON.parse(runs.article.stdout);
    expect(analysis.url).toBe(PAGE_URL);
    expect(analysis.canonicalUrl).toBe('https://news.example.com/city/2024/03/harbor-bridge-vote');
    expect(analysis.related).toContainEqual({
      title: 'Ferry fares rise for the third year running',
      url: 'https://news.example.com/city/2024/02/ferry-fares-rise',
    });
  });
});

describe('analyze command on other input', () => {
  it('answers a page that is not an article with a reason, and exits 0', () => {
    const { code, stdout, stderr } = runs.notArticle;
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(stdout)).toEqual({ isArticle: false, reason: expect.stringMatching(/\w/) });
  });

  it.each([
    ['a missing file', 'missing', /no such file: .*no-such-page\.html/],
    ['a directory', 'directory', /is a directory/],
    ['an unknown flag', 'unknownFlag', /--verbose.*usage:/],
  ] as const)('rejects %s with exit 2, one line on stderr and nothing on stdout', (_, name, message) => {
    const { code, stdout, stderr } = runs[name];
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('runAnalyze (the command without its process)', () => {
  const article = `${ROOT}/${FIXTURES}/article.html`;

  it('still prints valid JSON when the analysis fails, and says why on stderr', async () => {
    const result = await runAnalyze([article], () => {
      throw new Error('stage exploded\nat someFunction (file.ts:1:1)');
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ isArticle: false, reason: 'This page could not be analyzed (stage exploded).' });
    expect(result.stderr).toMatch(/^analyze: internal error .*stage exploded\n$/);
  });

  it('retries without the page CSS when jsdom throws on it', async () => {
    const styled = join(mkdtempSync(join(tmpdir(), 'backstory-cli-')), 'styled.html');
    writeFileSync(styled, '<html><head><style>p { color: red }</style></head><body><p style="x">Text</p></body></html>');
    const seen: string[] = [];
    const result = await runAnalyze([styled], (document) => {
      const styled = document.querySelector('style, [style]') !== null;
      seen.push(styled ? 'styled' : 'plain');
      if (styled) throw new Error('Could not parse CSS');
      return { isArticle: false, reason: 'test' };
    });
    expect(seen).toEqual(['styled', 'plain']);
    expect(result).toEqual({ code: 0, stdout: expect.stringContaining('"reason": "test"'), stderr: '' });
  });

  it('rejects a --url that is not a URL, and a second file', async () => {
    expect(await runAnalyze(['--url', 'not a url', article])).toMatchObject({ code: 2, stdout: '' });
    expect(await runAnalyze([article, article])).toMatchObject({ code: 2, stderr: expect.stringContaining('usage:') });
  });

  it('prints one line of JSON with --compact', async () => {
    const result = await runAnalyze(['--compact', article], () => ({ isArticle: false, reason: 'test' }));
    expect(result).toEqual({ code: 0, stdout: '{"isArticle":false,"reason":"test"}\n', stderr: '' });
  });
});
