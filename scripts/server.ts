// The HTTP server `npm start` runs: Next.js's request handler behind Node's own HTTP server.
// It exists for one reason: Next.js does not show handlers the socket's address, and the
// sign-in throttle and audit log need the real client address. Here the address is resolved
// (socket, or X-Forwarded-For through BROBYGGER_TRUSTED_PROXY_HOPS trusted proxies) and
// passed on in a header; whatever the client sent in that header is thrown away first.
// It also keeps the public pages' cache (lib/server/public-page-cache.ts): an anonymous reader's
// /innsyn page is rendered by Next once and then sent from memory for a moment.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { inject } from 'light-my-request';
import next from 'next';
import { settleSourceMaps } from './source-maps';
import { closeDbHandle } from '../db/client';
import { installPublicPageCache, PublicPageCache, publicPageLifetimeMs, type RenderedPage } from '../lib/server/public-page-cache';
import { CLIENT_ADDRESS_HEADER, resolveClientAddress, SERVER_MARK_ENV, trustedProxyHops } from '../lib/server/security/client-address';

// Node's source maps off (tsx turned them on; see source-maps.ts): they held half the live heap.
settleSourceMaps();

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? '0.0.0.0';
let hops: number;
try {
  hops = trustedProxyHops();
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(2);
}
// Read by lib/server/security/client-address.ts: the header is trusted only in this process.
process.env[SERVER_MARK_ENV] = '1';

const app = next({ dev: false, dir: process.cwd(), hostname, port });
await app.prepare();
const handle = app.getRequestHandler();
const pages = installPublicPageCache(new PublicPageCache({ lifetimeMs: publicPageLifetimeMs() }));

/** Next renders the page into memory, as for this request but uncompressed (the cache compresses per response). */
async function renderForCache(req: IncomingMessage): Promise<RenderedPage> {
  const headers = { ...req.headers };
  delete headers['accept-encoding'];
  delete headers.connection;
  const dispatch = (r: IncomingMessage, s: ServerResponse) =>
    void handle(r, s).catch((err: unknown) => {
      console.error('[server] uventet feil:', err);
      if (!s.headersSent) s.statusCode = 500;
      s.end();
    });
  const res = await inject(dispatch, { method: 'GET', url: req.url!, headers, remoteAddress: req.socket.remoteAddress });
  return { statusCode: res.statusCode, headers: res.headers, body: res.rawPayload };
}

const server = createServer((req, res) => {
  delete req.headers[CLIENT_ADDRESS_HEADER];
  req.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], hops);
  // Any other method may be a write (a server action, the API): when it is done, no stored public
  // page is sent again. The actions that change a cooperation also expire them themselves
  // (lib/server/revalidate.ts); this covers every other write without each having to.
  if (req.method !== 'GET' && req.method !== 'HEAD') res.once('finish', () => pages.expire());
  pages
    .serve(req, res, () => renderForCache(req))
    .then((served) => (served ? undefined : handle(req, res)))
    .catch((err: unknown) => {
      console.error('[server] uventet feil:', err);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.setHeader('content-type', 'text/plain; charset=utf-8');
      }
      res.end('Noe gikk galt hos oss. Prøv igjen om litt.');
    });
});
server.listen(port, hostname, () => {
  console.log(`[server] lytter på ${hostname}:${port}${hops > 0 ? ` (stoler på ${hops} proxy-ledd i X-Forwarded-For)` : ''}`);
});
// On a stop: no new connections, Next's own shutdown, then the database (the embedded one ends
// with a clean shutdown of its thread). A shutdown that hangs is cut off after STOP_DEADLINE_MS.
const STOP_DEADLINE_MS = 10_000;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    const stop = (async () => {
      await app.close?.();
      await closeDbHandle();
    })().catch((err: unknown) => console.error('[server] feil under stopp:', err));
    const deadline = new Promise((resolve) => setTimeout(resolve, STOP_DEADLINE_MS).unref());
    void Promise.race([stop, deadline]).finally(() => process.exit(0));
  });
}
