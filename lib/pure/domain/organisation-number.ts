// Organisation numbers (organisasjonsnummer) of Enhetsregisteret: nine digits, the last a
// modulus 11 check digit over the first eight with weights 3, 2, 7, 6, 5, 4, 3, 2. A
// remainder that would need check digit 10 is never issued, so such a number is invalid.
// Pure: the shared zod schema (lib/pure/validation/existing-cooperation.ts) and the import use it.

const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/** Spaces and the usual separators people type ("123 456 785", "123.456.785") removed. */
export function normaliseOrganisationNumber(value: string): string {
  return value.replace(/[\s.\u00a0-]/g, '');
}

/** The check digit for the first eight digits, or null when none exists (remainder 1). */
export function organisationNumberCheckDigit(firstEight: string): number | null {
  if (!/^\d{8}$/.test(firstEight)) throw new RangeError('Trenger nøyaktig åtte sifre.');
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(firstEight[i]), 0);
  const rest = sum % 11;
  if (rest === 0) return 0;
  return rest === 1 ? null : 11 - rest;
}

/** Nine digits whose last digit is the mod-11 check digit of the first eight. */
export function isValidOrganisationNumber(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  return organisationNumberCheckDigit(value.slice(0, 8)) === Number(value[8]);
}

/** How the number is written for people: "123 456 785". */
export function formatOrganisationNumber(value: string): string {
  return /^\d{9}$/.test(value) ? `${value.slice(0, 3)} ${value.slice(3, 6)} ${value.slice(6)}` : value;
}

/** Why a typed number is refused, in Norwegian; null when it is valid. */
export function organisationNumberProblem(raw: string): string | null {
  const value = normaliseOrganisationNumber(raw);
  if (!/^\d+$/.test(value)) return 'Organisasjonsnummeret kan bare inneholde sifre.';
  if (value.length !== 9) return `Organisasjonsnummeret må ha ni sifre (fikk ${value.length}).`;
  if (!isValidOrganisationNumber(value)) return 'Organisasjonsnummeret er ikke gyldig: kontrollsifferet stemmer ikke. Sjekk nummeret i Enhetsregisteret.';
  return null;
}
