// The e2e app server's environment in one place: playwright.config.ts starts the suite's server
// with it, and instances.spec.ts starts more instances of the same build beside it (same
// database, same secret), the way instances run behind a load balancer.
import { startServer, type RunningServer } from '../bench/lib/server';
import { OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, oidcIssuer } from './oidc/config';

function fromConfig(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (playwright.config.ts sets it)`);
  return value;
}

/** What the app server runs with, besides where it is served (PORT, HOST, NEXTAUTH_URL). */
export function appServerEnv(): Record<string, string> {
  return {
    NEXTAUTH_SECRET: 'e2e-only-secret-not-used-anywhere-else',
    BROBYGGER_DATA_DIR: fromConfig('E2E_DATA_DIR'),
    // The e2e server uses DATABASE_URL when CI gives one (a fresh server database), else a fresh PGlite dir.
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
    BROBYGGER_E2E: '1',
    BROBYGGER_MAIL_OUTBOX: fromConfig('E2E_MAIL_OUTBOX'),
    // No background jobs (reminders and the rest of lib/server/jobs) while tests move the clock.
    REMINDERS_INTERVAL_MINUTES: '0',
    BROBYGGER_JOBS: '0',
    // Sign-in through the OpenID Connect provider (e2e/oidc), beside e-mail and password.
    OIDC_ISSUER: oidcIssuer(),
    OIDC_CLIENT_ID,
    OIDC_CLIENT_SECRET,
  };
}

/**
 * One more instance of the app server, from the same build, on a free port of 127.0.0.1,
 * answering /api/health; `overrides` go on top of the suite's environment, and every line it
 * prints is added to `log`. stop() ends its whole process group.
 */
export async function startAppInstance(overrides: Record<string, string>, log: string[]): Promise<RunningServer> {
  try {
    return await startServer({ ...appServerEnv(), ...overrides }, { log: (line) => log.push(line), timeoutMs: 240_000 });
  } catch (err) {
    throw new Error(`${err instanceof Error ? err.message : String(err)}\n${log.slice(-30).join('\n')}`);
  }
}
