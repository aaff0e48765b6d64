import { describe, expect, it } from 'vitest';
import { pairDelayMs, slowdownMs, throttleDecision } from './throttle';

const now = new Date('2026-01-01T12:00:00Z');
const ago = (s: number) => new Date(now.getTime() - s * 1000);

describe('sign-in throttle', () => {
  it('lets four failures pass, then doubles the wait from 15 seconds up to 15 minutes', () => {
    expect([0, 1, 4].map(pairDelayMs)).toEqual([0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10, 11, 50].map((n) => pairDelayMs(n) / 1000)).toEqual([15, 30, 60, 120, 240, 480, 900, 900]);
  });

  it('refuses the pair until the wait after its last failure is over, saying how long', () => {
    const stats = { pairFailures: 6, pairLastFailure: ago(10), accountFailures: 6, addressFailures: 6 };
    expect(throttleDecision(stats, now)).toEqual({ kind: 'refuse', retryAfterSeconds: 20 });
    expect(throttleDecision({ ...stats, pairLastFailure: ago(31) }, now)).toEqual({ kind: 'check', delayMs: 0 });
  });

  it('only slows an account or an address with many failures, and never by more than a few seconds', () => {
    expect(slowdownMs({ accountFailures: 9, addressFailures: 29 })).toBe(0);
    expect(slowdownMs({ accountFailures: 10, addressFailures: 0 })).toBe(250);
    expect(slowdownMs({ accountFailures: 10_000, addressFailures: 0 })).toBe(3000);
    expect(slowdownMs({ accountFailures: 0, addressFailures: 30 })).toBe(100);
    expect(slowdownMs({ accountFailures: 0, addressFailures: 10_000 })).toBe(2000);
    expect(throttleDecision({ pairFailures: 0, pairLastFailure: null, accountFailures: 500, addressFailures: 0 }, now)).toEqual({ kind: 'check', delayMs: 3000 });
  });
});
