/**
 * The options page's words and checks for the reader's history: the article count, the archive
 * file's name, reading a file the reader picked, what an import brought, how far back older
 * articles are deleted. No browser API here.
 */
import { MAX_ARCHIVE_FILE_CHARS } from '../messaging/protocol';
import { formatPartialDate } from '../sidepanel/dates';

/** What the page knows of the archive: its size, why it could not be read, or nothing yet. */
export type ArchiveSummary = { articles: number } | { error: string } | null;

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function describeArchive(summary: ArchiveSummary): string {
  if (summary === null) return 'Counting the articles in your history…';
  if ('error' in summary) return `Could not read your history: ${summary.error}`;
  return summary.articles === 0 ? 'Your history is empty.' : `Your history holds ${count(summary.articles, 'article', 'articles')}.`;
}

/** "2024-03-12": the day in the reader's own time zone. */
function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "backstory-history-2024-03-12.json": the day in the reader's own time zone. */
export function archiveFileName(now: Date): string {
  return `backstory-history-${localDay(now)}.json`;
}

/**
 * Why a file of this many bytes is not even read, or null. A character takes one to four bytes, so
 * only a file certainly over the limit is refused here; parseArchiveText checks the rest.
 */
export function archiveFileProblem(bytes: number): string | null {
  return bytes > MAX_ARCHIVE_FILE_CHARS * 4 ? `the file is ${Math.round(bytes / 1_000_000)} MB, far larger than a Backstory history.` : null;
}

/** The file's text as data, or an error in the reader's words; the archive checks the data's shape. */
export function parseArchiveText(text: string): unknown {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    throw new Error('the file is not a Backstory history (it is not JSON).');
  }
  if (typeof file !== 'object' || file === null || Array.isArray(file)) throw new Error('the file is not a Backstory history.');
  // Measured as the message carries it (without the file's indentation), as the background measures it.
  if (JSON.stringify(file).length > MAX_ARCHIVE_FILE_CHARS) throw new Error('the file is larger than any history Backstory writes.');
  return file;
}

export function describeImport(result: { articles: number; corrections: number }): string {
  const corrections = result.corrections ? ` and ${count(result.corrections, 'correction', 'corrections')}` : '';
  return `Imported ${count(result.articles, 'article', 'articles')}${corrections} into your history.`;
}

/** How long ago, in months, the reader may choose to delete what they last read before. */
export const OLDER_THAN_MONTHS = [1, 3, 6, 12] as const;

/** "1 month", "3 months", "1 year". */
export const describeMonths = (months: number): string => (months % 12 === 0 ? count(months / 12, 'year', 'years') : count(months, 'month', 'months'));

/**
 * Where "older than `months`" starts: midnight, in the reader's time zone, of the same day of the
 * month `months` calendar months before `now` (its last day when that month is shorter: a month
 * before 31 March is 29 February). Whole days, so "read before 12 March" holds for every article deleted.
 */
export function startOfDayMonthsBefore(now: Date, months: number): Date {
  const firstOfMonth = new Date(now.getFullYear(), now.getMonth() - months, 1);
  const daysInMonth = new Date(firstOfMonth.getFullYear(), firstOfMonth.getMonth() + 1, 0).getDate();
  return new Date(firstOfMonth.getFullYear(), firstOfMonth.getMonth(), Math.min(now.getDate(), daysInMonth));
}

export function describeDeletedBefore(deleted: number, before: Date): string {
  return `Deleted ${count(deleted, 'article', 'articles')} read before ${formatPartialDate(localDay(before))}.`;
}
