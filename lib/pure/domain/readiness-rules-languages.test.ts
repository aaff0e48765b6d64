// The readiness rules of innramming, støtte and deltakelse in nynorsk and English: the page
// passes its translator and gets the same checks with the language's sentences; without one
// the rules speak bokmål, as readiness.ts and the other callers expect.
import { createTranslator } from 'use-intl/core';
import { describe, expect, it } from 'vitest';
import { emptyDossier } from './empty-dossier';
import { readyDossier, readyMembers } from '@/testing/fixtures/domain';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import type { Locale } from '@/lib/pure/i18n/locales';
import { phaseReadiness } from './readiness';
import { joinWith } from '@/lib/pure/i18n/template';
import { innrammingMissing, innrammingRules } from './readiness-rules-innramming';
import { deltakelseMissing, stotteMissing } from './readiness-rules-stotte-deltakelse';

const words = (locale: Locale) => ({
  innramming: createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'beredskap.innramming' }),
  stotte: createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'beredskap.stotte' }),
  deltakelse: createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'beredskap.deltakelse' }),
});

function lacking() {
  const member = { ...readyMembers()[2]!, expectedBenefit: null, representatives: 0 };
  return emptyDossier('x', 'Nytt samarbeid', [member]);
}

describe('readiness rules in the page language', () => {
  it('give bokmål by default, exactly what phaseReadiness lists', () => {
    const d = lacking();
    const readiness = phaseReadiness(d);
    expect(innrammingMissing(d)).toEqual(readiness.innramming.missing);
    expect(stotteMissing(d)).toEqual(readiness.stotte.missing);
    expect(deltakelseMissing(d)).toEqual(readiness.deltakelse.missing);
    const ready = readyDossier();
    expect([...innrammingMissing(ready), ...stotteMissing(ready), ...deltakelseMissing(ready)]).toEqual([]);
  });

  it('speak nynorsk', () => {
    const t = words('nn');
    const d = lacking();
    expect(innrammingMissing(d, t.innramming)).toContain('Manglar minst eitt mål for samarbeidet');
    expect(innrammingMissing(d, t.innramming)).toContain('Manglar forventa nytte for Lillesand kommune');
    expect(stotteMissing(d, t.stotte)).toContain('Manglar politisk sponsor for Lillesand kommune');
    expect(deltakelseMissing(d, t.deltakelse)).toContain('Manglar representant for Lillesand kommune');
    expect(innrammingRules(t.innramming)[0]?.requirement).toBe('Samarbeidet har minst eitt mål.');
  });

  it('speak English, with the list joined by "and" and the sum in English digits', () => {
    const t = words('en');
    const d = readyDossier();
    d.framing.hostCompensationOre = null;
    d.framing.hostCompensationNote = null;
    d.framing.hostCompensationNone = false;
    d.members[1]!.role = 'vertskommune';
    expect(innrammingMissing(d, t.innramming)).toContain('Compensation to Arendal kommune and Grimstad kommune as host municipality is missing');
    const shares = readyDossier();
    shares.framing.costKey = { kind: 'faste_andeler', fixedPartPercent: null };
    [40, 30, 20, 9.5].forEach((p, i) => (shares.members[i]!.fixedSharePercent = p));
    expect(innrammingMissing(shares, t.innramming)).toEqual(['The fixed shares add up to 99.5 per cent, not 100']);
    expect(innrammingMissing(shares)).toEqual(['De faste andelene summerer til 99,5 prosent, ikke 100']);
    const empty = lacking();
    expect(stotteMissing(empty, t.stotte)).toContain('Description of minimum funding missing');
    expect(deltakelseMissing(empty, t.deltakelse)).toContain('The information plan has no measure aimed at citizens');
  });

  it('join names with the language’s word for "and"', () => {
    expect(joinWith(['A', 'B', 'C'], 'and')).toBe('A, B and C');
    expect(joinWith(['A'], 'og')).toBe('A');
  });
});
