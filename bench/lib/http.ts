// Talking to a running Brobygger like a browser does: signing in through next-auth's
// credentials endpoint, timing single requests (exports), and calling a server action by
// its id from the build's server-reference manifest.
import { readFileSync } from 'node:fs';
import path from 'node:path';

function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(';')[0]!);
}

/** Signs in with e-mail and password; returns the Cookie header of the session. */
export async function signIn(url: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${url}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${url}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookiesOf(csrf).join('; ') },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${url}/oversikt`, json: 'true' }),
  });
  const session = cookiesOf(res).find((c) => c.startsWith('next-auth.session-token=') || c.startsWith('__Secure-next-auth.session-token='));
  if (!session) throw new Error(`Innloggingen som ${email} feilet (status ${res.status}).`);
  return session;
}

export interface Timed {
  ms: number;
  status: number;
  bytes: number;
}

/** One request, read to the end. A timeout or a dropped connection gives status 0. */
export async function timeRequest(url: string, pathname: string, cookie?: string, timeoutMs = 120_000): Promise<Timed> {
  const started = performance.now();
  try {
    const res = await fetch(`${url}${pathname}`, { headers: cookie ? { cookie } : {}, signal: AbortSignal.timeout(timeoutMs) });
    const body = await res.arrayBuffer();
    return { ms: performance.now() - started, status: res.status, bytes: body.byteLength };
  } catch {
    return { ms: performance.now() - started, status: 0, bytes: 0 };
  }
}

/** The id Next gave a server action in this build (`.next/server/server-reference-manifest.json`). */
export function actionId(file: string, exportedName: string, distDir = process.env.NEXT_DIST_DIR || '.next'): string {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), distDir, 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const found = Object.entries(manifest.node).find(([, a]) => a.filename === file && a.exportedName === exportedName);
  if (!found) throw new Error(`Fant ikke server-handlingen ${exportedName} i ${file} i bygget.`);
  return found[0];
}

/** Calls a server action as the page's form would; returns the RSC response text. */
export async function callAction(url: string, pagePath: string, id: string, args: unknown[], cookie: string): Promise<{ ms: number; status: number; text: string }> {
  const started = performance.now();
  const res = await fetch(`${url}${pagePath}`, {
    method: 'POST',
    headers: { 'next-action': id, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component', cookie },
    body: JSON.stringify(args),
  });
  const text = await res.text();
  return { ms: performance.now() - started, status: res.status, text };
}
