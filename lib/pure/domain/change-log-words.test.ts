import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTranslator } from 'use-intl/core';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import type { Words } from '@/lib/pure/i18n/loose-words';
import { fieldName } from './change-log-words';
import { EXIT_ITEMS } from './exit-checklist';
import { LEGAL_FORMS } from './legal-forms';

const catalogueWordsAll = (locale: 'nn' | 'en'): Words => {
  const t = createTranslator({ locale, messages: CATALOGUES[locale] });
  return (key, values) => (t as unknown as Words)(key, values);
};
const nn = catalogueWordsAll('nn');
const en = catalogueWordsAll('en');

describe('the change log field names in the page language', () => {
  it('keeps bokmål as stored', () => {
    for (const label of ['Årsbudsjett', 'Innbyggertall for Arendal kommune', 'Indikator for målet «Færre ventedager»', 'Kontaktperson for Lillesand kommune vises på innsyn', 'Dato for vedtaket', EXIT_ITEMS[0]!.label]) {
      expect(fieldName(label)).toEqual({ text: label });
    }
  });

  it('words them in nynorsk and English with the same names', () => {
    expect(fieldName('Innbyggertall for Arendal kommune', nn)).toEqual({ text: 'Innbyggjartal for Arendal kommune' });
    expect(fieldName('Innbyggertall for Arendal kommune', en)).toEqual({ text: 'Population of Arendal kommune' });
    expect(fieldName('Frist for målet «Færre ventedager»', en).text).toBe('Deadline for the goal «Færre ventedager»');
    expect(fieldName('Vertskommunen skal ikke ha godtgjøring', nn).text).toBe('Vertskommunen skal ikkje ha godtgjering');
    expect(fieldName('Politisk sponsor for Grimstad kommune', en).text).toBe('Political sponsor for Grimstad kommune');
    expect(fieldName('Dato for vedtaket', en).text).toBe('Date of the decision');
  });

  it('prefers the longer wording when two match', () => {
    expect(fieldName('Kontaktperson for Lillesand kommune vises på innsyn', en).text).toBe('Contact person for Lillesand kommune shown on public access');
    expect(fieldName('Kontaktperson for Lillesand kommune', en).text).toBe('Contact person for Lillesand kommune');
  });

  it('words the checklist items as their catalogues do', () => {
    const arkiv = EXIT_ITEMS.find((i) => i.id === 'arkiv')!;
    expect(fieldName(arkiv.label, nn).text).toBe('Arkivansvaret er plassert');
    expect(fieldName(arkiv.label, en).lang).toBeUndefined();
    expect(fieldName(arkiv.label, en).text).not.toBe(arkiv.label);
    const item = LEGAL_FORMS[0]!.agreementItems[0]!;
    expect(fieldName(item.text, en).lang).toBeUndefined();
    expect(fieldName(item.text, en).text).not.toBe(item.text);
  });

  it('leaves an unknown label as stored, marked as bokmål', () => {
    expect(fieldName('Et felt som ikke finnes', en)).toEqual({ text: 'Et felt som ikke finnes', lang: 'nb' });
  });

  it('recognises every fixed label the forms write to the change log', () => {
    const files = ['validation/phases/innramming-changes.ts', 'validation/phases/design-changes.ts', 'validation/phases/stotte-changes.ts', 'validation/phases/deltakelse-changes.ts', 'validation/publicity.ts', 'validation/instrument-values.ts'];
    const labels = files.flatMap((f) => [...readFileSync(new URL(`../${f}`, import.meta.url), 'utf8').matchAll(/field: '([^']+)'/g)].map((m) => m[1]!));
    const decisions = readFileSync(new URL('../validation/decisions.ts', import.meta.url), 'utf8');
    const decisionLabels = [...decisions.slice(decisions.indexOf('FIELD_LABELS')).matchAll(/^\s+\w+: '([^']+)',$/gm)].map((m) => m[1]!);
    const mandate = readFileSync(new URL('../validation/phases/design-options.ts', import.meta.url), 'utf8');
    const legends = [...mandate.matchAll(/legend: '([^']+)'/g)].map((m) => m[1]!);
    expect(labels.length).toBeGreaterThan(25);
    expect(decisionLabels).toHaveLength(5);
    expect(legends).toHaveLength(3);
    for (const label of [...labels, ...decisionLabels, ...legends]) expect(fieldName(label, en), label).not.toHaveProperty('lang');
  });
});
