// The sign-in form's schema, shared by the form and the tests.
import { z } from '@/lib/validation/zod';

export const signInSchema = z.object({
  email: z.string().trim().min(1, 'Skriv inn e-postadressen din.').email('Skriv inn en gyldig e-postadresse, for eksempel navn@kommune.no.'),
  password: z.string().min(1, 'Skriv inn passordet ditt.'),
});
export type SignInInput = z.infer<typeof signInSchema>;

/** Norwegian text for next-auth's error codes; unknown codes get the generic text. */
export function signInErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  if (code === 'RateLimited') {
    return 'For mange mislykkede innloggingsforsøk. Av sikkerhetshensyn må du vente 15 minutter før du prøver igjen.';
  }
  if (code === 'CredentialsSignin') return 'E-postadressen eller passordet er feil.';
  if (code === 'SessionRequired') return 'Du må logge inn for å se denne siden.';
  return 'Innloggingen mislyktes. Prøv igjen.';
}

/** Only same-site paths are followed after sign-in (no open redirect). */
export function safeCallbackUrl(value: string | null | undefined): string {
  if (!value) return '/oversikt';
  try {
    const url = new URL(value, 'http://brobygger.invalid');
    if (url.origin !== 'http://brobygger.invalid') return '/oversikt';
    const path = `${url.pathname}${url.search}${url.hash}`;
    return path.startsWith('/logg-inn') ? '/oversikt' : path;
  } catch {
    return '/oversikt';
  }
}
