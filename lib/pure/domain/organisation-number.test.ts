import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatOrganisationNumber,
  isValidOrganisationNumber,
  normaliseOrganisationNumber,
  organisationNumberCheckDigit,
  organisationNumberProblem,
} from './organisation-number';

describe('organisation numbers (Enhetsregisteret, mod 11 with weights 3 2 7 6 5 4 3 2)', () => {
  it.each(['974760673', '923609016', '964338531', '940192226'])('accepts the registered number %s', (n) => {
    expect(isValidOrganisationNumber(n)).toBe(true);
    expect(organisationNumberProblem(n)).toBeNull();
  });

  it('computes the check digit by hand for one number', () => {
    // 9*3 + 7*2 + 4*7 + 7*6 + 6*5 + 0*4 + 6*3 + 7*2 = 173; 173 mod 11 = 8; 11 - 8 = 3.
    expect(organisationNumberCheckDigit('97476067')).toBe(3);
  });

  it('has check digit 0 for remainder 0 and none for remainder 1', () => {
    // 1*3 + 4*2 = 11 -> remainder 0.
    expect(organisationNumberCheckDigit('10000004')).toBe(0);
    expect(isValidOrganisationNumber('100000040')).toBe(true);
    // 4*3 = 12 -> remainder 1: no check digit makes a valid number.
    expect(organisationNumberCheckDigit('40000000')).toBeNull();
    for (let d = 0; d <= 9; d++) expect(isValidOrganisationNumber(`40000000${d}`)).toBe(false);
  });

  it('refuses a wrong check digit, letters and the wrong length, with a reason', () => {
    expect(isValidOrganisationNumber('974760674')).toBe(false);
    expect(organisationNumberProblem('974760674')).toMatch(/kontrollsifferet stemmer ikke/);
    expect(organisationNumberProblem('97476067')).toBe('Organisasjonsnummeret må ha ni sifre (fikk 8).');
    expect(organisationNumberProblem('97476067A')).toBe('Organisasjonsnummeret kan bare inneholde sifre.');
    expect(isValidOrganisationNumber('')).toBe(false);
    expect(() => organisationNumberCheckDigit('123')).toThrow(RangeError);
  });

  it('reads numbers written with spaces, dots or hyphens, and writes them in groups of three', () => {
    expect(normaliseOrganisationNumber(' 974 760 673 ')).toBe('974760673');
    expect(normaliseOrganisationNumber('974.760.673')).toBe('974760673');
    expect(organisationNumberProblem('974 760 673')).toBeNull();
    expect(formatOrganisationNumber('974760673')).toBe('974 760 673');
    expect(formatOrganisationNumber('12')).toBe('12');
  });

  it('catches every single mistyped digit (property)', () => {
    const digits = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }).map((d) => d.join(''));
    fc.assert(
      fc.property(digits, fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (first, position, shift) => {
        const check = organisationNumberCheckDigit(first);
        fc.pre(check !== null);
        const valid = `${first}${check}`;
        expect(isValidOrganisationNumber(valid)).toBe(true);
        const typo = valid.slice(0, position) + String((Number(valid[position]) + shift) % 10) + valid.slice(position + 1);
        expect(isValidOrganisationNumber(typo)).toBe(false);
      }),
    );
  });
});
