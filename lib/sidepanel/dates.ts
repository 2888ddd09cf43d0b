/**
 * Event dates as a reader sees them: formatted at the precision the article gives (year, month or
 * day) and placed relative to the article's publication ("2 months after this article").
 */

type Precision = 'year' | 'month' | 'day';

interface PartialDate {
  year: number;
  /** 1-12, or null at year precision. */
  month: number | null;
  day: number | null;
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses YYYY, YYYY-MM or YYYY-MM-DD; null for anything else. */
export function parsePartialDate(iso: string): PartialDate | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const month = match[2] ? Number(match[2]) : null;
  const day = match[3] ? Number(match[3]) : null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > 31)) return null;
  return { year: Number(match[1]), month, day };
}

const precisionOf = (date: PartialDate): Precision => (date.day !== null ? 'day' : date.month !== null ? 'month' : 'year');

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2013", "June 2013" or "20 June 2013"; the input unchanged when it is not an ISO date. */
export function formatPartialDate(iso: string): string {
  const date = parsePartialDate(iso);
  if (!date) return iso;
  if (date.month === null) return String(date.year);
  const monthYear = `${MONTH_NAMES[date.month - 1]} ${date.year}`;
  return date.day === null ? monthYear : `${date.day} ${monthYear}`;
}

/** "20 June 2013", or "20 June 2013 – 21 June 2013" for a range. */
export function formatDateRange(start: string, end: string | null): string {
  return end && end !== start ? `${formatPartialDate(start)} – ${formatPartialDate(end)}` : formatPartialDate(start);
}

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;

const dayNumber = (date: PartialDate) => Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1) / 86_400_000;

/** Whole calendar months from `from` to `to` (negative when `to` is earlier), not counting a month not yet complete. */
function wholeMonths(from: PartialDate, to: PartialDate): number {
  const months = (to.year - from.year) * 12 + ((to.month ?? 1) - (from.month ?? 1));
  // Days only count when both dates have one: "June 2013" is 2 months after 14 April 2013.
  if (to.day === null || from.day === null) return months;
  if (months > 0 && to.day < from.day) return months - 1;
  if (months < 0 && to.day > from.day) return months + 1;
  return months;
}

/** The distance at a precision, as a positive count with its unit; null when the dates coincide at it. */
function distance(event: PartialDate, published: PartialDate, precision: Precision): { text: string; later: boolean } | null {
  if (precision === 'year') {
    const years = event.year - published.year;
    return years === 0 ? null : { text: plural(Math.abs(years), 'year'), later: years > 0 };
  }
  const months = wholeMonths(published, event);
  if (Math.abs(months) >= 12) return { text: plural(Math.trunc(Math.abs(months) / 12), 'year'), later: months > 0 };
  if (precision === 'month' || months !== 0) {
    return months === 0 ? null : { text: plural(Math.abs(months), 'month'), later: months > 0 };
  }
  const days = dayNumber(event) - dayNumber(published);
  return days === 0 ? null : { text: plural(Math.abs(days), 'day'), later: days > 0 };
}

const SAME: Record<Precision, string> = {
  year: 'same year as this article',
  month: 'same month as this article',
  day: 'same day as this article',
};

const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

/**
 * How far an event (start, optional end) lies from the article's publication, compared at the
 * coarser of the two precisions: an event dated "2013" is not "3 months before" an article of
 * April 2013. Null when either date is missing or malformed.
 */
export function describeFromPublication(start: string | null, end: string | null, published: string | null): string | null {
  const event = start ? parsePartialDate(start) : null;
  const pub = published ? parsePartialDate(published) : null;
  if (!event || !pub) return null;
  const coarser = (a: PartialDate, b: PartialDate): Precision =>
    PRECISION_RANK[precisionOf(a)] <= PRECISION_RANK[precisionOf(b)] ? precisionOf(a) : precisionOf(b);
  const fromStart = distance(event, pub, coarser(event, pub));
  const last = end ? parsePartialDate(end) : null;
  if (fromStart && !fromStart.later && last) {
    // A range that began before publication and had not ended by then was under way when it was written.
    const fromEnd = distance(last, pub, coarser(last, pub));
    if (!fromEnd || fromEnd.later) return 'under way when this article came out';
  }
  if (!fromStart) return SAME[coarser(event, pub)];
  return `${fromStart.text} ${fromStart.later ? 'after' : 'before'} this article`;
}
