// Whole public pages (/innsyn), rendered once and sent to every anonymous reader for half a
// second. The public pages are the same for everyone who is not signed in, and they are what
// crawlers, embeds and a news story send crowds to: rendering one took 40–150 ms of the app's
// single thread, sending a rendered one takes well under one.
//
// - Only documents for readers without a session: a GET of a page route under /innsyn with no
//   session cookie and none of the headers of Next's client-side navigation. Anything else goes
//   to Next as before.
// - The key holds everything a public page is rendered from besides the database: the address,
//   the host it was asked under, Accept-Language and the language and (in e2e) clock cookies.
// - Every response still gets its own nonce. The rendered page is stored cut at its nonce, and
//   each response puts a fresh one in the body and in the Content-Security-Policy header.
// - Fresh for FRESH_SHARE of the lifetime; until the lifetime ends a request gets the stored
//   page while one render replaces it in the background; after that requests wait for one render
//   (never one each). A write on this instance expires every page at once (expirePublicPages,
//   lib/server/revalidate.ts); other instances within the lifetime. Together with the data
//   cache's lifetime (lib/server/next-cache-handler.cjs) a change reaches every instance within a
//   second.
// - Only what Next answered 200 with an HTML body and no cookie is stored, up to a byte budget
//   (oldest out first); a page past its lifetime goes when the next one is stored.
// Used by scripts/server.ts, outside Next's bundle; revalidate.ts reaches it through globalThis.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';
import { newNonce } from '../pure/security/csp';

const gzipAsync = promisify(gzip);

/** The page routes under /innsyn (not the CSV, JSON, figure or minutes routes beside them). */
const PAGE_PATH = /^\/innsyn(?:\/api|\/statistikk|\/kommune\/\d{4}(?:\/innebygd|\/nettverk)?|\/samarbeid\/[^/.]+)?\/?$/;
/** Headers of Next's client-side navigation and prefetch: those get a component payload, not a document. */
const NAVIGATION_HEADERS = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch', 'next-action', 'next-url'];
/** The cookies public pages are rendered from (lib/pure/i18n/locales.ts LANGUAGE_COOKIE, lib/server/clock.ts CLOCK_COOKIE). */
const KEYED_COOKIES = ['sprak', 'bb-klokke'];
/** Hop-by-hop and per-response headers that are not stored. */
const UNSTORED_HEADERS = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive', 'date', 'content-encoding']);

export const CACHE_STATUS_HEADER = 'x-innsyn-cache';

export interface RenderedPage {
  statusCode: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: Buffer;
}

interface StoredPage {
  statusCode: number;
  /** Header values cut at the render's nonce. */
  headers: [string, string[]][];
  /** The body cut at the render's nonce. */
  parts: string[];
  bytes: number;
  /** When its render began: its data is no older than that. */
  renderedAt: number;
}

export interface PublicPageCacheOptions {
  /** How long a stored page may be sent, in ms (from the start of its render). */
  lifetimeMs?: number;
  /** The stored pages' total size (UTF-16 code units, about bytes for these pages). */
  maxBytes?: number;
  now?: () => number;
}

/** The share of the lifetime a page is sent without asking for a new render. */
const FRESH_SHARE = 0.6;

function cookieValues(header: string | undefined): Map<string, string> | null {
  const found = new Map<string, string>();
  for (const pair of (header ?? '').split(';')) {
    const at = pair.indexOf('=');
    const name = (at < 0 ? pair : pair.slice(0, at)).trim();
    if (!name) continue;
    // A session (next-auth's session-token, chunked or not): the page is the reader's own.
    if (name.includes('session-token')) return null;
    if (KEYED_COOKIES.includes(name)) found.set(name, at < 0 ? '' : pair.slice(at + 1).trim());
  }
  return found;
}

