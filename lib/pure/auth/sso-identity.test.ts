import { describe, expect, it } from 'vitest';
import { ssoIdentity } from './sso-identity';

const base = { sub: 'abc-123', email: ' Kari.Nordmann@Kommune.no ', name: 'Kari  Nordmann' };

describe('the identity taken from an identity provider', () => {
  it('takes a verified address (lower-cased) and the name, and nothing else', () => {
    expect(ssoIdentity('oidc', { ...base, email_verified: true, roles: ['administrator'], groups: ['Brobygger-admin'], role: 'administrator' })).toEqual({
      ok: true,
      subject: 'abc-123',
      email: 'kari.nordmann@kommune.no',
      name: 'Kari Nordmann',
    });
    expect(ssoIdentity('oidc', { ...base, email_verified: 'true' })).toMatchObject({ ok: true });
  });

  it('refuses an address the provider has not verified', () => {
    for (const claims of [{ ...base }, { ...base, email_verified: false }, { ...base, email_verified: 'false' }, { ...base, email_verified: 'yes' }]) {
      expect(ssoIdentity('oidc', claims)).toEqual({ ok: false, reason: 'unverified', claimedEmail: 'kari.nordmann@kommune.no' });
    }
    // xms_edov is Entra's claim; a generic provider that sends it is not believed.
    expect(ssoIdentity('oidc', { ...base, xms_edov: true })).toMatchObject({ ok: false, reason: 'unverified' });
  });

  it('for Entra ID, takes xms_edov (domain owner verified) or email_verified, and nothing less', () => {
    expect(ssoIdentity('entra', { ...base, xms_edov: true })).toMatchObject({ ok: true, email: 'kari.nordmann@kommune.no' });
    expect(ssoIdentity('entra', { ...base, xms_edov: 'true' })).toMatchObject({ ok: true });
    expect(ssoIdentity('entra', { ...base, email_verified: true })).toMatchObject({ ok: true });
    // An Entra token with an e-mail but no verification claim (a guest, an unverified domain).
    expect(ssoIdentity('entra', { ...base, preferred_username: 'kari.nordmann@kommune.no', upn: 'kari.nordmann@kommune.no' })).toMatchObject({ ok: false, reason: 'unverified' });
    expect(ssoIdentity('entra', { ...base, xms_edov: false })).toMatchObject({ ok: false, reason: 'unverified' });
  });

  it('refuses answers without a subject or a usable address', () => {
    expect(ssoIdentity('oidc', { email: 'a@b.no', email_verified: true })).toEqual({ ok: false, reason: 'invalid', claimedEmail: null });
    expect(ssoIdentity('oidc', { sub: 'x', email_verified: true })).toEqual({ ok: false, reason: 'no_email', claimedEmail: null });
    expect(ssoIdentity('oidc', { sub: 'x', email: 'ikke-epost', email_verified: true })).toMatchObject({ ok: false, reason: 'no_email' });
    expect(ssoIdentity('oidc', null)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('cleans the display name of control characters and keeps it short', () => {
    expect(ssoIdentity('oidc', { ...base, email_verified: true, name: 'Ola\u0000 Nord\u0007mann' })).toMatchObject({ name: 'Ola Nordmann' });
    expect(ssoIdentity('oidc', { ...base, email_verified: true, name: 'x'.repeat(500) })).toMatchObject({ name: 'x'.repeat(200) });
    expect(ssoIdentity('oidc', { ...base, email_verified: true, name: ' \u0007 ' })).toMatchObject({ name: null });
  });
});
