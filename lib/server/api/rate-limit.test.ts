import { describe, expect, it } from 'vitest';
import { createRateLimiter, DEFAULT_PER_MINUTE, perMinuteFromEnv } from './rate-limit';

describe('the API rate limit', () => {
  it('allows `limit` requests per address and minute, then refuses with the time to wait', async () => {
    const limiter = createRateLimiter(3);
    const decisions = [];
    for (let i = 0; i < 4; i++) decisions.push(await limiter.check('192.0.2.1'));
    expect(decisions.map((d) => d?.allowed)).toEqual([true, true, true, false]);
    expect(decisions.map((d) => d?.remaining)).toEqual([2, 1, 0, 0]);
    expect(decisions[3]?.resetSeconds).toBeGreaterThan(0);
    expect(decisions[3]?.resetSeconds).toBeLessThanOrEqual(60);
    expect((await limiter.check('192.0.2.2'))?.allowed).toBe(true);
  });

  it('is off at 0, and reads its setting defensively', async () => {
    expect(await createRateLimiter(0).check('x')).toBeNull();
    expect(perMinuteFromEnv(undefined)).toBe(DEFAULT_PER_MINUTE);
    expect(perMinuteFromEnv('')).toBe(DEFAULT_PER_MINUTE);
    expect(perMinuteFromEnv('abc')).toBe(DEFAULT_PER_MINUTE);
    expect(perMinuteFromEnv('-5')).toBe(DEFAULT_PER_MINUTE);
    expect(perMinuteFromEnv('0')).toBe(0);
    expect(perMinuteFromEnv('600')).toBe(600);
  });
});
