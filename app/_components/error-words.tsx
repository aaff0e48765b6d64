// The error page's words in the request's language, left in the page for app/error.tsx (an
// error boundary gets no props, and the catalogues stay off the browser): an inert <template>
// with data attributes, read only when a page fails. Bokmål pages need none: the boundary
// carries bokmål itself (lib/pure/i18n/error-texts.ts).
import { useLocale, useTranslations } from 'next-intl';
import { ERROR_WORDS_ID } from '@/lib/pure/i18n/error-texts';

export function ErrorWords() {
  const t = useTranslations('feilside.klient');
  const locale = useLocale();
  if (locale === 'nb') return null;
  return <template id={ERROR_WORDS_ID} data-lang={locale} data-title={t('title')} data-text={t('text')} data-reference={t('reference')} data-retry={t('retry')} />;
}
