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

// ---- The page's own time zone ----
//
// Many pages state the publication instant in UTC (`2019-11-20T01:50:59Z`) while printing it for readers
// in their own zone ("Nov. 19, 2019 5:50 PM"). The day a reader gives is the printed one, so a UTC
// instant yields the page's day when the page shows which one that is.

/** Real zones lie between UTC-12 and UTC+14. */
const MIN_OFFSET = -12 * 60;
const MAX_OFFSET = 14 * 60;

/** A machine timestamp as written. */
export interface Timestamp {
  /** The calendar day as written. */
  date: string;
  /** The written clock time as minutes since 1970-01-01 00:00 (no zone applied); null without a time. */
  clock: number | null;
  /** The written offset from UTC in minutes (0 for `Z`); null when none is written. */
  offset: number | null;
}

const MACHINE_TIMESTAMP =
  /^\s*((?:19|20)\d\d)-(\d\d)-(\d\d)(?:[T\s]+(\d\d):(\d\d)(?::\d\d(?:[.,]\d+)?)?\s*(Z|[+-]\d\d(?::?\d\d)?)?)?\s*$/i;

/** `2019-11-20T01:50:59.403Z`, `2019-11-19 21:57:00 -0800`, `2019-11-19`; null for anything else. */
export function readTimestamp(value: string): Timestamp | null {
  const match = MACHINE_TIMESTAMP.exec(value);
  if (!match) return null;
  const [, year, month, day, hours, minutes, zone] = match;
  const date = isoDate(Number(year), Number(month), Number(day));
  if (!date) return null;
  const clock =
    hours === undefined || Number(hours) > 23 || Number(minutes) > 59
      ? null
      : Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hours), Number(minutes)) / 60_000;
  return { date, clock, offset: clock === null || zone === undefined ? null : zoneMinutes(zone) };
}

function zoneMinutes(zone: string): number {
  if (/^z$/i.test(zone)) return 0;
  const digits = zone.replace(/\D/g, '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0);
  return zone.startsWith('-') ? -minutes : minutes;
}

const CLOCK_TIME = /(?<![\d:.])(\d{1,2})[:.h](\d{2})(?!\d|[:.]\d)(?:\s*([ap])\.?\s?m\b\.?)?/i;

/**
 * Whether `text` prints the instant `utc` (minutes since 1970) as a date and a clock time in some
 * real zone: "Nov. 18, 2019 11:03 PM" prints 2019-11-19T07:03Z at UTC-8. A time that is not a whole
 * or half hour away is another moment (an update, another story).
 */
export function printsInstant(text: string, utc: number): boolean {
  const date = findDateInText(text);
  const time = CLOCK_TIME.exec(text);
  if (!date || !time) return false;
  const half = time[3]?.toLowerCase();
  const hours = half ? (Number(time[1]) % 12) + (half === 'p' ? 12 : 0) : Number(time[1]);
  const minutes = Number(time[2]);
  if (hours > 23 || minutes > 59 || (half && (Number(time[1]) < 1 || Number(time[1]) > 12))) return false;
  const printed = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), hours, minutes) / 60_000;
  const offset = printed - Math.floor(utc);
  return offset >= MIN_OFFSET && offset <= MAX_OFFSET && offset % 30 === 0;
}

/** `day` is the calendar day of the instant `utc` in some real zone. */
export function isDayOfInstant(day: string, utc: number): boolean {
  return day >= dayAt(utc, MIN_OFFSET) && day <= dayAt(utc, MAX_OFFSET);
}

/** The calendar day of the instant `utc` in the zone `offset` minutes from UTC. */
export function dayAt(utc: number, offset: number): string {
  return new Date((utc + offset) * 60_000).toISOString().slice(0, 10);
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
