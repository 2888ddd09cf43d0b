/**
 * The options page's words and checks for the reader's history: the article count, the archive
 * file's name, reading a file the reader picked, what an import brought. No browser API here.
 */
import { MAX_ARCHIVE_FILE_CHARS } from '../messaging/protocol';

/** What the page knows of the archive: its size, why it could not be read, or nothing yet. */
export type ArchiveSummary = { articles: number } | { error: string } | null;

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function describeArchive(summary: ArchiveSummary): string {
  if (summary === null) return 'Counting the articles in your history…';
  if ('error' in summary) return `Could not read your history: ${summary.error}`;
  return summary.articles === 0 ? 'Your history is empty.' : `Your history holds ${count(summary.articles, 'article', 'articles')}.`;
}

/** "backstory-history-2024-03-12.json": the day in the reader's own time zone. */
export function archiveFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `backstory-history-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
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
