// "Slik regnes det ut" in the request's language: the indicator tables, the thresholds and the
// event lines follow the page, and so do the warning rules' titles.
// next-intl's request side is stubbed.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { createTranslator } from 'use-intl/core';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import type { Locale } from '@/lib/pure/i18n/locales';

const request = vi.hoisted(() => ({ locale: 'nb' as string }));
vi.mock('next-intl/server', () => ({
  getLocale: async () => request.locale,
  getTranslations: async (namespace: 'utregning') => createTranslator({ locale: request.locale as Locale, messages: CATALOGUES[request.locale as Locale], namespace }),
}));

const { default: CalculationPage } = await import('./page');

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('Slik regnes det ut', () => {
  beforeEach(() => {
    request.locale = 'nb';
  });

  it('is bokmål as before', async () => {
    const html = renderToStaticMarkup(await CalculationPage());
    expect(text(html)).toContain('Formelt vedtak om tilslutning i alle deltakere 1 Fra etableringen Andelen deltakere der siste vedtak om samarbeidet er tilslutning.');
    expect(text(html)).toContain('Frist for å sende ut saksdokumenter før møtet: 7 dager');
    expect(text(html)).toContain('Etter kommunevalget : frist 3 måneder etter, ellers i kommunestyre');
  });

  it('is nynorsk and English throughout, the warning titles included', async () => {
    request.locale = 'nn';
    expect(text(renderToStaticMarkup(await CalculationPage()))).toContain('Formelt vedtak om tilslutning hos alle deltakarane 1 Frå etableringa');
    request.locale = 'en';
    const html = renderToStaticMarkup(await CalculationPage());
    expect(text(html)).toContain('Formal decision to join in every member 1');
    expect(text(html)).toContain('Deadline for sending out case documents before the meeting: 7 days');
    expect(text(html)).toContain('After the municipal election : due 3 months after, otherwise in the municipal council');
    expect(html).not.toContain('Andelen deltakere');
    // The warnings' titles too (namespace varsel): nothing on the page is left in bokmål.
    expect(html).not.toContain('lang="nb"');
  });
});
