import { describe, expect, it } from 'vitest';
import { copiedRuns, RUN_LENGTH } from '@/testing/paraphrase';
import { PERCEIVED_FACTOR_LABELS, type PerceivedFactor } from '../warnings';
import { EVALUATION_HELP } from './help';
import { CURRENT_QUESTIONNAIRE_VERSION, QUESTIONNAIRES, chooseInvitations, questionnaire, statementById } from './index';

describe('the questionnaire catalogue', () => {
  it('serves every published version and refuses unknown ones', () => {
    expect(questionnaire(CURRENT_QUESTIONNAIRE_VERSION).version).toBe(CURRENT_QUESTIONNAIRE_VERSION);
    for (const [version, q] of Object.entries(QUESTIONNAIRES)) expect(q.version).toBe(Number(version));
    expect(() => questionnaire(99)).toThrow('Ukjent versjon av spørreskjemaet: 99.');
    expect(statementById(questionnaire(1), 'apenhet')?.criterion).toBe('throughput');
    expect(statementById(questionnaire(1), 'finnes_ikke')).toBeUndefined();
  });

  it('version 1 holds the 8 input, 3 throughput and 7 output factors of ch. 6 and the four concerns of seed 000', () => {
    const v1 = questionnaire(1);
    const count = (group: string) => v1.statements.filter((s) => s.group === group).length;
    expect([count('input'), count('throughput'), count('output'), count('likeverd')]).toEqual([8, 3, 7, 4]);
    for (const s of v1.statements.filter((s) => s.group !== 'likeverd')) expect(s.criterion).toBe(s.group);
    for (const [chapter, group, n] of [['6.1', 'input', 8], ['6.2', 'throughput', 3], ['6.3', 'output', 7]] as const) {
      const points = v1.statements.filter((s) => s.group === group).map((s) => s.source);
      expect(points).toEqual(Array.from({ length: n }, (_, i) => `IRIS/KS 2013, kap. ${chapter} punkt ${i + 1}`));
    }
  });

  it('has unique ids, and every id is safe as a form field name', () => {
    for (const q of Object.values(QUESTIONNAIRES)) {
      const ids = q.statements.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[a-z][a-z_]*$/);
    }
  });

  it('measures every factor the warnings can read, each exactly once', () => {
    const factors = questionnaire(1).statements.flatMap((s) => (s.factor ? [s.factor] : []));
    expect(new Set(factors).size).toBe(factors.length);
    expect([...factors].sort()).toEqual((Object.keys(PERCEIVED_FACTOR_LABELS) as PerceivedFactor[]).sort());
  });

  it('gives every statement a label, a text and a source', () => {
    for (const s of questionnaire(1).statements) {
      expect(s.label.trim().length, s.id).toBeGreaterThan(3);
      expect(s.text.trim().endsWith('.'), s.id).toBe(true);
      expect(s.source, s.id).toMatch(/^(IRIS\/KS 2013, kap\. 6\.\d punkt \d|NORCE 2023)/);
    }
  });
});

describe('one invitation per person', () => {
  it('keeps the role closest to the cooperation, and prefers a named member within a role', () => {
    expect(
      chooseInvitations([
        { userId: 'b', perspective: 'radmannsteam', memberId: 'm1' },
        { userId: 'a', perspective: 'medlemsrepresentant', memberId: null },
        { userId: 'a', perspective: 'politisk_sponsor', memberId: null },
        { userId: 'a', perspective: 'politisk_sponsor', memberId: 'm2' },
        { userId: 'c', perspective: 'operativ_leder', memberId: null },
        { userId: 'b', perspective: 'radmannsteam', memberId: null },
      ]),
    ).toEqual([
      { userId: 'c', perspective: 'operativ_leder', memberId: null },
      { userId: 'a', perspective: 'politisk_sponsor', memberId: 'm2' },
      { userId: 'b', perspective: 'radmannsteam', memberId: 'm1' },
    ]);
  });
});

// The statements must paraphrase the research, never paste from it.
describe('statements are paraphrased from the seeds', () => {
  it(`statements and help share no run of ${RUN_LENGTH} consecutive words with seed 000 or 001`, () => {
    const texts = [
      ...questionnaire(1).statements.map((s) => [s.id, s.text] as const),
      ...[EVALUATION_HELP.why, ...EVALUATION_HELP.examples, ...EVALUATION_HELP.traps].map((t) => ['help', t] as const),
    ];
    expect(copiedRuns(texts)).toEqual([]);
  });
});
