// One page under load with autocannon (10 connections by default), reduced to what the
// report needs: completed requests, p50/p95/p99 of their latencies, throughput, errors and
// timeouts, bytes per response. Afterwards it waits until the server is idle again, so a
// slow page's abandoned requests do not bill the next page.
import autocannon from 'autocannon';

export interface LoadResult {
  label: string;
  path: string;
  completed: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  reqPerSec: number;
  bytesPerResponse: number | null;
  seconds: number;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export async function load(
  url: string,
  target: { label: string; path: string; cookie?: string },
  options: { connections: number; seconds: number; timeoutSeconds: number },
): Promise<LoadResult> {
  const latencies: number[] = [];
  let bytes = 0;
  const instance = autocannon({
    url: `${url}${target.path}`,
    connections: options.connections,
    duration: options.seconds,
    timeout: options.timeoutSeconds,
    headers: target.cookie ? { cookie: target.cookie } : {},
  });
  // The instance passes the client first (the type definitions describe the client's event).
  (instance as unknown as NodeJS.EventEmitter).on('response', (_client: unknown, statusCode: number, resBytes: number, responseTime: number) => {
    latencies.push(responseTime);
    bytes += resBytes;
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    label: target.label,
    path: target.path,
    completed: latencies.length,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    reqPerSec: latencies.length / result.duration,
    bytesPerResponse: latencies.length > 0 ? bytes / latencies.length : null,
    seconds: result.duration,
  };
}

/** Waits until /api/health answers within 100 ms three times in a row (or `maxSeconds` pass); returns the seconds waited. */
export async function waitForIdle(url: string, maxSeconds = 300): Promise<number> {
  const started = performance.now();
  let fast = 0;
  while (fast < 3 && performance.now() - started < maxSeconds * 1000) {
    const t = performance.now();
    try {
      await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(30_000) });
    } catch {
      // still busy
    }
    fast = performance.now() - t < 100 ? fast + 1 : 0;
    await new Promise((r) => setTimeout(r, 500));
  }
  return (performance.now() - started) / 1000;
}
