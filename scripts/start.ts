// `npm start`: build if needed, migrate and seed, serve on PORT (default 3000), print how to log in.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, needsBuild } from './build-state';
import { heapFlag } from './heap';
import { prepareDatabase } from './prepare-db';
import { DEMO_PASSWORD, DEMO_USERS } from './seed/demo-users';
import { ROLE_LABELS } from '../lib/pure/auth/roles';

const root = process.cwd();
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';

function authSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  // Generated once per installation and kept with the embedded data (git-ignored).
  const file = path.join(root, '.data', 'nextauth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

const heap = heapFlag(process.env.BROBYGGER_HEAP_MB);
if ('error' in heap) {
  console.error(heap.error);
  process.exit(2);
}

if (process.env.BROBYGGER_SKIP_BUILD !== '1' && needsBuild()) {
  console.log('Bygger Brobygger (første gang eller etter endringer) …');
  const status = build();
  if (status !== 0) process.exit(status);
}

const databaseUrl = process.env.DATABASE_URL || undefined;
const demo = process.env.BROBYGGER_DEMO !== '0';
const prepared = await prepareDatabase({ url: databaseUrl, demo });
const publicUrl = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`;

// scripts/server.ts rather than `next start`: it knows each request's socket address (see there).
const server = spawn(process.execPath, [...heap.flags, '--import', 'tsx', path.join(root, 'scripts', 'server.ts')], {
  stdio: 'inherit',
  env: {
    ...process.env,
    PORT: String(port),
    HOST: host,
    NODE_ENV: 'production',
    NEXTAUTH_SECRET: authSecret(),
    NEXTAUTH_URL: publicUrl,
    NEXT_TELEMETRY_DISABLED: '1',
  },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));

// Announce only when the server answers, so the URL printed is one that works.
for (let i = 0; i < 120; i++) {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/api/health`);
    if (res.ok) break;
  } catch {
    // not listening yet
  }
  await new Promise((r) => setTimeout(r, 500));
}
const lines = [
  '',
  `Brobygger kjører på ${publicUrl}`,
  `Database: ${prepared.kind === 'pglite' ? 'innebygd (PGlite, .data/)' : 'PostgreSQL-server (DATABASE_URL)'} · ${prepared.migrations} migreringer`,
];
if (demo) {
  lines.push('', `Logg inn med en demobruker (passord for alle: ${DEMO_PASSWORD}):`);
  for (const u of DEMO_USERS) lines.push(`  ${ROLE_LABELS[u.role].padEnd(22)} ${u.email}`);
}
lines.push('', 'Stopp med Ctrl+C.', '');
console.log(lines.join('\n'));
