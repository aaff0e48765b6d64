// Runs before every page, action and route (Next.js 16 "proxy", formerly middleware):
// refuses what must never reach a handler, and sends the security headers.
// - 400 for addresses whose percent-encoding does not decode (e.g. /innsyn/samarbeid/%ZZ);
// - 403 for state-changing requests from another site's page (foreign Origin);
// - 413 for bodies over the limit (411 for a server action without Content-Length);
// - a fresh CSP nonce per request: on the request for Next to put on its scripts, and on
//   the response with the policy. Nonces need dynamic rendering, which every page here is.
//   frame-ancestors is 'none' everywhere but the embeddable register (lib/pure/security/csp.ts).
import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, isEmbedPath, newNonce, strictTransportSecurity } from '@/lib/pure/security/csp';
import { BODY_TOO_LARGE_MESSAGE, LENGTH_REQUIRED_MESSAGE, maxBodyBytes } from '@/lib/pure/security/limits';
import { BAD_URL_MESSAGE, FOREIGN_ORIGIN_MESSAGE, foreignOrigin, pathDecodes } from '@/lib/pure/security/request-guard';

const text = (status: number, message: string) =>
  new NextResponse(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });

function refusal(request: NextRequest): NextResponse | null {
  if (!pathDecodes(request.nextUrl.pathname)) return text(400, BAD_URL_MESSAGE);
  if (foreignOrigin(request.method, request.headers, process.env.NEXTAUTH_URL)) return text(403, FOREIGN_ORIGIN_MESSAGE);
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    const isAction = request.headers.has('next-action');
    const length = request.headers.get('content-length');
    if (length === null) {
      if (isAction && request.headers.has('transfer-encoding')) return text(411, LENGTH_REQUIRED_MESSAGE);
    } else if (Number(length) > maxBodyBytes(request.nextUrl.pathname, isAction)) {
      return text(413, BODY_TOO_LARGE_MESSAGE);
    }
  }
  return null;
}

export function proxy(request: NextRequest) {
  const refused = refusal(request);
  const nonce = newNonce();
  const https = Boolean(strictTransportSecurity(process.env.NEXTAUTH_URL));
  const frameable = isEmbedPath(request.nextUrl.pathname);
  const csp = contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === 'development', https, frameable });
  let response: NextResponse;
  if (refused) {
    response = refused;
  } else {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set('x-nonce', nonce);
    // The 403 page reads the path to say why (lib/server/forbidden.ts); always ours, never the client's.
    requestHeaders.set('x-request-path', request.nextUrl.pathname);
    requestHeaders.set('content-security-policy', csp);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  response.headers.set('content-security-policy', csp);
  const hsts = strictTransportSecurity(process.env.NEXTAUTH_URL);
  if (hsts) response.headers.set('strict-transport-security', hsts);
  return response;
}

export const config = {
  // Everything but Next's immutable build assets and the static files of public/ that every
  // visit or crawler asks for (icons, robots.txt): they need neither guards nor a nonce.
  matcher: ['/((?!_next/static|_next/image|icon.svg|icon-32.png|apple-touch-icon.png|favicon.ico|robots.txt).*)'],
};
