import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  formatDateNb,
  parseDateNb,
  inWindow,
  isIsoDate,
  isoDateOf,
  lastTwelveMonths,
  monthsBetween,
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

  it('reads instants and timestamps as UTC days', () => {
    expect(isoDateOf(new Date('2025-06-30T23:30:00Z'))).toBe('2025-06-30');
    expect(toIsoDate('2025-07-01T00:30:00+02:00')).toBe('2025-06-30');
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
