/**
 * `npm run -s bench -- [--runs N] [--page NAME] [--section NAME]`: times the pipeline on the corpus.
 *
 * Timing uses plain `performance.now()` rather than tinybench: every stage takes milliseconds to
 * seconds, so timer overhead and calibration do not matter, while we need what tinybench's
 * per-task runner does not give: an exact, small run count, a p95, stages run in turn on each
 * other's output (parse → extract → text stages), and each stage's result (names are counted).
 *
 * Each run takes a page through every stage once, so a stage is never timed in a quieter or busier
 * moment than the others, nor right after another stage's garbage: the comparisons stay fair on a
 * loaded machine. The default is 3 runs: jsdom's parse of the big pages dominates, and more runs
 * would push the corpus past a minute on two cores; `--runs 7` gives steadier numbers. With few
 * runs the nearest-rank p95 is simply the slowest run, which is what it should say.
 *
 * The report is a list of named sections; a new benchmark is one more entry in SECTIONS. The
 * `history` section measures the reader's archive instead of the corpus (bench-history.ts): a
 * generated archive per `--sizes` (10,000 and 100,000 articles), 50 queries each.
 */
import nlp from 'compromise';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { analyzeText } from '../lib/analyze';
import { findEvents } from '../lib/nlp/events';
import { findPeople } from '../lib/nlp/people';
import { extractArticle } from '../lib/page/extract';
import type { ExtractedArticle } from '../lib/types';
import { COVERAGE_LIMIT } from '../lib/history/store';
import { measureHistory, MORE_LIMIT } from './bench-history';
import { readCorpusPages, type CorpusPage } from './corpus';
import { CORPUS_PAGE_URL, parseHtml } from './dom';

interface Options {
  runs: number;
  /** The corpus pages to measure (all, or the one --page names). */
  corpus: CorpusPage[];
  /** Articles in each generated archive the history section measures. */
  archiveSizes: number[];
}

const STAGES = ['parse', 'extract', 'people', 'events', 'analyzeText', 'compromise'] as const;
type Stage = (typeof STAGES)[number];
/** Milliseconds of each measured run, by stage; text stages have none on a page that is not an article. */
type Samples = Partial<Record<Stage, number[]>>;

interface PageMeasurement {
  name: string;
  samples: Samples;
  /** People found by findPeople, and distinct names found by compromise alone; null when not an article. */
  peopleFound: number | null;
  compromiseFound: number | null;
}

interface BenchContext {
  options: Options;
  /** The corpus pages' measurements, taken on first use and shared by every section. */
  pages(): PageMeasurement[];
}

interface Section {
  name: string;
  run(context: BenchContext): string | Promise<string>;
}

// ---------------------------------------------------------------- statistics and tables

/** Nearest-rank percentile: with few runs an interpolated p95 would be an invented number. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const median = (values: number[]): number => percentile(values, 50);
const ms = (value: number): string => (Number.isNaN(value) ? '-' : value.toFixed(value < 10 ? 2 : 1));
const ratio = (value: number): string => (Number.isFinite(value) ? `${value.toFixed(2)}x` : '-');
const medianAndP95 = (values: number[]): string => `${ms(median(values))} / ${ms(percentile(values, 95))}`;

/** Columns are right-aligned except the first (the row's name). */
function renderTable(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const pad = (cell: string, column: number) =>
    column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!);
  const line = (row: string[]) => row.map(pad).join('  ').trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------- measuring the corpus

function timed<T>(samples: Samples, stage: Stage, run: () => T): T {
  const start = performance.now();
  const result = run();
  (samples[stage] ??= []).push(performance.now() - start);
  return result;
}

/** The people stage's baseline: compromise alone on the whole text; distinct names, as findPeople merges them. */
function compromiseNames(article: ExtractedArticle): number {
  return new Set(nlp(article.paragraphs.join('\n\n')).people().out('array') as string[]).size;
}

function domStages(html: string, samples: Samples): ExtractedArticle | null {
  const document = timed(samples, 'parse', () => parseHtml(html, CORPUS_PAGE_URL));
  const extraction = timed(samples, 'extract', () => extractArticle(document, CORPUS_PAGE_URL));
  return extraction.isArticle ? extraction.article : null;
}

