import { describe, expect, it } from 'vitest';
import { catalogueWords } from '@/lib/pure/i18n/loose-words';
import { completeness, FOLLOW_UP_LABELS } from './completeness';
import { emptyDossier } from './empty-dossier';
import { readyDossier } from '@/testing/fixtures/domain';
import { READINESS_RULES } from './readiness';

describe('completeness', () => {
  it('has a short follow-up label for every readiness rule, and none for rules that do not exist', () => {
    expect(Object.keys(FOLLOW_UP_LABELS).sort()).toEqual(READINESS_RULES.map((r) => r.id).sort());
  });

  it('is complete for a dossier ready for member decisions', () => {
    expect(completeness(readyDossier())).toEqual({ score: 100, met: READINESS_RULES.length, total: READINESS_RULES.length, followUps: [] });
  });

  it('turns each unmet rule into one follow-up task, in rule order, with what exactly is missing', () => {
    const d = { ...emptyDossier('c', 'Registrert', readyDossier().members), state: 'drift' as const };
    d.design.legalForm = 'iks';
    const result = completeness(d);
    expect(result.total).toBe(READINESS_RULES.length);
    expect(result.met + result.followUps.length).toBe(result.total);
    expect(result.score).toBe(Math.floor((result.met / result.total) * 100));
    expect(result.score).toBeLessThan(50);
    const anchoring = result.followUps.find((f) => f.ruleId === 'deltakelse.formelt-politisk-forankringspunkt');
    expect(anchoring).toMatchObject({ phase: 'deltakelse', text: 'Fullfør: forankringsplan mangler' });
    expect(anchoring!.missing.length).toBeGreaterThan(0);
    expect(result.followUps.some((f) => f.ruleId === 'design.organisasjonsform')).toBe(false);
    expect(result.followUps.map((f) => f.ruleId)).toEqual(READINESS_RULES.map((r) => r.id).filter((id) => result.followUps.some((f) => f.ruleId === id)));
  });

  it('falls back to the rule’s requirement for a rule without a label', () => {
    const rule = READINESS_RULES[0]!;
    const saved = FOLLOW_UP_LABELS[rule.id];
    delete (FOLLOW_UP_LABELS as Record<string, string>)[rule.id];
    try {
      const text = completeness(emptyDossier('c', 'Tom')).followUps.find((f) => f.ruleId === rule.id)?.text;
      expect(text).toBe(`Fullfør: ${rule.requirement.replace(/\.$/, '').toLocaleLowerCase('nb')}`);
    } finally {
      (FOLLOW_UP_LABELS as Record<string, string>)[rule.id] = saved!;
    }
  });
});

describe('completeness in nynorsk and English', () => {
  it('words the follow-ups in the reader language, with the rules own sentences unchanged', () => {
    const d = { ...emptyDossier('c', 'Registrert', readyDossier().members), state: 'drift' as const };
    const nb = completeness(d);
    const nn = completeness(d, catalogueWords('nn', 'samarbeidside.fullstendighet'));
    const en = completeness(d, catalogueWords('en', 'samarbeidside.fullstendighet'));
    const anchoring = (c: typeof nb) => c.followUps.find((f) => f.ruleId === 'deltakelse.formelt-politisk-forankringspunkt');
    expect(anchoring(nn)).toMatchObject({ text: 'Fullfør: forankringsplan manglar', label: 'forankringsplan manglar' });
    expect(anchoring(en)).toMatchObject({ text: 'Complete: anchoring plan missing', label: 'anchoring plan missing' });
    expect(nn.followUps.map((f) => f.missing)).toEqual(nb.followUps.map((f) => f.missing));
    expect(en.score).toBe(nb.score);
  });
});
