// The rendered public pages' cache: which requests it answers, one render for many readers, a
// fresh nonce in every response, half a second at most, and nothing kept after a write.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { inject } from 'light-my-request';
import { describe, expect, it } from 'vitest';
import { CACHE_STATUS_HEADER, expirePublicPages, installPublicPageCache, PublicPageCache, publicPageKey, publicPageLifetimeMs, type RenderedPage } from './public-page-cache';

const RENDER_NONCE = 'AAAAAAAAAAAAAAAAAAAAAA==';
const csp = (nonce: string) => `default-src 'self'; script-src 'self' 'nonce-${nonce}' 'strict-dynamic'; style-src 'self' 'nonce-${nonce}'`;

function page(body: string, overrides: Partial<RenderedPage> = {}): RenderedPage {
  return {
    statusCode: 200,
    headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp(RENDER_NONCE), link: `</a.css>; rel=preload; nonce="${RENDER_NONCE}"`, 'content-length': '1', date: 'x', ...overrides.headers },
    body: Buffer.from(body),
    ...(overrides.statusCode ? { statusCode: overrides.statusCode } : {}),
  };
}

const HTML = `<html><script nonce="${RENDER_NONCE}">boot()</script><p>Åpent register</p><script>self.__next_f.push([1,"{\\"nonce\\":\\"${RENDER_NONCE}\\"}"])</script></html>`;

/** A clock the test moves, a render that counts its calls and may be held back. */
function setup(lifetimeMs = 500) {
  let now = 1_000_000;
  const cache = new PublicPageCache({ lifetimeMs, now: () => now });
  let renders = 0;
  let next: () => Promise<RenderedPage> = async () => page(HTML);
  const render = () => {
    renders += 1;
    return next();
  };
  const fellThrough: string[] = [];
  const dispatch = (req: IncomingMessage, res: ServerResponse) => {
    void cache.serve(req, res, render).then((served) => {
      if (served) return;
      fellThrough.push(req.url!);
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('fra Next');
    });
  };
  const get = (url: string, headers: Record<string, string> = {}) => inject(dispatch, { method: 'GET', url, headers });
  return {
    cache,
    get,
    fellThrough,
    renders: () => renders,
    tick: (ms: number) => (now += ms),
    renderWith: (fn: () => Promise<RenderedPage>) => (next = fn),
  };
}

const nonceIn = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? '')?.[1];

describe('which requests the cache answers', () => {
  const req = (url: string, headers: Record<string, string> = {}, method = 'GET') => ({ method, url, headers });

  it('takes the public page routes, not the exports, figures or minutes beside them', () => {
    for (const url of ['/innsyn', '/innsyn/', '/innsyn?side=2&q=brann', '/innsyn/statistikk', '/innsyn/api', '/innsyn/kommune/0301', '/innsyn/kommune/0301/innebygd', '/innsyn/kommune/0301/nettverk', '/innsyn/samarbeid/9b1d']) {
      expect(publicPageKey(req(url)), url).not.toBeNull();
    }
    for (const url of ['/innsyn/samarbeid.csv', '/innsyn/samarbeid.json', '/innsyn/kommune/0301/samarbeid.csv', '/innsyn/statistikk/tilstand', '/innsyn/samarbeid/9b1d/referat/1', '/oversikt', '/register/0301', '/api/health', '/innsynx']) {
      expect(publicPageKey(req(url)), url).toBeNull();
    }
  });

  it('leaves a signed-in reader, a client-side navigation and anything but GET to Next', () => {
    expect(publicPageKey(req('/innsyn', { cookie: 'next-auth.session-token=abc' }))).toBeNull();
    expect(publicPageKey(req('/innsyn', { cookie: 'sprak=nn; __Secure-next-auth.session-token.0=abc' }))).toBeNull();
    expect(publicPageKey(req('/innsyn', { rsc: '1' }))).toBeNull();
    expect(publicPageKey(req('/innsyn', { 'next-router-prefetch': '1' }))).toBeNull();
    expect(publicPageKey(req('/innsyn?_rsc=abc'))).toBeNull();
    expect(publicPageKey(req('/innsyn', {}, 'POST'))).toBeNull();
    expect(publicPageKey(req('/innsyn', {}, 'HEAD'))).toBeNull();
  });

  it('keys on what a public page is rendered from: address, host, language and the language and clock cookies', () => {
    const base = publicPageKey(req('/innsyn', { host: 'a.no' }));
    expect(publicPageKey(req('/innsyn', { host: 'a.no', cookie: 'next-auth.csrf-token=x; annet=y' }))).toBe(base);
    for (const other of [
      req('/innsyn?side=2', { host: 'a.no' }),
      req('/innsyn', { host: 'b.no' }),
      req('/innsyn', { host: 'a.no', 'x-forwarded-host': 'c.no' }),
      req('/innsyn', { host: 'a.no', 'accept-language': 'nn' }),
      req('/innsyn', { host: 'a.no', cookie: 'sprak=en' }),
      req('/innsyn', { host: 'a.no', cookie: 'bb-klokke=2027-01-01T00:00:00Z' }),
    ]) {
      expect(publicPageKey(other)).not.toBe(base);
    }
  });
});

