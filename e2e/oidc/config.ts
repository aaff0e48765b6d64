// The e2e suite's OpenID Connect provider (provider.ts) and its one client, Brobygger. Shared
// by playwright.config.ts (which starts the provider and points the app at it), the provider
// and e2e/sso.spec.ts. Test-only values: this secret protects nothing outside a test run.

export const OIDC_CLIENT_ID = 'brobygger-e2e';
export const OIDC_CLIENT_SECRET = 'e2e-oidc-klienthemmelighet-brukes-bare-i-test';

/** The provider's address; the port is chosen once by playwright.config.ts and inherited by its workers. */
export function oidcIssuer(): string {
  const port = process.env.E2E_OIDC_PORT;
  if (!port) throw new Error('E2E_OIDC_PORT is not set (playwright.config.ts sets it)');
  return `http://127.0.0.1:${port}`;
}

/** Codes the provider issues for this login have already expired when the app redeems them. */
export const EXPIRED_CODE_LOGIN = 'utlopt.kode@example.no';

/** The provider does not vouch for addresses that start like this (email_verified: false). */
export const UNVERIFIED_PREFIX = 'uverifisert.';