/** The cache key of a request, or null when its answer must be rendered for it alone. */
export function publicPageKey(req: Pick<IncomingMessage, 'method' | 'url' | 'headers'>): string | null {
  if (req.method !== 'GET' || !req.url) return null;
  const query = req.url.indexOf('?');
  const pathname = query < 0 ? req.url : req.url.slice(0, query);
  if (!PAGE_PATH.test(pathname)) return null;
  if (query >= 0 && /(?:^|&)_rsc=/.test(req.url.slice(query + 1))) return null;
  const h = req.headers;
  if (NAVIGATION_HEADERS.some((name) => h[name] !== undefined)) return null;
  const cookies = cookieValues(h.cookie);
  if (!cookies) return null;
  return JSON.stringify([
    req.url,
    h.host ?? '',
    h['x-forwarded-host'] ?? '',
    h['x-forwarded-proto'] ?? '',
    h['accept-language'] ?? '',
    ...KEYED_COOKIES.map((name) => cookies.get(name) ?? ''),
  ]);
}

function nonceOf(headers: RenderedPage['headers']): string | null {
  const csp = headers['content-security-policy'];
  const match = typeof csp === 'string' ? /'nonce-([^']+)'/.exec(csp) : null;
  return match?.[1] ?? null;
}

/** A rendered page cut at its nonce, or null when it may not be stored. */
export function storable(page: RenderedPage, renderedAt: number): StoredPage | null {
  if (page.statusCode !== 200 || page.headers['set-cookie'] !== undefined) return null;
  if (!String(page.headers['content-type'] ?? '').startsWith('text/html')) return null;
  const nonce = nonceOf(page.headers);
  if (!nonce) return null;
  const body = page.body.toString('utf8');
  const parts = body.split(nonce);
  const headers: [string, string[]][] = [];
  for (const [name, value] of Object.entries(page.headers)) {
    if (value === undefined || UNSTORED_HEADERS.has(name)) continue;
    const values = Array.isArray(value) ? value : [String(value)];
    headers.push([name, values.map((v) => v.split(nonce).join('\u0000'))]);
  }
  return { statusCode: page.statusCode, headers, parts, bytes: body.length, renderedAt };
}

interface Rendered {
  page: RenderedPage;
  stored: StoredPage | null;
}

/** A page that may not be stored, sent as Next rendered it for this request (its nonce is this response's own). */
function sendAsRendered(res: ServerResponse, page: RenderedPage): void {
  const headers: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(page.headers)) {
    if (value !== undefined && !UNSTORED_HEADERS.has(name)) headers[name] = value;
  }
  const encoding = page.headers['content-encoding'];
  if (encoding !== undefined) headers['content-encoding'] = String(encoding);
  headers['content-length'] = page.body.length;
  res.writeHead(page.statusCode, headers);
  res.end(page.body);
}

function acceptsGzip(req: IncomingMessage): boolean {
  return /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
}

export class PublicPageCache {
  private readonly pages = new Map<string, StoredPage>();
  private readonly renders = new Map<string, Promise<Rendered>>();
  private bytes = 0;
  private generation = 0;
  private readonly lifetimeMs: number;
  private readonly freshMs: number;
  private readonly maxBytes: number;
  private readonly now: () => number;

  constructor(options: PublicPageCacheOptions = {}) {
    this.lifetimeMs = options.lifetimeMs ?? 500;
    this.freshMs = this.lifetimeMs * FRESH_SHARE;
    // A page lives half a second, so only the pages asked for in the last half second are worth
    // keeping: 16 MB holds a hundred of the largest (Oslo's register, 140 kB).
    this.maxBytes = options.maxBytes ?? 16 * 1024 * 1024;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.pages.size;
  }

  /** Every stored page is gone, and no render begun before now is stored. */
  expire(): void {
    this.generation += 1;
    this.pages.clear();
    this.renders.clear();
    this.bytes = 0;
  }