describe('serving a stored page', () => {
  it('renders once, then sends the same page with a new nonce in the body and the headers every time', async () => {
    const t = setup();
    const first = await t.get('/innsyn');
    const second = await t.get('/innsyn');
    expect(t.renders()).toBe(1);
    expect(first.headers[CACHE_STATUS_HEADER]).toBe('miss');
    expect(second.headers[CACHE_STATUS_HEADER]).toBe('hit');
    const nonces = [first, second].map((r) => nonceIn(r.headers['content-security-policy'] as string));
    expect(new Set([...nonces, RENDER_NONCE]).size).toBe(3);
    for (const [res, nonce] of [first, second].map((r, i) => [r, nonces[i]!] as const)) {
      expect(res.payload).not.toContain(RENDER_NONCE);
      expect(res.payload.split(nonce)).toHaveLength(3);
      expect(res.payload).toContain('<p>Åpent register</p>');
      expect(res.headers.link).toBe(`</a.css>; rel=preload; nonce="${nonce}"`);
      expect(Number(res.headers['content-length'])).toBe(res.rawPayload.length);
      expect(res.headers.date).not.toBe('x');
    }
  });

  it('gives ten readers arriving together one render between them', async () => {
    const t = setup();
    let release!: () => void;
    t.renderWith(() => new Promise((resolve) => (release = () => resolve(page(HTML)))));
    const all = Array.from({ length: 10 }, () => t.get('/innsyn/kommune/0301'));
    await Promise.resolve();
    await new Promise((r) => setImmediate(r));
    release();
    const responses = await Promise.all(all);
    expect(t.renders()).toBe(1);
    expect(responses.every((r) => r.statusCode === 200 && r.payload.includes('Åpent register'))).toBe(true);
    expect(new Set(responses.map((r) => nonceIn(r.headers['content-security-policy'] as string))).size).toBe(10);
  });

  it('compresses for a reader who accepts gzip', async () => {
    const t = setup();
    await t.get('/innsyn');
    const res = await t.get('/innsyn', { 'accept-encoding': 'gzip, br' });
    expect(res.headers['content-encoding']).toBe('gzip');
    const html = gunzipSync(res.rawPayload).toString('utf8');
    expect(html).toContain('Åpent register');
    expect(html).toContain(`nonce="${nonceIn(res.headers['content-security-policy'] as string)}"`);
  });

  it('keeps a page fresh for part of its life, then sends it once more while one render replaces it, and never after its life', async () => {
    const t = setup(500);
    await t.get('/innsyn');
    t.tick(299);
    expect((await t.get('/innsyn')).headers[CACHE_STATUS_HEADER]).toBe('hit');
    t.tick(100);
    t.renderWith(async () => page(HTML.replace('Åpent register', 'Nytt innhold')));
    const stale = await t.get('/innsyn');
    expect(stale.headers[CACHE_STATUS_HEADER]).toBe('stale');
    expect(stale.payload).toContain('Åpent register');
    await new Promise((r) => setImmediate(r));
    expect(t.renders()).toBe(2);
    const refreshed = await t.get('/innsyn');
    expect(refreshed.payload).toContain('Nytt innhold');
    t.tick(500);
    const expired = await t.get('/innsyn');
    expect(expired.headers[CACHE_STATUS_HEADER]).toBe('miss');
    expect(t.renders()).toBe(3);
  });

  it('forgets every page on expire, and does not store a render begun before it', async () => {
    const t = setup();
    await t.get('/innsyn');
    await t.get('/innsyn/statistikk');
    expect(t.cache.size).toBe(2);
    installPublicPageCache(t.cache);
    expirePublicPages();
    expect(t.cache.size).toBe(0);

    let release!: () => void;
    t.renderWith(() => new Promise((resolve) => (release = () => resolve(page(HTML.replace('Åpent register', 'Før endringen'))))));
    const during = t.get('/innsyn');
    await new Promise((r) => setImmediate(r));
    t.cache.expire(); // a write lands while the page is being rendered
    release();
    expect((await during).payload).toContain('Før endringen');
    expect(t.cache.size).toBe(0);
    t.renderWith(async () => page(HTML.replace('Åpent register', 'Etter endringen')));
    expect((await t.get('/innsyn')).payload).toContain('Etter endringen');
  });

  it('stores no error page or page that sets a cookie: the reader who asked gets it, the others go to Next', async () => {
    const t = setup();
    t.renderWith(async () => page('<html>Fant ikke</html>', { statusCode: 404 }));
    const missing = await t.get('/innsyn/samarbeid/ukjent');
    expect(missing.statusCode).toBe(404);
    expect(missing.payload).toContain('Fant ikke');
    t.renderWith(async () => page(HTML, { headers: { 'set-cookie': ['a=b'] } }));
    await t.get('/innsyn');
    expect(t.cache.size).toBe(0);

    let release!: () => void;
    t.renderWith(() => new Promise((resolve) => (release = () => resolve(page('<html>Fant ikke</html>', { statusCode: 404 })))));
    const first = t.get('/innsyn/samarbeid/annen');
    const second = t.get('/innsyn/samarbeid/annen');
    await new Promise((r) => setImmediate(r));
    release();
    expect((await first).statusCode).toBe(404);
    expect((await second).payload).toBe('fra Next');
    expect(t.fellThrough).toEqual(['/innsyn/samarbeid/annen']);
  });

  it('sends what it may not answer to Next, and is off at lifetime 0', async () => {
    const t = setup();
    expect((await t.get('/innsyn', { cookie: 'next-auth.session-token=abc' })).payload).toBe('fra Next');
    expect((await t.get('/oversikt')).payload).toBe('fra Next');
    const off = setup(0);
    expect((await off.get('/innsyn')).payload).toBe('fra Next');
    expect(off.renders()).toBe(0);
    expect(t.renders()).toBe(0);
  });

  it('keeps within its byte budget, oldest out first', async () => {
    const cache = new PublicPageCache({ lifetimeMs: 500, maxBytes: 4 * HTML.length + 10 });
    const dispatch = (req: IncomingMessage, res: ServerResponse) => void cache.serve(req, res, async () => page(HTML));
    for (const n of [1, 2, 3, 4, 5, 6]) await inject(dispatch, { method: 'GET', url: `/innsyn/samarbeid/s${n}` });
    expect(cache.size).toBe(4);
    expect((await inject(dispatch, { method: 'GET', url: '/innsyn/samarbeid/s6' })).headers[CACHE_STATUS_HEADER]).toBe('hit');
    expect((await inject(dispatch, { method: 'GET', url: '/innsyn/samarbeid/s1' })).headers[CACHE_STATUS_HEADER]).toBe('miss');
  });
});

describe('memory', () => {
  it('lets pages past their lifetime go when the next one is stored', async () => {
    const t = setup(500);
    await t.get('/innsyn/samarbeid/a');
    await t.get('/innsyn/samarbeid/b');
    expect(t.cache.size).toBe(2);
    t.tick(500);
    await t.get('/innsyn/samarbeid/c');
    expect(t.cache.size).toBe(1);
  });
});

describe('PUBLIC_PAGE_CACHE_MS', () => {
  it('is half a second unless set; 0 turns the cache off; nonsense is the default', () => {
    expect(publicPageLifetimeMs({})).toBe(500);
    expect(publicPageLifetimeMs({ PUBLIC_PAGE_CACHE_MS: '0' })).toBe(0);
    expect(publicPageLifetimeMs({ PUBLIC_PAGE_CACHE_MS: '250' })).toBe(250);
    expect(publicPageLifetimeMs({ PUBLIC_PAGE_CACHE_MS: 'lenge' })).toBe(500);
  });
});
