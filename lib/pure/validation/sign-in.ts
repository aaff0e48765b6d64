// Signing in, without zod (the form in the browser words its refusals from here): the
// refusals for next-auth's codes and safe paths to return to. The schema is in sign-in-schema.ts.

/**
 * The words of the sign-in refusals (catalogue `avvisning.innlogging`): plain strings with
 * {wait} and {count} placeholders, so the browser can word a refusal without a translation
 * runtime. The page hands the form the words in the visitor's language (signInRefusalWords).
 */
export interface SignInRefusalWords {
  credentials: string;
  failed: string;
  sessionRequired: string;
  /** With "{wait}" for how long. */
  rateLimited: string;
  aWhile: string;
  /** With "{count}". */
  second: string;
  seconds: string;
  minute: string;
  minutes: string;
  ssoFlowFailed: string;
  ssoUnverified: string;
  ssoInactive: string;
  oauthSignin: string;
}

/** Bokmål, the same as the nb catalogue (sign-in.test.ts holds them equal): the default, and what tests read. */
export const SIGN_IN_REFUSALS_NB: SignInRefusalWords = {
  credentials: 'E-postadressen eller passordet er feil.',
  failed: 'Innloggingen mislyktes. Prøv igjen.',
  sessionRequired: 'Du må logge inn for å se denne siden.',
  rateLimited:
    'For mange mislykkede innloggingsforsøk med denne e-postadressen herfra. Av sikkerhetshensyn må du vente {wait} før du prøver igjen.',
  aWhile: 'en stund',
  second: '{count} sekund',
  seconds: '{count} sekunder',
  minute: '{count} minutt',
  minutes: '{count} minutter',
  ssoFlowFailed: 'Innloggingen gjennom identitetsleverandøren ble ikke fullført. Start innloggingen på nytt.',
  ssoUnverified:
    'Identitetsleverandøren bekreftet ikke e-postadressen din, så Brobygger kan ikke vite hvilken bruker du er. Be IT-avdelingen i kommunen din om hjelp, eller logg inn med e-post og passord.',
  ssoInactive: 'Brukeren din i Brobygger er deaktivert. Kontakt systemforvalteren i kommunen din hvis du fortsatt trenger tilgang.',
  oauthSignin: 'Vi fikk ikke kontakt med identitetsleverandøren. Prøv igjen om litt, eller logg inn med e-post og passord.',
};

const REFUSAL_KEYS = Object.keys(SIGN_IN_REFUSALS_NB) as (keyof SignInRefusalWords)[];

/**
 * The words from a translator of `avvisning.innlogging` (the page's getTranslations); the
 * placeholders stay in, for waitText and signInErrorMessage to fill.
 */
export function signInRefusalWords(t: (key: keyof SignInRefusalWords, values: Record<string, string>) => string): SignInRefusalWords {
  return Object.fromEntries(REFUSAL_KEYS.map((key) => [key, t(key, { wait: '{wait}', count: '{count}' })])) as unknown as SignInRefusalWords;
}

const fill = (template: string, name: string, value: string) => template.split(`{${name}}`).join(value);

/** "30 sekunder", "1 minutt", "15 minutter": how long to wait, rounded up. */
export function waitText(seconds: number, words: SignInRefusalWords = SIGN_IN_REFUSALS_NB): string {
  if (seconds < 60) {
    const s = Math.max(1, Math.ceil(seconds));
    return fill(s === 1 ? words.second : words.seconds, 'count', String(s));
  }
  const m = Math.ceil(seconds / 60);
  return fill(m === 1 ? words.minute : words.minutes, 'count', String(m));
}

// Signing in through the municipality's identity provider: Brobygger's own refusals
// (lib/server/auth/sso-sign-in.ts), and next-auth's codes for a flow that did not complete (a
// tampered or stale state, an expired or reused code, a provider that could not be reached).
const SSO_WORDS: Readonly<Record<string, keyof SignInRefusalWords>> = {
  SsoUnverified: 'ssoUnverified',
  SsoInactive: 'ssoInactive',
  OAuthSignin: 'oauthSignin',
  OAuthCallback: 'ssoFlowFailed',
  Callback: 'ssoFlowFailed',
  AccessDenied: 'ssoFlowFailed',
  OAuthCreateAccount: 'ssoFlowFailed',
};

/** Whether the code is about signing in through an identity provider (shown above its buttons, not in the password form). */
export function isSsoError(code: string | null | undefined): boolean {
  return typeof code === 'string' && Object.hasOwn(SSO_WORDS, code);
}

/** The refusal for next-auth's error codes, in the given words (bokmål by default); unknown codes get the generic text. */
export function signInErrorMessage(code: string | null | undefined, words: SignInRefusalWords = SIGN_IN_REFUSALS_NB): string | null {
  if (!code) return null;
  const limited = /^RateLimited(?::(\d+))?$/.exec(code);
  if (limited) {
    const wait = limited[1] ? waitText(Number(limited[1]), words) : words.aWhile;
    return fill(words.rateLimited, 'wait', wait);
  }
  if (code === 'CredentialsSignin') return words.credentials;
  if (Object.hasOwn(SSO_WORDS, code)) return words[SSO_WORDS[code]!];
  if (code === 'SessionRequired') return words.sessionRequired;
  return words.failed;
}

const DEFAULT_AFTER_SIGN_IN = '/oversikt';
const BASE = 'http://brobygger.invalid';
// Whitespace and control characters are dropped or reinterpreted by URL parsers; a real
// in-app path never contains them raw.
const UNSAFE_CHARS = /[\u0000-\u0020\u007F-\u009F\u2028\u2029]/;

const isLocalPath = (path: string) => path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\');

/**
 * A same-origin relative path that still starts with a single "/" after the URL parser has
 * resolved dot segments and backslashes (so "/a/..//evil.example" cannot become
 * "//evil.example"), or `fallback`.
 */
export function safeRelativePath(value: string | null | undefined, fallback: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return fallback;
  if (UNSAFE_CHARS.test(value) || !isLocalPath(value)) return fallback;
  try {
    const url = new URL(value, BASE);
    if (url.origin !== BASE) return fallback;
    const path = `${url.pathname}${url.search}${url.hash}`;
    return isLocalPath(path) ? path : fallback;
  } catch {
    return fallback;
  }
}

/** Where to go after sign-in: a safe relative path, but never back to sign-in or an API. */
export function safeCallbackUrl(value: string | null | undefined): string {
  const path = safeRelativePath(value, DEFAULT_AFTER_SIGN_IN);
  return path.startsWith('/logg-inn') || path.startsWith('/api/') ? DEFAULT_AFTER_SIGN_IN : path;
}
