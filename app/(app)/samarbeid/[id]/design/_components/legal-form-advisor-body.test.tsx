// «Hjelp meg å velge» as markup in English and bokmål: the answers read back from a draft in the
// page's language, the ranking with its reasons, and the citations marked as bokmål.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { FormProvider, useForm } from 'react-hook-form';
import { rationaleDraft, type Answers } from '@/lib/pure/domain/legal-form-advice';
import type { Locale } from '@/lib/pure/i18n/locales';
import { designPageWords } from '../page-words';
import { LegalFormAdvisorBody } from './legal-form-advisor-body';
import type { LegalFormChoice } from './words';

const HOST: Answers = { formal: 'tjenester', myndighet: 'ja', rettssubjekt: 'nei', risiko: 'nei', marked: 'nei', andre: 'nei' };

function Body({ choice, rationale }: { choice: LegalFormChoice; rationale: string }) {
  const methods = useForm({ defaultValues: { legalForm: '', legalFormRationale: rationale } });
  return (
    <FormProvider {...methods}>
      <LegalFormAdvisorBody choice={choice} />
    </FormProvider>
  );
}

function render(locale: Locale) {
  const { choice } = designPageWords(locale, null);
  return renderToStaticMarkup(<Body choice={choice} rationale={rationaleDraft(HOST, null, choice.advice)} />);
}

describe('LegalFormAdvisorBody', () => {
  it('in English: reads the English draft back and ranks with English reasons', () => {
    const html = render('en');
    expect(html).toContain('The answers point to Administrative host municipality cooperation.');
    expect(html).toContain('1. Administrative host municipality cooperation');
    expect(html).toContain('Choose Host municipality (adm.) and use the answers in the rationale');
    expect(html).toContain('The host municipality model gives a general power to delegate authority');
    expect(html).toContain('Source: <span lang="nb">Veileder om interkommunalt samarbeid (KDD 2023) kap. 5.1; kommuneloven kapittel 20</span>');
    expect(html).toContain('Does not fit (');
    expect(html).toMatch(/checked=""[^>]*value="ja"|value="ja"[^>]*checked=""/);
  });

  it('in bokmål: the texts the e2e spec looks for, and no language marking', () => {
    const html = render('nb');
    expect(html).toContain('Svarene peker mot Administrativt vertskommunesamarbeid.');
    expect(html).toContain('Velg Vertskommune (adm.) og bruk svarene i begrunnelsen');
    expect(html).toContain('Kilde: <span>Veileder om interkommunalt samarbeid (KDD 2023) kap. 5.1; kommuneloven kapittel 20</span>');
    expect(html).not.toContain('lang=');
  });
});
