import 'server-only';
// A short-lived cache of /api/v1 answers, per server process. Clients page through the same
// first pages (the national list, each filter) again and again; for one second an answer is
// served from memory without a query, and after that the next request reads the database
// again. So a change is visible within a second on every instance, with no invalidation to
// send between instances (each one forgets on its own), and memory is bounded by bytes.
// API_CACHE_MS sets the lifetime (0 turns it off).
import { LRUCache } from 'lru-cache';

export interface CachedAnswer {
  body: string;
  etag: string;
}

export interface AnswerCacheOptions {
  ttlMs: number;
  /** Upper bound for the bodies held, in UTF-16 code units (about bytes for JSON). */
  maxSize?: number;
  /** The clock (tests move it); performance.now by default. */
  now?: () => number;
}

export interface AnswerCache {
  get(key: string): CachedAnswer | undefined;
  set(key: string, answer: CachedAnswer): void;
}

const NO_CACHE: AnswerCache = { get: () => undefined, set: () => {} };

export function createAnswerCache({ ttlMs, maxSize = 32 * 1024 * 1024, now }: AnswerCacheOptions): AnswerCache {
  if (ttlMs <= 0) return NO_CACHE;
  const cache = new LRUCache<string, CachedAnswer>({
    ttl: ttlMs,
    // Expired entries are dropped when read; no timers.
    ttlAutopurge: false,
    maxSize,
    sizeCalculation: (answer) => Math.max(1, answer.body.length),
    // A clock of its own (tests) is read on every call, not once per millisecond.
    ...(now ? { perf: { now }, ttlResolution: 0 } : {}),
  });
  return { get: (key) => cache.get(key), set: (key, answer) => void cache.set(key, answer) };
}

export const DEFAULT_API_CACHE_MS = 1000;

function configuredTtl(): number {
  const raw = process.env.API_CACHE_MS;
  if (raw === undefined || raw === '') return DEFAULT_API_CACHE_MS;
  const ms = Number(raw);
  return Number.isFinite(ms) && ms >= 0 ? ms : DEFAULT_API_CACHE_MS;
}

let shared: AnswerCache | null = null;

/** The process's cache of API answers (read once from API_CACHE_MS). */
export function apiAnswerCache(): AnswerCache {
  return (shared ??= createAnswerCache({ ttlMs: configuredTtl() }));
}

/** Tests: start from an empty cache with this clock and lifetime. */
export function replaceApiAnswerCache(cache: AnswerCache | null): void {
  shared = cache;
}
