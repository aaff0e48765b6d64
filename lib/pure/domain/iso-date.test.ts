import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  formatDateNb,
  inWindow,
  isIsoDate,
  lastTwelveMonths,
  monthsBetween,
  osloDateOf,
  osloDayStart,
  parseDateNb,
  toIsoDate,
} from './iso-date';

describe('iso-date', () => {
  it('validates real calendar days only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2024-04-31')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('24-01-01')).toBe(false);
  });

  it('addDays crosses month, leap day and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-03-01', -1)).toBe('2023-02-28');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-12-01', 30)).toBe('2024-12-31');
    expect(addDays('0050-01-01', -1)).toBe('0049-12-31');
  });

  it('addMonths clamps to the end of shorter months', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(addMonths('2025-03-15', -12)).toBe('2024-03-15');
    expect(addMonths('2025-01-15', -1)).toBe('2024-12-15');
  });

  it('monthsBetween counts whole months', () => {
    expect(monthsBetween('2024-03-01', '2025-03-01')).toBe(12);
    expect(monthsBetween('2024-03-01', '2025-02-28')).toBe(11);
    expect(monthsBetween('2024-01-31', '2024-02-29')).toBe(1);
    // date-fns counts a month from the 31st as ending on the 28th (no 31st in February).
    expect(monthsBetween('2024-01-31', '2024-02-28')).toBe(1);
    expect(monthsBetween('2024-01-15', '2024-02-14')).toBe(0);
    expect(monthsBetween('2025-03-01', '2024-03-01')).toBe(-12);
    expect(monthsBetween('2025-03-01', '2024-03-02')).toBe(-11);
  });

  it('reads timestamps as Norwegian days, and dates as they are', () => {
    expect(toIsoDate('2025-07-01T00:30:00+02:00')).toBe('2025-07-01');
    expect(toIsoDate('2025-06-30T22:30:00.000Z')).toBe('2025-07-01');
    expect(toIsoDate('2025-07-01')).toBe('2025-07-01');
    expect(() => toIsoDate('i går')).toThrow(RangeError);
  });

  it('the last 12 months exclude the day exactly one year back', () => {
    const w = lastTwelveMonths('2025-03-15');
    expect(w).toEqual({ after: '2024-03-15', upTo: '2025-03-15' });
    expect(inWindow('2024-03-15', w)).toBe(false);
    expect(inWindow('2024-03-16', w)).toBe(true);
    expect(inWindow('2025-03-15', w)).toBe(true);
    expect(inWindow('2025-03-16', w)).toBe(false);
  });

  it('formats dates the Norwegian way', () => {
    expect(formatDateNb('2025-12-15')).toBe('15.12.2025');
  });
});

describe('parseDateNb', () => {
  it('reads dd.mm.åååå, d.m.åååå and ISO days', () => {
    expect(parseDateNb('01.01.2009')).toBe('2009-01-01');
    expect(parseDateNb(' 1.2.2009 ')).toBe('2009-02-01');
    expect(parseDateNb('2009-01-01')).toBe('2009-01-01');
  });

  it('refuses days that do not exist and other shapes', () => {
    expect(parseDateNb('31.02.2009')).toBeNull();
    expect(parseDateNb('29.02.2023')).toBeNull();
    expect(parseDateNb('2009')).toBeNull();
    expect(parseDateNb('01/01/2009')).toBeNull();
    expect(parseDateNb('')).toBeNull();
  });
});

// The one "today": a deadline is a Norwegian calendar day. Between midnight in Oslo and
// midnight in UTC (one hour in winter, two in summer) the UTC day is still yesterday; a
// UTC "today" would show a point due yesterday as not yet overdue.
describe('osloDateOf: the day on the wall in Oslo, not the UTC day', () => {
  it.each([
    ['2026-01-15T23:30:00Z', '2026-01-16', '00:30 winter time: the UTC day is still the 15th'],
    ['2026-01-15T22:59:59Z', '2026-01-15', '23:59:59 winter time'],
    ['2026-07-15T22:30:00Z', '2026-07-16', '00:30 summer time'],
    ['2026-07-15T21:59:59Z', '2026-07-15', '23:59:59 summer time'],
    ['2026-12-31T23:00:00Z', '2027-01-01', 'new year in Oslo an hour before UTC'],
    // Summer time starts 29 March 2026 at 02:00 (01:00 UTC) and ends 25 October at 03:00 (01:00 UTC).
    ['2026-03-28T23:30:00Z', '2026-03-29', '00:30 on the night the clocks go forward'],
    ['2026-03-29T21:59:59Z', '2026-03-29', '23:59:59, the first evening of summer time'],
    ['2026-03-29T22:00:00Z', '2026-03-30', 'midnight after the change is 22:00 UTC'],
    ['2026-10-24T22:30:00Z', '2026-10-25', '00:30 on the night the clocks go back'],
    ['2026-10-25T22:59:59Z', '2026-10-25', '23:59:59, the first evening of winter time'],
    ['2026-10-25T23:00:00Z', '2026-10-26', 'midnight after the change is 23:00 UTC'],
  ])('%s is %s (%s)', (instant, day) => {
    expect(osloDateOf(new Date(instant))).toBe(day);
  });
});

describe('osloDayStart', () => {
  it('is the first instant of the Norwegian day, in winter, summer and on the days the clocks change', () => {
    expect(osloDayStart('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(osloDayStart('2026-07-15').toISOString()).toBe('2026-07-14T22:00:00.000Z');
    expect(osloDayStart('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(osloDayStart('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(osloDayStart('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(osloDayStart('2026-10-26').toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });

  it('refuses what is not a calendar day', () => {
    expect(() => osloDayStart('2026-02-30')).toThrow(RangeError);
  });
});
