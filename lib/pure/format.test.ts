// Dates and numbers in each language; bokmål when no language is given (the existing callers).
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatPopulation } from './format';

describe('lib/pure/format', () => {
  it('keeps dd.mm.åååå for bokmål and nynorsk, also by default', () => {
    expect(formatDate('2026-03-05')).toBe('05.03.2026');
    expect(formatDate('2026-03-05', 'nn')).toBe('05.03.2026');
    expect(formatDate(new Date('2026-03-04T23:30:00Z'))).toBe('05.03.2026'); // already the 5th in Oslo
  });

  it('names the month in English, so day and month cannot be swapped', () => {
    expect(formatDate('2026-03-05', 'en')).toBe('Mar 5, 2026');
    expect(formatDate(new Date('2026-03-04T23:30:00Z'), 'en')).toBe('Mar 5, 2026');
  });

  it('formats times in Norway’s time zone in each language', () => {
    const at = new Date('2026-06-01T10:15:00Z');
    expect(formatDateTime(at)).toMatch(/1\. juni 2026.*12:15/);
    expect(formatDateTime(at, 'en')).toMatch(/Jun 1, 2026.*12:15 PM/);
  });

  it('groups thousands the way each language does', () => {
    expect(formatPopulation(117000).replace(/\s/g, ' ')).toBe('117 000');
    expect(formatPopulation(117000, 'en')).toBe('117,000');
  });
});
