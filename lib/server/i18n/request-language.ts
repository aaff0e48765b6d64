import 'server-only';
// The request's language for code that also runs outside a request (actions called from
// scripts and tests): null there. Loaded lazily, so importing this costs nothing outside Next.
import { isLocale, type Locale } from '@/lib/pure/i18n/locales';

export async function requestLanguage(): Promise<Locale | null> {
  try {
    const { getLocale } = await import('next-intl/server');
    const locale = await getLocale();
    return isLocale(locale) ? locale : null;
  } catch {
    return null; // not in a request
  }
}
