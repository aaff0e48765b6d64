// The Norwegian messages many forms share, so the same mistake reads the same everywhere
// (field-specific messages stay beside their schema).

/** A hidden field was changed or missing: nothing the user typed is wrong. */
export const FORM_UNREADABLE = 'Skjemaet kunne ikke leses. Last siden på nytt og prøv igjen.';
/** A date outside any sensible range (e.g. a mistyped year). */
export const DATE_IMPLAUSIBLE = 'Datoen ser ut til å være feil.';
export const DATE_IN_FUTURE = 'Datoen kan ikke være fram i tid.';
export const URL_MAX_LENGTH = 2000;
export const URL_TOO_LONG = `Nettadressen kan være høyst ${URL_MAX_LENGTH} tegn.`;
export const EMAIL_TOO_LONG = 'E-postadressen er for lang.';
export const MEMBER_REQUIRED = 'Velg en kommune eller skriv navnet på organisasjonen.';

export const textTooLong = (max: number) => `Teksten kan være høyst ${max} tegn.`;
