import { describe, expect, it } from 'vitest';
import { safeCallbackUrl, signInErrorMessage, signInSchema } from './sign-in';

describe('sign-in validation', () => {
  it('gives Norwegian field messages', () => {
    const r = signInSchema.safeParse({ email: 'ikke-epost', password: '' });
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => i.message);
    expect(messages).toContain('Skriv inn en gyldig e-postadresse, for eksempel navn@kommune.no.');
    expect(messages).toContain('Skriv inn passordet ditt.');
  });

  it('says the same for a wrong password and an unknown user, and explains the rate limit', () => {
    expect(signInErrorMessage('CredentialsSignin')).toBe('E-postadressen eller passordet er feil.');
    expect(signInErrorMessage('RateLimited')).toMatch(/vente 15 minutter/);
    expect(signInErrorMessage('Something')).toBe('Innloggingen mislyktes. Prøv igjen.');
    expect(signInErrorMessage(null)).toBeNull();
  });

  it.each([
    [undefined, '/oversikt'],
    ['/admin/brukere?x=1', '/admin/brukere?x=1'],
    ['https://evil.example/', '/oversikt'],
    ['//evil.example/path', '/oversikt'],
    ['/logg-inn', '/oversikt'],
    ['http://brobygger.invalid/x', '/x'],
  ])('follows only same-site callback URLs (%s)', (input, expected) => {
    expect(safeCallbackUrl(input)).toBe(expected);
  });
});
