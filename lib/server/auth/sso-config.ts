import 'server-only';
// Single sign-on providers, configured only by environment variables (README, «Innlogging med
// kommunens identitetsleverandør»). A provider is offered when all of its variables are set;
// one that is half configured, or configured unsafely, is left out with a warning in the
// server log that names the variable (never a value).

export type SsoProviderId = 'entra' | 'oidc';

export interface EntraConfig {
  id: 'entra';
  label: string;
  tenantId: string;
  clientId: string;
  clientSecret: string;
}

export interface OidcConfig {
  id: 'oidc';
  label: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
}

export type SsoConfig = EntraConfig | OidcConfig;

export const SSO_ENV = {
  entra: ['ENTRA_TENANT_ID', 'ENTRA_CLIENT_ID', 'ENTRA_CLIENT_SECRET'],
  oidc: ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'],
} as const;

export const DEFAULT_OIDC_LABEL = 'kommunens innlogging';

// "common", "organizations" and "consumers" accept accounts from any Microsoft tenant (or
// personal accounts), whose e-mail claim the municipality has not vouched for.
const MULTI_TENANT = new Set(['common', 'organizations', 'consumers']);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

type Env = Readonly<Record<string, string | undefined>>;

export interface SsoConfigResult {
  providers: SsoConfig[];
  /** Norwegian sentences for the server log; empty when all is well. */
  problems: string[];
}

/** The issuer without a trailing slash, or null unless https (http only on loopback, for tests). */
export function normaliseIssuer(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
  if (!secure || url.search || url.hash || url.username || url.password) return null;
  return url.toString().replace(/\/+$/, '');
}

export function ssoConfigFromEnv(env: Env = process.env): SsoConfigResult {
  const providers: SsoConfig[] = [];
  const problems: string[] = [];
  const value = (name: string) => env[name]?.trim() || '';

  const configured = (id: SsoProviderId) => {
    const names = SSO_ENV[id];
    const missing = names.filter((n) => !value(n));
    if (missing.length === names.length) return false;
    if (missing.length > 0) {
      problems.push(`Innlogging via ${id === 'entra' ? 'Entra ID' : 'OpenID Connect'} er av: ${missing.join(', ')} mangler.`);
      return false;
    }
    return true;
  };

  if (configured('entra')) {
    const tenantId = value('ENTRA_TENANT_ID');
    if (MULTI_TENANT.has(tenantId.toLowerCase()) || !(GUID.test(tenantId) || DOMAIN.test(tenantId))) {
      problems.push('Innlogging via Entra ID er av: ENTRA_TENANT_ID må være id-en (GUID) eller domenet til kommunens egen tenant, ikke «common», «organizations» eller «consumers».');
    } else {
      providers.push({ id: 'entra', label: 'Microsoft Entra ID', tenantId, clientId: value('ENTRA_CLIENT_ID'), clientSecret: value('ENTRA_CLIENT_SECRET') });
    }
  }
  if (configured('oidc')) {
    const issuer = normaliseIssuer(value('OIDC_ISSUER'));
    if (!issuer) {
      problems.push('Innlogging via OpenID Connect er av: OIDC_ISSUER må være en https-adresse uten spørring (http bare på 127.0.0.1 eller localhost).');
    } else {
      const label = value('OIDC_NAME').slice(0, 60) || DEFAULT_OIDC_LABEL;
      providers.push({ id: 'oidc', label, issuer, clientId: value('OIDC_CLIENT_ID'), clientSecret: value('OIDC_CLIENT_SECRET') });
    }
  }
  return { providers, problems };
}

/** What the sign-in page shows: the providers' ids and names, nothing secret. */
export function ssoButtons(env: Env = process.env): { id: SsoProviderId; label: string }[] {
  return ssoConfigFromEnv(env).providers.map(({ id, label }) => ({ id, label }));
}
