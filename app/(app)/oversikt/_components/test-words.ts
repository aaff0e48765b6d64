// The overview's words (./words.ts) from the catalogue, as the
// page builds them with getTranslations: for the tests of its cards and table.
import { createTranslator } from 'use-intl/core';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import type { Locale } from '@/lib/pure/i18n/locales';
import type { OverviewT, OverviewWords } from './words';

export function overviewWords(locale: Locale): OverviewWords {
  const t = createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'oversikt' }) as unknown as OverviewT;
  const state = createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'tilstand' });
  return { t, locale, state: (s) => state(s) };
}
