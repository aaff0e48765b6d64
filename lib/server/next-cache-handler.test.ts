// The cache handler never gives back an unstable_cache entry older than its lifetime (Next's own
// would serve it once more while refreshing), and expires a tag at once when a write revalidates it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';

const require = createRequire(import.meta.url);
type Handler = {
  get(key: string, ctx: object): Promise<{ lastModified: number; value: unknown } | null>;
  set(key: string, data: object, ctx: object): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
};
const Handler = require('./next-cache-handler.cjs') as new (ctx: object) => Handler;

function handler(serverDistDir = os.tmpdir()): Handler {
  // Next asks for writes to disk (isrFlushToDisk is on by default): the handler declines them.
  return new Handler({ fs: { ...fs.promises, existsSync: fs.existsSync, readFileSync: fs.readFileSync }, flushToDisk: true, serverDistDir, maxMemoryCacheSize: 10 * 2 ** 20, revalidatedTags: [] });
}
const entry = (data: string) => ({ kind: 'FETCH', data: { headers: {}, body: JSON.stringify(data), status: 200, url: '' }, revalidate: 1 });
const ctx = (tags: string[]) => ({ kind: 'FETCH', tags, softTags: [], fetchCache: true, revalidate: 1 });

afterEach(() => {
  vi.useRealTimers();
  delete process.env.PUBLIC_CACHE_MS;
});

describe('next cache handler', () => {
  it('gives an entry back within its lifetime, and nothing after it', async () => {
    vi.useFakeTimers({ now: new Date('2026-12-05T10:00:00Z'), toFake: ['Date'] });
    const h = handler();
    await h.set('k1', entry('svar'), ctx(['innsyn:lister']));
    vi.setSystemTime(new Date('2026-12-05T10:00:00.450Z'));
    expect((await h.get('k1', ctx(['innsyn:lister'])))?.value).toMatchObject({ kind: 'FETCH' });
    vi.setSystemTime(new Date('2026-12-05T10:00:00.500Z'));
    expect(await h.get('k1', ctx(['innsyn:lister']))).toBeNull();
  });

  it('forgets an entry whose tag a write expired', async () => {
    const h = handler();
    await h.set('k2', entry('svar'), ctx(['innsyn:samarbeid:a']));
    expect(await h.get('k2', ctx(['innsyn:samarbeid:a']))).not.toBeNull();
    // Next compares in whole milliseconds: the write comes after the entry was stored.
    const stored = Date.now();
    while (Date.now() === stored) await Promise.resolve();
    await h.revalidateTag('innsyn:samarbeid:a', { expire: 0 });
    expect(await h.get('k2', ctx(['innsyn:samarbeid:a']))).toBeNull();
  });

  it('keeps data entries in memory only: nothing is written under the build directory', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brobygger-cache-'));
    try {
      const h = handler(dir);
      await h.set('k4', entry('svar'), ctx(['innsyn:lister']));
      expect((await h.get('k4', ctx(['innsyn:lister'])))?.value).toMatchObject({ kind: 'FETCH' });
      expect(fs.readdirSync(dir, { recursive: true })).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes the lifetime from PUBLIC_CACHE_MS; 0 means every read goes to the database', async () => {
    process.env.PUBLIC_CACHE_MS = '0';
    const h = handler();
    await h.set('k3', entry('svar'), ctx([]));
    expect(await h.get('k3', ctx([]))).toBeNull();
  });
});
