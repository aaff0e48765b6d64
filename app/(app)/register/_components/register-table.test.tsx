// One register row in the three languages: column names, lights in words, legal form and host
// label from the catalogue; bokmål exactly as before (the e2e specs read it).
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { createTranslator } from 'use-intl/core';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import type { Locale } from '@/lib/pure/i18n/locales';
import type { RegisterRow } from '@/lib/pure/register/row';
import { RegisterTable } from './register-table';
import { registerWordsIn, type RegisterWords } from './words';
import { textOf as text } from '@/testing/render-in';

const ROW: RegisterRow = {
  id: 'c1',
  name: 'Agder Renovasjon IKS',
  legalForm: 'Interkommunalt selskap',
  legalFormCode: 'iks',
  organisationNumber: '974760673',
  startDate: '2009-01-01',
  ownShare: { ok: false, reason: 'Kostnadsnøkkelen er ikke valgt.' },
  nextEvaluation: { dueDate: '2026-01-01', overdue: true, inProgress: false },
  taskArea: 'Renovasjon',
  hosts: ['Kristiansand kommune'],
  hostLabel: 'Vertskommune',
  members: ['Kristiansand kommune', 'Vennesla kommune'],
  sponsors: ['Politisk: Kari Nilsen'],
  state: 'drift',
  lastEvaluation: null,
  lights: { input: { light: 'gul', score: 55 }, throughput: { light: 'ukjent', score: null }, output: { light: 'groenn', score: 80 } },
  isPublic: false,
};

const words = (locale: Locale): Promise<RegisterWords> =>
  registerWordsIn(locale, (namespace) => createTranslator({ locale, messages: CATALOGUES[locale], namespace }) as unknown as (key: string) => string);

const html = async (locale: Locale) => renderToStaticMarkup(<RegisterTable rows={[ROW]} caption="x" words={await words(locale)} />);

describe('the register table in nb, nn and en', () => {
  it('bokmål as before', async () => {
    const shown = text(await html('nb'));
    expect(shown).toContain('Samarbeid Deltakere Kommunens sponsorer Tilstand Kommunens andel Evaluering Legitimitet (strukturell)');
    expect(shown).toContain('Organisasjonsform Interkommunalt selskap Oppgavefelt Renovasjon Org.nr. 974 760 673 Vertskommune: Kristiansand kommune Ikke i innsyn');
    expect(shown).toContain('2 deltakere');
    expect(shown).toContain('Politisk: Kari Nilsen');
    expect(shown).toContain('Drift Startet 01.01.2009');
    expect(shown).toContain('Ikke beregnet: kostnadsnøkkelen er ikke valgt.');
    expect(shown).toContain('Siste: ikke evaluert Neste: 01.01.2026 Forfalt');
    expect(shown).toContain('Input: gul (55) Input: gul (55 av 100)');
    expect(shown).toContain('Throughput: ukjent Throughput: ukjent (ingen data ennå)');
    expect(await html('nb')).not.toContain('lang=');
  });

  it('nynorsk', async () => {
    const shown = text(await html('nn'));
    expect(shown).toContain('Sponsorane til kommunen');
    expect(shown).toContain('2 deltakarar');
    expect(shown).toContain('Output: grøn (80 av 100)');
    expect(shown).toContain('Oppgåvefelt Renovasjon');
    expect(shown).toContain('Siste: ikkje evaluert');
  });

  it('English: the legal form, task area and host named in English, the cost key’s reason marked as bokmål', async () => {
    const markup = await html('en');
    const shown = text(markup);
    expect(shown).toContain('Legal form Inter-municipal company Task area Waste collection Org. no. 974 760 673 Host municipality: Kristiansand kommune Not public');
    expect(shown).toContain('Political: Kari Nilsen');
    expect(shown).toContain('Input: yellow (55 of 100)');
    expect(shown).not.toContain('Interkommunalt selskap');
    expect(markup).toContain('<span lang="nb">kostnadsnøkkelen er ikke valgt.</span>');
  });

  it('the cost key’s reason by its code in nynorsk and English; bokmål keeps the stored sentence', async () => {
    const missing: RegisterRow = {
      ...ROW,
      ownShare: { ok: false, reason: 'Innbyggertall mangler for Vennesla kommune og Iveland kommune.', code: 'missing_population', names: ['Vennesla kommune', 'Iveland kommune'] },
    };
    const render = async (locale: Locale) => renderToStaticMarkup(<RegisterTable rows={[missing]} caption="x" words={await words(locale)} />);
    expect(text(await render('nb'))).toContain('Ikke beregnet: innbyggertall mangler for Vennesla kommune og Iveland kommune.');
    expect(text(await render('nn'))).toContain('innbyggjartal manglar for Vennesla kommune og Iveland kommune.');
    expect(text(await render('en'))).toContain('population figure missing for Vennesla kommune and Iveland kommune.');
    expect(await render('en')).not.toContain('lang="nb"');
  });
});
