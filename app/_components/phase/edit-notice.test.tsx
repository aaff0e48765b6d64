// Why a phase form is read-only, in the request's language: bokmål exactly as before (the e2e
// tests read it), nynorsk and English from the catalogue. next-intl's request side is stubbed.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { createTranslator } from 'use-intl/core';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import type { Locale } from '@/lib/pure/i18n/locales';

const request = vi.hoisted(() => ({ locale: 'nb' as string }));
vi.mock('next-intl/server', () => ({
  getLocale: async () => request.locale,
  getTranslations: async (namespace: 'fase') => createTranslator({ locale: request.locale as Locale, messages: CATALOGUES[request.locale as Locale], namespace }),
}));

const { PhaseEditNotice } = await import('./edit-notice');

const text = async (props: Parameters<typeof PhaseEditNotice>[0]) => renderToStaticMarkup(await PhaseEditNotice(props)).replace(/<[^>]+>/g, '');

describe('PhaseEditNotice', () => {
  beforeEach(() => {
    request.locale = 'nb';
  });

  it('says in bokmål what may change while the cooperation runs', async () => {
    expect(await text({ canEdit: true, state: 'evaluering', completing: true })).toBe(
      'Samarbeidet er under evaluering. Deler merket «Kan endres i drift» endrer du direkte, og endringene kommer i historikken. Deler merket «Krever vedtak i deltakerne» er låst her og endres gjennom en redesign som deltakerne vedtar. Der det mangler opplysninger om det deltakerne allerede har vedtatt, kan du fylle dem ut; det står ved delen.',
    );
    expect(await text({ canEdit: true, state: 'avviklet' })).toBe('Samarbeidet er avviklet. Opplysningene står slik de var, og kan ikke endres.');
    expect(await PhaseEditNotice({ canEdit: true, state: 'utkast' })).toBeNull();
  });

  it('says it in nynorsk and English, marked with the language', async () => {
    request.locale = 'nn';
    expect(await text({ canEdit: false, state: 'drift' })).toBe(
      'Du kan sjå denne fasen, men ikkje endre han. Rådmannsteamet i ein deltakarkommune eller den operative leiaren kan gjere endringar.',
    );
    request.locale = 'en';
    const html = renderToStaticMarkup(await PhaseEditNotice({ canEdit: true, state: 'drift' }));
    expect(html).toContain('lang="en"');
    expect(html).toContain('The cooperation is in operation. You can change parts marked “Can be changed in operation” directly');
  });
});
