import 'server-only';
// next-intl's request configuration (named in next.config.js): the language of this request
// and its catalogue. next-intl calls it once per request (React's cache), the first time a
// component asks for a translation. There are no language prefixes in the addresses: the
// addresses are Norwegian and shared, so the language comes from the request (lib/pure/i18n/resolve.ts).
import { getRequestConfig } from 'next-intl/server';
import { requestLocale } from './server';
import { formatsFor, TIME_ZONE } from '@/lib/pure/i18n/formats';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return { locale, messages: CATALOGUES[locale], timeZone: TIME_ZONE, formats: formatsFor(locale) };
});
