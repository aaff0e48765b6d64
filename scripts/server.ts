// The HTTP server `npm start` runs: Next.js's request handler behind Node's own HTTP server.
// It exists for one reason: Next.js does not show handlers the socket's address, and the
// sign-in throttle and audit log need the real client address. Here the address is resolved
// (socket, or X-Forwarded-For through BROBYGGER_TRUSTED_PROXY_HOPS trusted proxies) and
// passed on in a header; whatever the client sent in that header is thrown away first.
import { createServer } from 'node:http';
import next from 'next';
import { CLIENT_ADDRESS_HEADER, resolveClientAddress, SERVER_MARK_ENV, trustedProxyHops } from '../lib/server/security/client-address';

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

const server = createServer((req, res) => {
  delete req.headers[CLIENT_ADDRESS_HEADER];
  req.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], hops);
  handle(req, res).catch((err: unknown) => {
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
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    void app.close?.().finally(() => process.exit(0));
  });
}
