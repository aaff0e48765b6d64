import { createTranslator } from 'use-intl/core';
import { describe, expect, it } from 'vitest';
import { readyDossier } from '@/testing/fixtures/domain';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { catalogueWords } from '@/lib/pure/i18n/loose-words';
import { completeness } from './completeness';
import { readinessRulesIn, sectionTitle } from './completeness-words';
import { type Dossier } from './dossier';
import { emptyDossier } from './empty-dossier';
import { READINESS_RULES } from './readiness';
import { SECTION_IDS, SECTIONS } from './section-rules';

const registered = (): Dossier => {
  const d = { ...emptyDossier('c', 'Registrert', readyDossier().members), state: 'drift' as const };
  d.design.legalForm = 'iks';
  return d;
};
const titles = (locale: 'nb' | 'nn' | 'en') => {
  const t = createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'fullstendighet.seksjon' });
  return (id: (typeof SECTION_IDS)[number]) => t(id);
};

describe('the readiness rules in each language', () => {
  it('are the same rules, in the same order, as READINESS_RULES; in bokmål with the same sentences', () => {
    for (const locale of ['nb', 'nn', 'en'] as const) expect(readinessRulesIn(locale).map((r) => r.id)).toEqual(READINESS_RULES.map((r) => r.id));
    const d = registered();
    expect(readinessRulesIn('nb').map((r) => r.check(d))).toEqual(READINESS_RULES.map((r) => r.check(d)));
    expect(completeness(d, undefined, readinessRulesIn('nb'))).toEqual(completeness(d));
  });

  it('gives the completeness panel its sentences in nynorsk and English', () => {
    const d = registered();
    const nb = completeness(d);
    const nn = completeness(d, catalogueWords('nn', 'samarbeidside.fullstendighet'), readinessRulesIn('nn'));
    const en = completeness(d, catalogueWords('en', 'samarbeidside.fullstendighet'), readinessRulesIn('en'));
    expect(nn.followUps.map((f) => f.ruleId)).toEqual(nb.followUps.map((f) => f.ruleId));
    expect(en.score).toBe(nb.score);
    const goals = (c: typeof nb) => c.followUps.find((f) => f.ruleId === 'innramming.mal')!.missing;
    expect(goals(nb)).toEqual([CATALOGUES.nb.beredskap.innramming.goalMissingAny]);
    expect(goals(nn)).toEqual([CATALOGUES.nn.beredskap.innramming.goalMissingAny]);
    expect(goals(en)).toEqual([CATALOGUES.en.beredskap.innramming.goalMissingAny]);
    expect(goals(en)).not.toEqual(goals(nb));
  });

  it('names the statutory checklist items as the legal-form catalogue does', () => {
    const d = registered();
    const agreement = (locale: 'nb' | 'en') => readinessRulesIn(locale).find((r) => r.id === 'innramming.avtale-lovkrav')!.check(d);
    const en = agreement('en');
    expect(en.length).toBe(agreement('nb').length);
    const firstId = Object.keys(CATALOGUES.en.organisasjonsform.avtale.iks)[0] as keyof typeof CATALOGUES.en.organisasjonsform.avtale.iks;
    expect(en.some((s) => s.includes(CATALOGUES.en.organisasjonsform.avtale.iks[firstId]))).toBe(true);
  });
});

describe('the sections titles (fullstendighet.seksjon)', () => {
  it('bokmål is SECTIONS word for word, and the default', () => {
    for (const id of SECTION_IDS) {
      expect(titles('nb')(id)).toBe(SECTIONS[id].title);
      expect(sectionTitle(id)).toBe(SECTIONS[id].title);
    }
  });

  it('nynorsk and English', () => {
    expect(sectionTitle('innramming.maal', titles('nn'))).toBe('Mål og indikatorar');
    expect(sectionTitle('samarbeid.deltakere', titles('en'))).toBe('Members joining or leaving');
    expect(sectionTitle('design.organer', titles('en'))).toBe('Governing bodies');
  });
});

describe('the design rules lists', () => {
  it('join several hosts as each language does, bokmål as the default rules', () => {
    const d = readyDossier();
    d.members = d.members.map((m) => ({ ...m, role: 'vertskommune' as const }));
    const hosts = (locale: 'nb' | 'en') => readinessRulesIn(locale).find((r) => r.id === 'design.vertskommune')!.check(d);
    expect(hosts('nb')).toEqual(READINESS_RULES.find((r) => r.id === 'design.vertskommune')!.check(d));
    expect(hosts('en').join(' ')).not.toEqual(hosts('nb').join(' '));
  });
});
