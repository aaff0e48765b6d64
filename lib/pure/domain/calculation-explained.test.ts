import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIN_GROUP_SIZE } from './anonymity';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { explainedCriteria, explainedEvents, explainedNumbers, explainedThresholds, explainedWarnings } from './calculation-explained';
import { EVENT_ANCHORING } from './event-anchoring';
import { CRITERION_LABELS } from './legitimacy';
import { BASIS_LABELS, INDICATORS } from './legitimacy-indicators';
import { points } from './perceived';
import { LIGHT_BANDS, THRESHOLDS } from './thresholds';
import { TRAP_LABELS, WARNING_RULES } from './warnings';

const readme = readFileSync(path.join(process.cwd(), 'README.md'), 'utf8').replace(/\s+/g, ' ');

describe('Slik regnes det ut', () => {
  it('lists every indicator with its weight, and recent facts outweigh those fixed at birth on input', () => {
    const criteria = explainedCriteria();
    expect(criteria.flatMap((c) => c.indicators.map((i) => i.id)).sort()).toEqual(Object.keys(INDICATORS).sort());
    const input = criteria.find((c) => c.criterion === 'input')!;
    expect(input.ongoingShare).toBeGreaterThan(50);
  });

  it('lists every threshold and every warning rule', () => {
    expect(explainedThresholds()).toHaveLength(Object.keys(THRESHOLDS).length);
    expect(explainedWarnings().map((w) => w.id)).toEqual(WARNING_RULES.map((r) => r.id));
  });

  it('names the numbers the rules on the page quote, from the constants', () => {
    expect(explainedNumbers()).toEqual({ green: 70, yellow: 40, yellowTop: 69, scalePoints: [0, 25, 50, 75, 100], minGroupSize: 3, inputCap: 69 });
    expect(explainedNumbers().scalePoints).toEqual([1, 2, 3, 4, 5].map(points));
    expect(explainedNumbers().yellowTop).toBe(LIGHT_BANDS.green - 1);
    expect(explainedNumbers().minGroupSize).toBe(MIN_GROUP_SIZE);
  });

  it('lists every event with its standard anchoring', () => {
    expect(explainedEvents().map((e) => e.event)).toEqual(Object.keys(EVENT_ANCHORING));
    expect(explainedEvents().find((e) => e.event === 'valg')).toMatchObject({ months: 3, standard: { body: 'kommunestyre', level: 'politisk', kind: 'formell' } });
  });

  it('the bokmål catalogue names criteria, bases and traps as the signed-in pages do', () => {
    const { utregning } = CATALOGUES.nb;
    expect(utregning.criterion).toEqual(CRITERION_LABELS);
    expect(utregning.basis).toEqual(BASIS_LABELS);
    expect(utregning.trap).toEqual(TRAP_LABELS);
  });

  it('the README summary states the numbers the code uses', () => {
    const input = explainedCriteria().find((c) => c.criterion === 'input')!;
    expect(readme).toContain(`Grønn fra ${LIGHT_BANDS.green}, gul fra ${LIGHT_BANDS.yellow}`);
    expect(readme).toContain(`(${input.ongoingShare} % av vekten)`);
    expect(readme).toContain(`høyst ${THRESHOLDS.inputCapWithoutAnchoring.value} poeng`);
    expect(readme).toContain(`minst ${THRESHOLDS.documentsNoticeDays.value} dager før møtet`);
    expect(readme).toContain(`minst ${THRESHOLDS.overstyringCount.value} politiske vedtak`);
    expect(readme).toContain(`minst ${THRESHOLDS.perceivedGapPoints.value} poeng`);
    expect(readme).toContain(`færre enn ${MIN_GROUP_SIZE} svar`);
    for (const def of Object.values(INDICATORS)) {
      // Each weight is written right after a phrase from its label.
      expect(readme, def.label).toMatch(new RegExp(`\\b${def.weight}[,.]`));
    }
  });
});
