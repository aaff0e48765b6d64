// The changed field's name and the completeness panel in the page's language: bokmål as
// stored, nynorsk and English worded again; an unknown label stays bokmål, marked so.
import { describe, expect, it } from 'vitest';
import { readyDossier } from '@/testing/fixtures/domain';
import { completeness } from '@/lib/pure/domain/completeness';
import { readinessRulesIn } from '@/lib/pure/domain/completeness-words';
import { emptyDossier } from '@/lib/pure/domain/empty-dossier';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import type { Locale } from '@/lib/pure/i18n/locales';
import { catalogueWords } from '@/lib/pure/i18n/loose-words';
import { CompletenessPanel } from './completeness-panel';
import { FieldChange } from './field-change';
import { renderIn as html } from '@/testing/render-in';


describe('a changed field in nb, nn and en', () => {
  const change = { field: 'Innbyggertall for Arendal kommune', old: '45 000', new: '46 000' };

  it('bokmål as stored, without a language mark', () => {
    const out = html('nb', <FieldChange {...change} />);
    expect(out).toContain('<span class="font-semibold">Innbyggertall for Arendal kommune</span>');
  });

  it('nynorsk and English worded again', () => {
    expect(html('nn', <FieldChange {...change} />)).toContain('<span class="font-semibold">Innbyggjartal for Arendal kommune</span>');
    expect(html('en', <FieldChange {...change} />)).toContain('<span class="font-semibold">Population of Arendal kommune</span>');
  });

  it('an unknown label stays bokmål, marked lang="nb"', () => {
    expect(html('en', <FieldChange field="Gammelt felt" old={null} new="x" />)).toContain('<span class="font-semibold" lang="nb">Gammelt felt</span>');
  });
});

describe('the completeness panel in nb, nn and en', () => {
  const dossier = { ...emptyDossier('c', 'Registrert', readyDossier().members), state: 'drift' as const };
  const panel = (locale: Locale) =>
    html(locale, <CompletenessPanel cooperationId="c" completeness={completeness(dossier, catalogueWords(locale, 'samarbeidside.fullstendighet'), readinessRulesIn(locale))} />);

  it('names the sections and the missing items in the page language, with no bokmål left to mark', () => {
    expect(panel('nb')).toContain('mål og indikatorer');
    expect(panel('nn')).toContain('mål og indikatorar');
    expect(panel('en')).toContain('goals and indicators');
    expect(panel('en')).toContain(CATALOGUES.en.beredskap.innramming.goalMissingAny);
    for (const locale of ['nb', 'nn', 'en'] as const) expect(panel(locale)).not.toContain('lang="nb"');
  });
});
