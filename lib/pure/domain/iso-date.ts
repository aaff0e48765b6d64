// Calendar-day arithmetic on ISO date strings (YYYY-MM-DD). A due date is a calendar day,
// not an instant, so the arithmetic runs on UTC dates (date-fns with @date-fns/utc) and the
// results are plain strings that compare correctly as strings.
//
// The day of an instant is always the day on the wall in Norway (osloDateOf): a municipality's
// deadline is a Norwegian calendar day, so "today", "overdue" and "closed on" all use the Oslo
// day. It differs from the UTC day between midnight and 01:00 (winter) or 02:00 (summer).
import { UTCDate, utc } from '@date-fns/utc';
// lightFormat and parseISO rather than format and parse: those carry the English locale (its
// month names and relative phrases, 10 kB gzipped) into every page that handles a date.
import {
  addDays as addDaysFns,
  addMonths as addMonthsFns,
  differenceInMonths,
  getDaysInMonth,
  isLeapYear as isLeapYearFns,
  isValid,
  lastDayOfMonth as lastDayOfMonthFns,
  lightFormat,
  parseISO,
} from 'date-fns';

export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function toUtc(date: IsoDate): UTCDate {
  const day = ISO_DATE.test(date) ? parseISO(date, { in: utc }) : null;
  if (!day || !isValid(day)) {
    throw new RangeError(`Ugyldig dato: «${date}» (forventet ÅÅÅÅ-MM-DD).`);
  }
  return day;
}

function iso(date: Date): IsoDate {
  return lightFormat(date, 'yyyy-MM-dd');
}

export function isIsoDate(value: string): boolean {
  try {
    toUtc(value);
    return true;
  } catch {
    return false;
  }
}

/** Throws a RangeError unless `date` is a real calendar day in YYYY-MM-DD form. */
export function assertIsoDate(date: IsoDate): IsoDate {
  toUtc(date);
  return date;
}

export function isLeapYear(year: number): boolean {
  return isLeapYearFns(new UTCDate(year, 0, 1));
}

/** month is 1-12. */
export function daysInMonth(year: number, month: number): number {
  return getDaysInMonth(new UTCDate(year, month - 1, 1));
}

const NORWEGIAN_TIME_ZONE = 'Europe/Oslo';

const osloDay = new Intl.DateTimeFormat('en-CA', { timeZone: NORWEGIAN_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The calendar day in Norway at an instant: THE "today" of every page, query, action and job
 * (pass the request's or the job's `now`; pure code never reads the clock).
 */
export function osloDateOf(instant: Date): IsoDate {
  const parts = Object.fromEntries(osloDay.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The first instant of a Norwegian calendar day (Oslo is UTC+1 in winter, UTC+2 in summer). */
export function osloDayStart(day: IsoDate): Date {
  for (const offset of ['+01:00', '+02:00']) {
    const candidate = new Date(`${assertIsoDate(day)}T00:00:00${offset}`);
    if (osloDateOf(candidate) === day && osloDateOf(new Date(candidate.getTime() - 1)) !== day) return candidate;
  }
  return new Date(`${day}T00:00:00Z`);
}

/**
 * The calendar day of a stored value that may be a date or a full ISO timestamp
 * (confirmedAt, closedAt). Timestamps are read as Norwegian days, like "today".
 */
export function toIsoDate(value: string): IsoDate {
  if (ISO_DATE.test(value)) return assertIsoDate(value);
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Ugyldig tidspunkt: «${value}».`);
  return osloDateOf(instant);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return iso(addDaysFns(toUtc(date), days));
}

/** Adds calendar months, clamping to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  return iso(addMonthsFns(toUtc(date), months));
}

/** Whole calendar months from `from` to `to` (truncated towards zero; negative when `to` is earlier). */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  return differenceInMonths(toUtc(to), toUtc(from));
}

export function lastDayOfMonth(year: number, month: number): IsoDate {
  return iso(lastDayOfMonthFns(new UTCDate(year, month - 1, 1)));
}

export function yearOf(date: IsoDate): number {
  return toUtc(date).getUTCFullYear();
}

/** The Norwegian way of writing a day in a sentence: 15.12.2025. */
export function formatDateNb(date: IsoDate): string {
  return lightFormat(toUtc(date), 'dd.MM.yyyy');
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

/**
 * A day as people write it: 01.01.2009 (or 1.1.2009) or 2009-01-01; null when it is not a
 * real calendar day. The spreadsheet import and the registration form read dates with it.
 */
export function parseDateNb(text: string): IsoDate | null {
  const value = text.trim();
  const nb = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  const iso = nb ? `${nb[3]}-${nb[2]!.padStart(2, '0')}-${nb[1]!.padStart(2, '0')}` : value;
  return isIsoDate(iso) ? iso : null;
}