function textStages(article: ExtractedArticle, samples: Samples): Pick<PageMeasurement, 'peopleFound' | 'compromiseFound'> {
  const { paragraphs, metadata } = article;
  const people = timed(samples, 'people', () => findPeople(paragraphs, { authors: metadata.authors }));
  timed(samples, 'events', () => findEvents(paragraphs, { published: metadata.published }));
  timed(samples, 'analyzeText', () => analyzeText(article));
  const compromiseFound = timed(samples, 'compromise', () => compromiseNames(article));
  return { peopleFound: people.length, compromiseFound };
}

/** Repeats `run` for a while: V8 needs several runs of a stage, not one, to reach its steady speed. */
function repeatFor(budgetMs: number, run: () => unknown): void {
  const start = performance.now();
  do run();
  while (performance.now() - start < budgetMs);
}

function measureCorpus({ corpus, runs }: Options): PageMeasurement[] {
  // Warm-up on the first article, once for all pages: the compiled code is shared by all of them.
  // The parse is jsdom's and too slow to repeat; extraction and the text stages are ours.
  let warm = false;
  const warmUp = (html: string, article: ExtractedArticle) => {
    repeatFor(1000, () => extractArticle(parseHtml(html, CORPUS_PAGE_URL), CORPUS_PAGE_URL));
    repeatFor(1000, () => textStages(article, {}));
    warm = true;
  };
  return corpus.map(({ name, html }) => {
    const samples: Samples = {};
    const found: Pick<PageMeasurement, 'peopleFound' | 'compromiseFound'> = { peopleFound: null, compromiseFound: null };
    const firstArticle = warm ? null : domStages(html, {});
    if (firstArticle) warmUp(html, firstArticle);
    for (let run = 0; run < runs; run++) {
      const article = domStages(html, samples);
      if (article) Object.assign(found, textStages(article, samples));
    }
    return { name, samples, ...found };
  });
}

// ---------------------------------------------------------------- sections

function stageTimes(context: BenchContext): string {
  const pages = context.pages();
  const stages = STAGES.filter((stage) => stage !== 'compromise');
  const cell = (samples: number[] | undefined) => (samples ? medianAndP95(samples) : 'no article');
  const rows = pages.map((page) => [page.name, ...stages.map((stage) => cell(page.samples[stage]))]);
  // Overall: the typical page and a slow page, from each page's median.
  const pageMedians = (stage: Stage) => pages.flatMap(({ samples }) => (samples[stage] ? [median(samples[stage])] : []));
  rows.push(['overall', ...stages.map((stage) => medianAndP95(pageMedians(stage)))]);
  return [
    `median / p95 ms of ${context.options.runs} runs per page; overall = median / p95 over the pages' medians.`,
    'parse is jsdom (the browser has parsed the page already); analyzeText = people + events.',
    renderTable(['page', ...stages], rows),
  ].join('\n');
}

function peopleVersusCompromise(context: BenchContext): string {
  const rows: string[][] = [];
  const totals = { people: 0, compromise: 0 };
  for (const { name, samples, peopleFound, compromiseFound } of context.pages()) {
    if (!samples.people || !samples.compromise) {
      rows.push([name, 'no article']);
      continue;
    }
    const [people, compromise] = [median(samples.people), median(samples.compromise)];
    totals.people += people;
    totals.compromise += compromise;
    rows.push([name, ms(people), ms(compromise), ratio(people / compromise), String(peopleFound), String(compromiseFound)]);
  }
  // Overall ratio of summed medians, so each page weighs as much as it costs.
  rows.push(['overall', ms(totals.people), ms(totals.compromise), ratio(totals.people / totals.compromise)]);
  return [
    "findPeople vs nlp(paragraphs.join('\\n\\n')).people(): median ms, and people / distinct names found",
    renderTable(['page', 'people', 'compromise', 'ratio', 'people#', 'compromise#'], rows),
  ].join('\n');
}

/** Queries per archive: enough for a p95 that is not just the slowest run. */
const HISTORY_RUNS = 50;
/** People in each queried article: a big story's. */
const HISTORY_PEOPLE = 15;
const HISTORY_TARGETS = { coverageAndRelatedMs: [[10_000, 10], [100_000, 50]], bytesPerArticle: 3 * 1024 } as const;

