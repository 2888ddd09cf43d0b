import { describe, expect, it } from 'vitest';
import { MAX_ARCHIVE_FILE_CHARS } from '../../../lib/messaging/protocol';
import {
  archiveFileName,
  archiveFileProblem,
  describeDeletedBefore,
  describeImport,
  describeMonths,
  OLDER_THAN_MONTHS,
  parseArchiveText,
  startOfDayMonthsBefore,
} from '../../../lib/options/history';

describe('archiveFileName', () => {
  it('names the file for the day, in the reader\'s time zone', () => {
    expect(archiveFileName(new Date(2024, 2, 5, 23, 59))).toBe('backstory-history-2024-03-05.json');
    expect(archiveFileName(new Date(2024, 11, 31, 0, 1))).toBe('backstory-history-2024-12-31.json');
  });
});

describe('reading a file the reader picked', () => {
  it('gives the data of a JSON object, indented or not', () => {
    const file = { format: 'backstory-archive', version: 1, exported: '2024-03-12T09:00:00.000Z', articles: [], corrections: [] };
    expect(parseArchiveText(JSON.stringify(file, null, 2))).toEqual(file);
    expect(parseArchiveText(JSON.stringify(file))).toEqual(file);
  });

  it('says in plain words why a file is not read', () => {
    expect(() => parseArchiveText('<html>not json</html>')).toThrow('the file is not a Backstory history (it is not JSON).');
    expect(() => parseArchiveText('')).toThrow(/not JSON/);
    expect(() => parseArchiveText('[1, 2]')).toThrow('the file is not a Backstory history.');
    expect(() => parseArchiveText('"text"')).toThrow('the file is not a Backstory history.');
    expect(() => parseArchiveText('null')).toThrow('the file is not a Backstory history.');
  });

  it('refuses data larger than the background takes, measured as the message carries it', () => {
    const padding = 'x'.repeat(MAX_ARCHIVE_FILE_CHARS);
    expect(() => parseArchiveText(JSON.stringify({ padding }))).toThrow(/larger than any history/);
    // Indentation does not count: the file's data is sent, not its text.
    const fits = JSON.stringify({ padding: 'x'.repeat(MAX_ARCHIVE_FILE_CHARS - 20) }, null, 40);
    expect(parseArchiveText(fits)).toMatchObject({ padding: expect.any(String) });
  });

  it('does not even read a file certainly too large, whatever its characters', () => {
    expect(archiveFileProblem(MAX_ARCHIVE_FILE_CHARS * 4)).toBeNull();
    expect(archiveFileProblem(MAX_ARCHIVE_FILE_CHARS * 4 + 1)).toMatch(/^the file is 200 MB, far larger than a Backstory history\.$/);
  });
});

describe('describeImport', () => {
  it('says what came in', () => {
    expect(describeImport({ articles: 12, corrections: 0 })).toBe('Imported 12 articles into your history.');
    expect(describeImport({ articles: 1, corrections: 1 })).toBe('Imported 1 article and 1 correction into your history.');
    expect(describeImport({ articles: 0, corrections: 3 })).toBe('Imported 0 articles and 3 corrections into your history.');
  });
});

describe('deleting older articles', () => {
  it('offers a month to a year, in words', () => {
    expect(OLDER_THAN_MONTHS.map(describeMonths)).toEqual(['1 month', '3 months', '6 months', '1 year']);
    expect(describeMonths(24)).toBe('2 years');
  });

  it('starts at midnight of the same day months before, in the reader\'s time zone', () => {
    const now = new Date(2024, 2, 12, 15, 42, 7);
    expect(startOfDayMonthsBefore(now, 1)).toEqual(new Date(2024, 1, 12));
    expect(startOfDayMonthsBefore(now, 3)).toEqual(new Date(2023, 11, 12));
    expect(startOfDayMonthsBefore(now, 12)).toEqual(new Date(2023, 2, 12));
    // Just after midnight is still that day.
    expect(startOfDayMonthsBefore(new Date(2024, 2, 12, 0, 0, 1), 6)).toEqual(new Date(2023, 8, 12));
  });

  it('takes the last day of a shorter month, never a day of the month after', () => {
    expect(startOfDayMonthsBefore(new Date(2024, 2, 31, 9), 1)).toEqual(new Date(2024, 1, 29));
    expect(startOfDayMonthsBefore(new Date(2023, 2, 31, 9), 1)).toEqual(new Date(2023, 1, 28));
    expect(startOfDayMonthsBefore(new Date(2024, 7, 31, 9), 6)).toEqual(new Date(2024, 1, 29));
    expect(startOfDayMonthsBefore(new Date(2024, 1, 29, 9), 12)).toEqual(new Date(2023, 1, 28));
  });

  it('says how many went and before which day', () => {
    expect(describeDeletedBefore(3, new Date(2024, 1, 12))).toBe('Deleted 3 articles read before 12 February 2024.');
    expect(describeDeletedBefore(1, new Date(2023, 11, 1))).toBe('Deleted 1 article read before 1 December 2023.');
    expect(describeDeletedBefore(0, new Date(2023, 11, 1))).toBe('Deleted 0 articles read before 1 December 2023.');
  });
});
