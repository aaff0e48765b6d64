// Server-rendered markup of a component in one of the three languages, with the catalogue a
// page would have (NextIntlClientProvider), and its visible text with the tags turned into
// spaces: what the component tests read.
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { TIME_ZONE } from '@/lib/pure/i18n/formats';
import type { Locale } from '@/lib/pure/i18n/locales';

export function renderIn(locale: Locale, node: ReactNode): string {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={CATALOGUES[locale]} timeZone={TIME_ZONE}>
      {node}
    </NextIntlClientProvider>,
  );
}

export function textOf(markup: string): string {
  return markup.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
}