  /**
   * Answers the request from the cache when it may be (true), rendering through `render` when
   * needed; false when the request is not one for the cache, or its page may not be stored and
   * the caller must let Next answer it.
   */
  async serve(req: IncomingMessage, res: ServerResponse, render: () => Promise<RenderedPage>): Promise<boolean> {
    const key = publicPageKey(req);
    if (key === null || this.lifetimeMs <= 0) return false;
    const stored = this.pages.get(key);
    const age = stored ? this.now() - stored.renderedAt : Infinity;
    if (stored && age < this.freshMs) {
      await this.send(req, res, stored, 'hit');
      return true;
    }
    if (stored && age < this.lifetimeMs) {
      if (!this.renders.has(key)) void this.renderInto(key, render).catch((err: unknown) => console.error('[innsyn-cache] bakgrunnsgjengivelsen feilet:', err));
      await this.send(req, res, stored, 'stale');
      return true;
    }
    const waiting = this.renders.get(key);
    if (waiting) {
      // Another request is rendering this page: its result, with a nonce of our own. When it
      // may not be stored (a 404, a cookie), Next answers this request itself.
      const done = await waiting;
      if (!done.stored) return false;
      await this.send(req, res, done.stored, 'miss');
      return true;
    }
    const rendered = await this.renderInto(key, render);
    if (rendered.stored) await this.send(req, res, rendered.stored, 'miss');
    else sendAsRendered(res, rendered.page);
    return true;
  }

  private renderInto(key: string, render: () => Promise<RenderedPage>): Promise<Rendered> {
    const generation = this.generation;
    const renderedAt = this.now();
    const pending = render()
      .then((page) => {
        const stored = storable(page, renderedAt);
        if (stored && generation === this.generation) this.store(key, stored);
        return { page, stored };
      })
      .finally(() => {
        if (this.renders.get(key) === pending) this.renders.delete(key);
      });
    this.renders.set(key, pending);
    return pending;
  }

  private store(key: string, page: StoredPage): void {
    if (page.bytes > this.maxBytes / 4) return;
    const old = this.pages.get(key);
    if (old) {
      this.bytes -= old.bytes;
      this.pages.delete(key);
    }
    // A Map keeps insertion order: the first keys are the oldest renders. Those past their
    // lifetime go (they would only be rendered again), then the oldest while over the budget.
    const now = this.now();
    for (const [oldest, entry] of this.pages) {
      if (now - entry.renderedAt < this.lifetimeMs && this.bytes + page.bytes <= this.maxBytes) break;
      this.pages.delete(oldest);
      this.bytes -= entry.bytes;
    }
    this.pages.set(key, page);
    this.bytes += page.bytes;
  }

  private async send(req: IncomingMessage, res: ServerResponse, page: StoredPage, status: 'hit' | 'stale' | 'miss'): Promise<void> {
    const nonce = newNonce();
    const headers: OutgoingHttpHeaders = {};
    for (const [name, values] of page.headers) {
      const filled = values.map((v) => v.split('\u0000').join(nonce));
      headers[name] = filled.length === 1 ? filled[0] : filled;
    }
    headers[CACHE_STATUS_HEADER] = status;
    let body = Buffer.from(page.parts.join(nonce), 'utf8');
    if (acceptsGzip(req)) {
      body = await gzipAsync(body);
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = body.length;
    res.writeHead(page.statusCode, headers);
    res.end(body);
  }
}

const GLOBAL_KEY = Symbol.for('brobygger.publicPageCache');
type WithCache = typeof globalThis & { [GLOBAL_KEY]?: PublicPageCache };

/** The process's cache, made by scripts/server.ts; undefined under `next dev` and in tests. */
export function installPublicPageCache(cache: PublicPageCache): PublicPageCache {
  (globalThis as WithCache)[GLOBAL_KEY] = cache;
  return cache;
}

/** After a write that may show on /innsyn: no stored public page is sent again. */
export function expirePublicPages(): void {
  (globalThis as WithCache)[GLOBAL_KEY]?.expire();
}

/** PUBLIC_PAGE_CACHE_MS: the lifetime in ms (default 500; 0 turns the cache off). */
export function publicPageLifetimeMs(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const value = Number(env.PUBLIC_PAGE_CACHE_MS ?? 500);
  return Number.isFinite(value) && value >= 0 ? value : 500;
}
