import { describe, expect, it } from 'vitest';
import { periodOf } from './runner';

describe('periodOf', () => {
  it('cuts time into periods of N minutes from midnight UTC', () => {
    expect(periodOf({ everyMinutes: 60 }, new Date('2026-12-04T13:59:59.999Z'))).toBe('2026-12-04T13:00Z');
    expect(periodOf({ everyMinutes: 60 }, new Date('2026-12-04T14:00:00.000Z'))).toBe('2026-12-04T14:00Z');
    expect(periodOf({ everyMinutes: 15 }, new Date('2026-12-04T14:44:00.000Z'))).toBe('2026-12-04T14:30Z');
    expect(periodOf({ everyMinutes: 0 }, new Date('2026-12-04T14:44:30.000Z'))).toBe('2026-12-04T14:44Z');
  });

  it('uses the Norwegian calendar day for daily jobs', () => {
    // 23:30 UTC on 4 December is already 5 December in Oslo (UTC+1).
    expect(periodOf({ daily: true }, new Date('2026-12-04T23:30:00.000Z'))).toBe('2026-12-05');
    expect(periodOf({ daily: true }, new Date('2026-06-30T21:59:00.000Z'))).toBe('2026-06-30');
    expect(periodOf({ daily: true }, new Date('2026-06-30T22:00:00.000Z'))).toBe('2026-07-01');
  });
});
