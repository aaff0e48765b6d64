import 'server-only';
// The request's words for validation messages (the catalogue's `validering` namespace), for
// wording message references (lib/pure/validation/reference.ts) on the server. Outside a
// request (scripts, tests) next-intl has no language: bokmål.
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { isLocale } from '@/lib/pure/i18n/locales';
import { validationText, type ValidationWords } from '@/lib/pure/validation/reference';

export async function validationWords(): Promise<ValidationWords> {
  let locale: string = 'nb';
  try {
    const { getLocale } = await import('next-intl/server');
    locale = await getLocale();
  } catch {
    // Not in a request.
  }
  return (isLocale(locale) ? CATALOGUES[locale] : CATALOGUES.nb).validering;
}

/** One message (a reference or plain text) in the request's language. */
export async function validationMessage(message: string): Promise<string> {
  return validationText(message, await validationWords());
}
