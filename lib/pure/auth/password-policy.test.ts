import { describe, expect, it } from 'vitest';
import { fullPasswordProblem, isCommonPassword } from '@/lib/server/auth/common-passwords';
import { PASSWORD_MESSAGES, passwordProblem } from './password-policy';

const kari = { email: 'kari.nordmann@kristiansand.kommune.no', name: 'Kari Nordmann' };

describe('password rules (NIST 800-63B)', () => {
  it('asks for length, not composition: a long lower-case phrase is fine', () => {
    expect(fullPasswordProblem('kaffe og vafler på fredag', kari)).toBeNull();
    expect(fullPasswordProblem('grønnsaker-i-hagen-vår', kari)).toBeNull();
    expect(fullPasswordProblem('et-godt-passord-123', kari)).toBeNull();
  });

  it('refuses short and overlong passwords', () => {
    expect(passwordProblem('Kort1!')).toBe(PASSWORD_MESSAGES.tooShort);
    expect(passwordProblem('x'.repeat(100) + 'y'.repeat(157))).toBe(PASSWORD_MESSAGES.tooLong);
    // Characters, not UTF-16 units: twelve emoji are twelve characters.
    expect(passwordProblem('🐻🦊🐺🦝🐗🐴🦄🐝🐛🦋🐌🐞')).toBeNull();
  });

  it.each(['aaaaaaaaaaaa', '123456789012', 'abcdefghijklm', 'abcabcabcabc', 'passordpassord', 'qqqqqqqqqqqq1', '121212121212', '987654321098'])(
    'refuses the predictable %s',
    (pw) => expect(passwordProblem(pw)).toBe(PASSWORD_MESSAGES.predictable),
  );

  it.each(['kari.nordmann123', 'KariNordmann2026!', 'brobygger.kari.2026', 'nordmann.kari.99'])('refuses %s for Kari as personal', (pw) => {
    expect(passwordProblem(pw, kari)).toBe(PASSWORD_MESSAGES.personal);
  });

  it.each(['password1234', 'P@ssw0rd2026!', 'Passord2026!!', 'qwertyuiop123', 'iloveyou2024!', 'Sommer2026!!!', '1qaz2wsx3edc', 'Velkommen123!', 'football1234', 'dragon123456'])(
    'refuses the common %s',
    (pw) => {
      expect(isCommonPassword(pw)).toBe(true);
      expect(fullPasswordProblem(pw, kari)).not.toBeNull();
    },
  );
});
