// The sign-in form's schema, shared by the form and the tests.
import { z } from '@/lib/pure/validation/zod';
import { msg } from '@/lib/pure/validation/reference';

export const signInSchema = z.object({
  email: z.string().trim().min(1, msg('emailYours')).email(msg('emailExample')),
  password: z.string().min(1, msg('passwordYours')),
});
export type SignInInput = z.infer<typeof signInSchema>;

/** "30 sekunder", "1 minutt", "15 minutter": how long to wait, rounded up. */
export function waitText(seconds: number): string {
  if (seconds < 60) {
    const s = Math.max(1, Math.ceil(seconds));
    return `${s} ${s === 1 ? 'sekund' : 'sekunder'}`;
  }
  const m = Math.ceil(seconds / 60);
  return `${m} ${m === 1 ? 'minutt' : 'minutter'}`;
}

// Signing in through the municipality's identity provider: Brobygger's own refusals
// (lib/server/auth/sso-sign-in.ts), and next-auth's codes for a flow that did not complete (a
// tampered or stale state, an expired or reused code, a provider that could not be reached).
const SSO_FLOW_FAILED = 'Innloggingen gjennom identitetsleverandøren ble ikke fullført. Start innloggingen på nytt.';
const SSO_MESSAGES: Readonly<Record<string, string>> = {
  SsoUnverified:
    'Identitetsleverandøren bekreftet ikke e-postadressen din, så Brobygger kan ikke vite hvilken bruker du er. Be IT-avdelingen i kommunen din om hjelp, eller logg inn med e-post og passord.',
  SsoInactive: 'Brukeren din i Brobygger er deaktivert. Kontakt systemforvalteren i kommunen din hvis du fortsatt trenger tilgang.',
  OAuthSignin: 'Vi fikk ikke kontakt med identitetsleverandøren. Prøv igjen om litt, eller logg inn med e-post og passord.',
  OAuthCallback: SSO_FLOW_FAILED,
  Callback: SSO_FLOW_FAILED,
  AccessDenied: SSO_FLOW_FAILED,
  OAuthCreateAccount: SSO_FLOW_FAILED,
};

/** Whether the code is about signing in through an identity provider (shown above its buttons, not in the password form). */
export function isSsoError(code: string | null | undefined): boolean {
  return typeof code === 'string' && Object.hasOwn(SSO_MESSAGES, code);
}

/** Norwegian text for next-auth's error codes; unknown codes get the generic text. */
export function signInErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  const limited = /^RateLimited(?::(\d+))?$/.exec(code);
  if (limited) {
    const wait = limited[1] ? waitText(Number(limited[1])) : 'en stund';
    return `For mange mislykkede innloggingsforsøk med denne e-postadressen herfra. Av sikkerhetshensyn må du vente ${wait} før du prøver igjen.`;
  }
  if (code === 'CredentialsSignin') return 'E-postadressen eller passordet er feil.';
  if (Object.hasOwn(SSO_MESSAGES, code)) return SSO_MESSAGES[code]!;
  if (code === 'SessionRequired') return 'Du må logge inn for å se denne siden.';
  return 'Innloggingen mislyktes. Prøv igjen.';
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
