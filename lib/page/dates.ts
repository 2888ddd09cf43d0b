/** Publication dates as pages write them, reduced to ISO `YYYY-MM-DD`. */

// English first; French, German and Spanish so that common non-English datelines still parse.
const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8,
  septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
  januar: 1, februar: 2, märz: 3, maerz: 3, juni: 6, juli: 7, oktober: 10, dezember: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9,
  setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
};

const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er)?\\.?';
const YEAR = '((?:19|20)\\d\\d)';
const TEXT_DATES: { pattern: RegExp; order: 'mdy' | 'dmy' | 'ymd' }[] = [
  { pattern: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'iu'), order: 'mdy' },
  { pattern: new RegExp(`\\b${DAY}\\s+(?:de\\s+)?${MONTH},?\\s+(?:de\\s+)?${YEAR}\\b`, 'iu'), order: 'dmy' },
  { pattern: new RegExp(`\\b${YEAR}[-/](\\d{1,2})[-/](\\d{1,2})\\b`), order: 'ymd' },
];

/** A date usable as a publication date, or null (impossible days, far past or future years). */
function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1970 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const monthNumber = (name: string | undefined): number => MONTHS[(name ?? '').toLowerCase()] ?? 0;

/**
 * A machine-readable date (`2019-01-03T07:00:02Z`, `20160729`) or, failing that, the first date written
 * in words. The calendar day is kept as the page states it: converting time zones would move evening
 * articles to the next day.
 */
export function toIsoDate(value: string): string | null {
  const machine = /^\s*((?:19|20)\d\d)-?(\d\d)-?(\d\d)(?:$|[T\s\d])/.exec(value);
  if (machine) return isoDate(Number(machine[1]), Number(machine[2]), Number(machine[3]));
  return findDateInText(value);
}

/** The earliest full date (day, month and year) written in a piece of text. */
export function findDateInText(text: string): string | null {
  let best: { index: number; date: string } | null = null;
  for (const { pattern, order } of TEXT_DATES) {
    const match = pattern.exec(text);
    if (!match || (best && best.index <= match.index)) continue;
    const [, a, b, c] = match;
    const date =
      order === 'mdy'
        ? isoDate(Number(c), monthNumber(a), Number(b))
        : order === 'dmy'
          ? isoDate(Number(c), monthNumber(b), Number(a))
          : isoDate(Number(a), Number(b), Number(c));
    if (date) best = { index: match.index, date };
  }
  return best?.date ?? null;
}

/** Matches dates, times and dateline words, to tell a bare "Updated 3 Jan 2019, 02.00 EST" line from prose. */
export const DATELINE_NOISE = new RegExp(
  [
    ...TEXT_DATES.map(({ pattern }) => pattern.source),
    '\\b\\d{1,2}[:.h]\\d{2}(?:\\s*[ap]\\.?m\\.?)?',
    // Words are delimited by non-letters: `\b` does not know that "à" or "ü" are letters.
    '(?<!\\p{L})(?:updated|published|posted|last|modified|on|at|[ap]\\.?m\\.?|utc|gmt|[a-z]{1,2}[sd]t|publié|mis|jour|le|à|am|um|veröffentlicht|aktualisiert|publicado|actualizado|el|de|del|a las)(?!\\p{L})',
    '(?<!\\p{L})(?:mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?!\\p{L})',
    MONTH,
    '\\d+',
  ].join('|'),
  'giu',
);
