// Next's cache with one change: data cached with unstable_cache (the public pages' queries,
// lib/server/public-cache.ts) lives at most PUBLIC_CACHE_MS (500 ms) and is then read again, never
// served stale. Next's own handler would serve an expired entry once more while it refreshes
// in the background — with several app instances, the one that did not take the write could
// then show a change minutes late. The instance that took a write expires the tags at once
// (revalidateTag in lib/server/revalidate.ts); every other instance within the lifetime.
// Those entries are kept in memory only (the cacheMaxMemorySize of next.config.js bounds it): an
// entry that lives half a second is not worth a file, and one file per cooperation, list page and
// day was never deleted (.next/cache/fetch-cache grew for as long as the server ran).
// Everything else (tags, prerendered pages read from the build) is Next's FileSystemCache unchanged.
// Plain CommonJS: Next loads this file itself at start, outside the bundle.
'use strict';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- Next requires this file as CommonJS at start
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache').default;

function lifetimeMs() {
  // Half a second: the rendered public pages live as long again (lib/server/public-page-cache.ts),
  // so a change reaches every instance within a second.
  const value = Number(process.env.PUBLIC_CACHE_MS ?? 500);
  return Number.isFinite(value) && value >= 0 ? value : 500;
}

class BrobyggerCacheHandler extends FileSystemCache {
  constructor(ctx) {
    // flushToDisk only governs writes and reading data entries back from disk; the build's
    // prerendered pages are still read from .next.
    super({ ...ctx, flushToDisk: false });
  }

  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    if (entry && ctx && ctx.kind === 'FETCH' && !(Date.now() - entry.lastModified < lifetimeMs())) return null;
    return entry;
  }
}

module.exports = BrobyggerCacheHandler;
module.exports.lifetimeMs = lifetimeMs;
