// The words of an error page in the language it is shown in (lib/pure/i18n/error-texts.ts).
// Read from the document after hydration: the server knows no language for an error boundary
// it renders, so it renders bokmål and the browser switches to the page's language at once.
import { useSyncExternalStore } from 'react';
import { DEFAULT_LOCALE, type Locale } from '@/lib/pure/i18n/locales';
import { ERROR_TEXTS, errorLocale, type ErrorTexts } from '@/lib/pure/i18n/error-texts';

const noSubscription = () => () => {};

/**
 * `page`: the language the root layout gave <html> (app/error.tsx, inside the layout).
 * `browser`: the browser's languages alone (app/global-error.tsx, where the layout failed and
 * <html lang> is the error page's own).
 */
export function useErrorTexts(from: 'page' | 'browser'): { locale: Locale; texts: ErrorTexts } {
  const locale = useSyncExternalStore(
    noSubscription,
    () => errorLocale(from === 'page' ? document.documentElement.lang : null, navigator.languages),
    () => DEFAULT_LOCALE,
  );
  return { locale, texts: ERROR_TEXTS[locale] };
}
