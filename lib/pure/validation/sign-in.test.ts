import { describe, expect, it } from 'vitest';
import { createTranslator } from 'use-intl/core';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { isSsoError, safeCallbackUrl, signInErrorMessage, signInRefusalWords, SIGN_IN_REFUSALS_NB, waitText } from './sign-in';
import { signInSchema } from './sign-in-schema';
import { nb } from '@/testing/validation-words';

describe('sign-in validation', () => {
  it('gives Norwegian field messages', () => {
    const r = signInSchema.safeParse({ email: 'ikke-epost', password: '' });
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => nb(i.message));
    expect(messages).toContain('Skriv inn en gyldig e-postadresse, for eksempel navn@kommune.no.');
    expect(messages).toContain('Skriv inn passordet ditt.');
  });

  it('says the same for a wrong password and an unknown user, and says how long to wait when throttled', () => {
    expect(signInErrorMessage('CredentialsSignin')).toBe('E-postadressen eller passordet er feil.');
    expect(signInErrorMessage('RateLimited:90')).toMatch(/vente 2 minutter før du prøver igjen/);
    expect(signInErrorMessage('RateLimited:1')).toMatch(/vente 1 sekund før/);
    expect(signInErrorMessage('RateLimited')).toMatch(/vente en stund/);
    expect(signInErrorMessage('Something')).toBe('Innloggingen mislyktes. Prøv igjen.');
    expect(signInErrorMessage(null)).toBeNull();
    expect(signInErrorMessage('OAuthCallback')).toBe('Innloggingen gjennom identitetsleverandøren ble ikke fullført. Start innloggingen på nytt.');
    expect(signInErrorMessage('SsoUnverified')).toMatch(/bekreftet ikke e-postadressen din/);
    expect(signInErrorMessage('SsoInactive')).toMatch(/er deaktivert/);
    expect(signInErrorMessage('OAuthSignin')).toMatch(/fikk ikke kontakt med identitetsleverandøren/);
    // Inherited object keys are not codes.
    expect(signInErrorMessage('toString')).toBe('Innloggingen mislyktes. Prøv igjen.');
    expect(['OAuthCallback', 'SsoUnverified', 'SsoInactive'].every(isSsoError)).toBe(true);
    expect([null, 'CredentialsSignin', 'RateLimited:3', 'toString'].some(isSsoError)).toBe(false);
    expect(waitText(30)).toBe('30 sekunder');
    expect(waitText(60)).toBe('1 minutt');
    expect(waitText(900)).toBe('15 minutter');
  });
});

describe('sign-in refusals in the visitor\'s language', () => {
  const words = (locale: 'nb' | 'nn' | 'en') =>
    signInRefusalWords(createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'avvisning.innlogging' }));

  it('bokmål from the catalogue is the default, byte for byte', () => {
    expect(words('nb')).toEqual(SIGN_IN_REFUSALS_NB);
    expect(signInErrorMessage('RateLimited:90', words('nb'))).toBe(signInErrorMessage('RateLimited:90'));
  });

  it('words the refusals in nynorsk and English', () => {
    expect(signInErrorMessage('CredentialsSignin', words('nn'))).toBe('E-postadressa eller passordet er feil.');
    expect(signInErrorMessage('RateLimited:90', words('nn'))).toMatch(/vente 2 minutt før du prøver igjen/);
    expect(signInErrorMessage('OAuthCallback', words('nn'))).toMatch(/vart ikkje fullført/);
    expect(signInErrorMessage('CredentialsSignin', words('en'))).toBe('The email address or the password is wrong.');
    expect(signInErrorMessage('RateLimited:1', words('en'))).toMatch(/wait 1 second before trying again/);
    expect(signInErrorMessage('RateLimited', words('en'))).toMatch(/wait a while before/);
    expect(signInErrorMessage('toString', words('en'))).toBe('Signing in failed. Please try again.');
    expect(waitText(900, words('en'))).toBe('15 minutes');
  });
});

// Replayed attack: open redirect after sign-in. Each of these was (or could be) turned into
// a redirect to another site; every one must end on the overview.
export const OPEN_REDIRECT_PAYLOADS = [
  '/a/..//evil.example',
  '/.//evil.example',
  '/%2e%2e//evil.example',
  '/%2E%2E//evil.example',
  '/x/../\\evil.example',
  '/x/..\\/evil.example',
  '/\\evil.example',
  '/\\/evil.example',
  '//evil.example',
  '///evil.example',
  '////evil.example/',
  '/././/evil.example',
  '/a/b/../..//evil.example',
  '/a/%2e%2e//evil.example',
  '/a/.%2e//evil.example',
  '/a/%2e./%2fevil.example/..//evil.example',
  'https://evil.example',
  'http://evil.example/oversikt',
  'HTTPS://evil.example',
  'evil.example',
  '@evil.example',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.cookie)',
  'data:text/html,<script>alert(1)</script>',
  '\t//evil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  '/\r\n/evil.example',
  ' //evil.example',
  '/%5C%5Cevil.example/../..//evil.example',
  'http://brobygger.invalid//evil.example',
  'http:/evil.example',
  'https:evil.example',
  '/logg-inn?callbackUrl=//evil.example',
  '/api/auth/signout',
];

describe('safeCallbackUrl', () => {
  it('has a payload list of at least 20 attacks', () => {
    expect(OPEN_REDIRECT_PAYLOADS.length).toBeGreaterThanOrEqual(20);
  });

  it.each(OPEN_REDIRECT_PAYLOADS)('sends %j to the overview', (payload) => {
    expect(safeCallbackUrl(payload)).toBe('/oversikt');
  });

  it.each([
    [undefined, '/oversikt'],
    ['', '/oversikt'],
    ['/admin/brukere?x=1', '/admin/brukere?x=1'],
    ['/samarbeid/abc/design#mandat', '/samarbeid/abc/design#mandat'],
    ['/register/4203?tilstand=drift&sok=%C3%A6', '/register/4203?tilstand=drift&sok=%C3%A6'],
    ['/a/../oversikt', '/oversikt'],
  ])('follows same-origin relative paths (%s)', (input, expected) => {
    expect(safeCallbackUrl(input)).toBe(expected);
  });

  it('never returns anything a browser would read as another host', () => {
    for (const payload of OPEN_REDIRECT_PAYLOADS) {
      const target = new URL(safeCallbackUrl(payload), 'https://brobygger.kommune.no');
      expect(target.host).toBe('brobygger.kommune.no');
    }
  });
});
