// A number with decimals in the page's language (1,5 in Norwegian, 1.5 in English).
import { formatNumberNb } from '@/lib/pure/domain/nb-text';
import type { Locale } from '@/lib/pure/i18n/locales';

const INTL: Readonly<Record<Locale, string>> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

export function numberText(value: number, locale: Locale, maxFractionDigits = 1): string {
  if (locale === 'nb') return formatNumberNb(value, maxFractionDigits);
  return new Intl.NumberFormat(INTL[locale], { maximumFractionDigits: maxFractionDigits }).format(value);
}
