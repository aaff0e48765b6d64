import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { DEFAULT_OIDC_LABEL, normaliseIssuer, ssoButtons, ssoConfigFromEnv } from './sso-config';
import { ssoProvider } from './sso-providers';

const ENTRA = { ENTRA_TENANT_ID: '3f2c6a1e-8b7d-4c2a-9e1f-0a1b2c3d4e5f', ENTRA_CLIENT_ID: 'app-id', ENTRA_CLIENT_SECRET: 'hemmelig-1' };
const OIDC = { OIDC_ISSUER: 'https://login.kommune.no/realms/ansatte/', OIDC_CLIENT_ID: 'brobygger', OIDC_CLIENT_SECRET: 'hemmelig-2' };

describe('single sign-on configuration', () => {
  it('offers nothing without variables, and each provider only when all three of its variables are set', () => {
    expect(ssoConfigFromEnv({})).toEqual({ providers: [], problems: [] });
    expect(ssoButtons({ ...ENTRA, ...OIDC })).toEqual([
      { id: 'entra', label: 'Microsoft Entra ID' },
      { id: 'oidc', label: 'kommunens innlogging' },
    ]);
    expect(ssoButtons({ ...OIDC, OIDC_NAME: '  Agder-IKT  ' })).toEqual([{ id: 'oidc', label: 'Agder-IKT' }]);
    const half = ssoConfigFromEnv({ ENTRA_TENANT_ID: ENTRA.ENTRA_TENANT_ID, OIDC_ISSUER: OIDC.OIDC_ISSUER, OIDC_CLIENT_ID: 'x', OIDC_CLIENT_SECRET: ' ' });
    expect(half.providers).toEqual([]);
    expect(half.problems).toEqual([
      'Innlogging via Entra ID er av: ENTRA_CLIENT_ID, ENTRA_CLIENT_SECRET mangler.',
      'Innlogging via OpenID Connect er av: OIDC_CLIENT_SECRET mangler.',
    ]);
  });

  it('refuses a multi-tenant Entra endpoint, whose e-mail claims no municipality vouches for', () => {
    for (const tenant of ['common', 'Organizations', 'consumers', 'ikke en tenant', '../common']) {
      const r = ssoConfigFromEnv({ ...ENTRA, ENTRA_TENANT_ID: tenant });
      expect(r.providers, tenant).toEqual([]);
      expect(r.problems[0]).toMatch(/ENTRA_TENANT_ID må være/);
    }
    expect(ssoConfigFromEnv({ ...ENTRA, ENTRA_TENANT_ID: 'kristiansand.onmicrosoft.com' }).providers).toHaveLength(1);
  });

  it('takes an https issuer (http only on loopback) and never prints a secret in its problems', () => {
    expect(normaliseIssuer('https://login.kommune.no/realms/ansatte/')).toBe('https://login.kommune.no/realms/ansatte');
    expect(normaliseIssuer('http://127.0.0.1:4010')).toBe('http://127.0.0.1:4010');
    expect(normaliseIssuer('http://login.kommune.no')).toBeNull();
    expect(normaliseIssuer('https://login.kommune.no/?x=1')).toBeNull();
    expect(normaliseIssuer('https://bruker:pass@login.kommune.no')).toBeNull();
    expect(normaliseIssuer('ikke en adresse')).toBeNull();
    const r = ssoConfigFromEnv({ ...OIDC, OIDC_ISSUER: 'http://login.kommune.no' });
    expect(r.providers).toEqual([]);
    expect(r.problems.join(' ')).not.toContain('hemmelig');
  });

  it('builds providers that demand PKCE, state and nonce and validate the ID token', () => {
    const [entra, oidc] = ssoConfigFromEnv({ ...ENTRA, ...OIDC }).providers.map(ssoProvider);
    expect(entra).toMatchObject({
      id: 'entra',
      wellKnown: `https://login.microsoftonline.com/${ENTRA.ENTRA_TENANT_ID}/v2.0/.well-known/openid-configuration`,
      idToken: true,
      checks: ['pkce', 'state', 'nonce'],
      clientId: 'app-id',
    });
    expect(oidc).toMatchObject({ id: 'oidc', wellKnown: 'https://login.kommune.no/realms/ansatte/.well-known/openid-configuration', idToken: true, checks: ['pkce', 'state', 'nonce'] });
    // The profile next-auth hands on holds the subject, name and address, nothing else.
    expect(oidc!.profile({ sub: 's1', email: 'a@b.no', name: 'A', roles: ['administrator'], groups: ['g'] }, {})).toEqual({ id: 's1', email: 'a@b.no', name: 'A' });
  });
});

describe('the default provider name on the sign-in page', () => {
  // /logg-inn swaps the default name for the catalogue's, so it reads in the visitor's language;
  // in bokmål the button must still say «Fortsett med kommunens innlogging».
  it('is the bokmål catalogue\'s, and is translated in nn and en', () => {
    expect(CATALOGUES.nb.innlogging.ssoDefaultName).toBe(DEFAULT_OIDC_LABEL);
    expect(CATALOGUES.nn.innlogging.ssoDefaultName).not.toBe(DEFAULT_OIDC_LABEL);
    expect(CATALOGUES.en.innlogging.ssoDefaultName).not.toBe(DEFAULT_OIDC_LABEL);
  });
});
