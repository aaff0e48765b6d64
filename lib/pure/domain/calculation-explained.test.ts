import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIN_GROUP_SIZE } from './anonymity';
import { explainedCriteria, explainedThresholds, explainedWarnings } from './calculation-explained';
import { INDICATORS } from './legitimacy-indicators';
import { LIGHT_BANDS, THRESHOLDS } from './thresholds';
import { WARNING_RULES } from './warnings';

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
