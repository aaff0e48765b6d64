// Calendar-day arithmetic on ISO date strings (YYYY-MM-DD), all in UTC.
// date-fns is not installed; these few helpers keep the domain free of time zones:
// a due date is a calendar day, and ISO dates compare correctly as plain strings.

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: IsoDate): [number, number, number] {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`Ugyldig dato: «${date}» (forventet ÅÅÅÅ-MM-DD).`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) {
    throw new RangeError(`Ugyldig dato: «${date}».`);
  }
  return [y, mo, d];
}

function format(y: number, month: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function isIsoDate(value: string): boolean {
  try {
    parts(value);
    return true;
  } catch {
    return false;
  }
}

/** Throws a RangeError unless `date` is a real calendar day in YYYY-MM-DD form. */
export function assertIsoDate(date: IsoDate): IsoDate {
  parts(date);
  return date;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** month is 1-12. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The UTC calendar day of an instant; "now" arrives as a Date from the caller. */
export function isoDateOf(instant: Date): IsoDate {
  return format(instant.getUTCFullYear(), instant.getUTCMonth() + 1, instant.getUTCDate());
}

/**
 * The calendar day of a stored value that may be a date or a full ISO timestamp
 * (confirmedAt, closedAt). Timestamps are read as UTC days.
 */
export function toIsoDate(value: string): IsoDate {
  if (ISO_DATE.test(value)) return assertIsoDate(value);
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Ugyldig tidspunkt: «${value}».`);
  return isoDateOf(instant);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = parts(date);
  // setUTCFullYear rather than Date.UTC: the latter maps years 0-99 onto 1900-1999.
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d + days);
  return isoDateOf(t);
}

/** Adds calendar months, clamping to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return format(year, month, Math.min(d, daysInMonth(year, month)));
}

/** Whole calendar months from `from` to `to` (floor; negative when `to` is earlier). */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  const [fy, fm] = parts(from);
  const [ty, tm] = parts(to);
  let months = (ty - fy) * 12 + (tm - fm);
  if (months > 0 && addMonths(from, months) > to) months -= 1;
  if (months < 0 && addMonths(from, months) < to) months += 1;
  return months;
}

export function lastDayOfMonth(year: number, month: number): IsoDate {
  return format(year, month, daysInMonth(year, month));
}

export function yearOf(date: IsoDate): number {
  return parts(date)[0];
}

/** The Norwegian way of writing a day in a sentence: 15.12.2025. */
export function formatDateNb(date: IsoDate): string {
  const [y, m, d] = parts(date);
  return `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`;
}

/**
 * The rolling window "the last 12 months" as half-open (start, today]: a day exactly one
 * year back belongs to the previous window, so nothing is counted twice year on year.
 */
export function lastTwelveMonths(today: IsoDate): { after: IsoDate; upTo: IsoDate } {
  return { after: addMonths(today, -12), upTo: today };
}

export function inWindow(date: IsoDate, window: { after: IsoDate; upTo: IsoDate }): boolean {
  return date > window.after && date <= window.upTo;
}