async function historyQueries(context: BenchContext): Promise<string> {
  const rows: string[][] = [];
  const bytes: string[][] = [];
  for (const size of context.options.archiveSizes) {
    const measured = await measureHistory(size, HISTORY_RUNS, HISTORY_PEOPLE);
    rows.push([
      `${size.toLocaleString('en')} (+${measured.unread.toLocaleString('en')} unread)`,
      `${(measured.generationMs / 1000).toFixed(1)} s`,
      medianAndP95(measured.coverage),
      medianAndP95(measured.related),
      medianAndP95(measured.possibleMatches),
      medianAndP95(measured.coverageMore),
      medianAndP95(measured.record),
      measured.coverageEntries.toFixed(0),
      measured.relatedResults.toFixed(1),
    ]);
    const { readRecord, unreadRecord, indexPerRead, namesPerRead, totalPerRead } = measured.bytes;
    bytes.push([size.toLocaleString('en'), readRecord.toFixed(0), unreadRecord.toFixed(0), indexPerRead.toFixed(0), namesPerRead.toFixed(0), totalPerRead.toFixed(0)]);
  }
  const targets = HISTORY_TARGETS.coverageAndRelatedMs.map(([size, limit]) => `${limit} ms median at ${size.toLocaleString('en')}`).join(', ');
  return [
    `median / p95 ms of ${HISTORY_RUNS} queries, each on a new article naming ${HISTORY_PEOPLE} people (fake-indexeddb in Node).`,
    `Targets: ${targets} for each query; under ${HISTORY_TARGETS.bytesPerArticle} bytes per article.`,
    `coverage: every person, ${COVERAGE_LIMIT} articles each side; possible: who may be each person under another name; more: one person, ${MORE_LIMIT} each side; record: saving the article first.`,
    renderTable(['archive', 'generated in', 'coverage', 'related', 'possible', 'more', 'record', 'entries', 'related#'], rows),
    '',
    'bytes: mean JSON of a read and of an unread record; index entries and the names table (each name once) per read article; everything / read articles.',
    renderTable(['archive', 'read record', 'unread record', 'index', 'names', 'total per read'], bytes),
  ].join('\n');
}

const SECTIONS: Section[] = [
  { name: 'stages', run: stageTimes },
  { name: 'people-vs-compromise', run: peopleVersusCompromise },
  { name: 'history', run: historyQueries },
];

// ---------------------------------------------------------------- command line

const USAGE = 'usage: bench [--runs N] [--page NAME] [--section NAME] [--sizes N,N]';

function readOptions(argv: string[]): Options & { sections: Section[] } {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string', default: '3' },
      page: { type: 'string' },
      section: { type: 'string' },
      sizes: { type: 'string', default: '10000,100000' },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, not ${values.runs}`);
  const sections = SECTIONS.filter((section) => !values.section || section.name === values.section);
  if (sections.length === 0) {
    throw new Error(`no section ${values.section}; sections: ${SECTIONS.map((section) => section.name).join(', ')}`);
  }
  const corpus = readCorpusPages().filter((page) => !values.page || page.name === values.page);
  if (corpus.length === 0) throw new Error(`no corpus page named ${values.page}`);
  const archiveSizes = values.sizes.split(',').map(Number);
  if (!archiveSizes.every((size) => Number.isInteger(size) && size > 0)) throw new Error(`--sizes must be positive integers, not ${values.sizes}`);
  return { runs, corpus, archiveSizes, sections };
}

async function main(): Promise<void> {
  let options: ReturnType<typeof readOptions>;
  try {
    options = readOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  const start = performance.now();
  // Other processes on the machine inflate every number; say so rather than let it pass unseen.
  const [load] = os.loadavg();
  if (load !== undefined && load > os.availableParallelism()) {
    process.stdout.write(`note: load average ${load.toFixed(1)} on ${os.availableParallelism()} cores: timings are inflated\n`);
  }
  let pages: PageMeasurement[] | undefined;
  const context: BenchContext = { options, pages: () => (pages ??= measureCorpus(options)) };
  for (const section of options.sections) process.stdout.write(`\n## ${section.name}\n${await section.run(context)}\n`);
  process.stderr.write(`\nbench took ${((performance.now() - start) / 1000).toFixed(1)} s\n`);
}

await main();
