import 'server-only';
// The open API's per-address rate limit: a fixed window of API_RATE_LIMIT_PER_MINUTE requests
// per client address and minute (default 120; 0 turns it off, e.g. for a benchmark).
//
// The counters live in this process's memory (rate-limiter-flexible's RateLimiterMemory):
// no database write per public request. With several app instances behind a load balancer
// each instance counts on its own, so a client may get up to (instances × limit) per
// minute; to hold one limit across instances, swap in the same library's RateLimiterRedis
// or RateLimiterPostgres here — callers only see LimitDecision.
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export interface LimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window starts over. */
  resetSeconds: number;
}

export const DEFAULT_PER_MINUTE = 120;

export function perMinuteFromEnv(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_PER_MINUTE;
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 0 ? parsed : DEFAULT_PER_MINUTE;
}

export interface RateLimiter {
  check(address: string): Promise<LimitDecision | null>;
}

/** null from check() means "no limit configured". */
export function createRateLimiter(perMinute: number): RateLimiter {
  if (perMinute === 0) return { check: async () => null };
  const limiter = new RateLimiterMemory({ points: perMinute, duration: 60, keyPrefix: 'api-v1' });
  const decision = (res: RateLimiterRes, allowed: boolean): LimitDecision => ({
    allowed,
    limit: perMinute,
    remaining: Math.max(0, res.remainingPoints),
    resetSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
  });
  return {
    async check(address) {
      try {
        return decision(await limiter.consume(address), true);
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return decision(rejection, false);
        throw rejection;
      }
    },
  };
}

let shared: RateLimiter | null = null;

/** The process-wide limiter of the open API, configured on first use. */
export function apiRateLimiter(): RateLimiter {
  shared ??= createRateLimiter(perMinuteFromEnv(process.env.API_RATE_LIMIT_PER_MINUTE));
  return shared;
}
