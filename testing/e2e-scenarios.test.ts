// The e2e scenarios are only worth their name if each raises exactly what it is about.
import { describe, expect, it } from 'vitest';
import { structuralScores } from '@/lib/pure/domain/legitimacy';
import { evaluateWarnings } from '@/lib/pure/domain/warnings';
import { scenarioDossier } from './e2e-scenarios';

const TODAY = '2027-03-15';
const NOW = new Date(`${TODAY}T10:00:00Z`);
const ids = (scenario: Parameters<typeof scenarioDossier>[0]) => evaluateWarnings(scenarioDossier(scenario, 'Test', TODAY), NOW).map((w) => w.id);

describe('e2e scenarios', () => {
  it('the governed base raises no warning and is green on input', () => {
    expect(ids('styrt')).toEqual([]);
    expect(structuralScores(scenarioDossier('styrt', 'Test', TODAY), NOW).input.light).toBe('groenn');
  });

  it('(a) understyring: no formal anchoring for 14 months and Froland without a political sponsor; input not green', () => {
    expect(ids('understyring').sort()).toEqual(['understyring.ingen_formell_forankring', 'understyring.ingen_politisk_sponsor']);
    const d = scenarioDossier('understyring', 'Test', TODAY);
    expect(evaluateWarnings(d, NOW).find((w) => w.id === 'understyring.ingen_politisk_sponsor')!.facts).toEqual(['Froland kommune har ingen politisk sponsor.']);
    expect(structuralScores(d, NOW).input.light).not.toBe('groenn');
  });

  it('(d) 0 kr to the host: only the cost warning', () => {
    expect(ids('vertskommune_uten_godtgjoring')).toEqual(['kostnad.vertskommune_godtgjoring']);
  });

  it('after an election: only the re-confirmation warning', () => {
    expect(ids('etter_valg')).toEqual(['valg.sponsorer_ikke_bekreftet']);
  });

  it('(e) a member expecting no benefit: only the uneven-benefit warning', () => {
    expect(ids('ingen_nytte')).toEqual(['likeverd.ujevn_nytte']);
  });
});
