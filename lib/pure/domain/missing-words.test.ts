// The lifecycle panel's missing items in the reader's language: bokmål exactly as the rules give it.
import { describe, expect, it } from 'vitest';
import { missingRuleWords } from './missing-words';
import { PHASES } from './dossier';
import { emptyDossier } from './empty-dossier';
import { phaseReadiness } from './readiness';
import { exitChecklistMissing } from './exit-checklist';
import { readyMembers } from '@/testing/fixtures/domain';

describe('missingRuleWords', () => {
  // Members without roles or sponsors: something is missing in every phase.
  const dossier = emptyDossier('x', 'Nytt samarbeid', readyMembers().map((m) => ({ ...m, role: 'ukjent' as never })));

  it('gives the same bokmål sentences, in the same order, as phaseReadiness and the exit checklist', () => {
    const nb = missingRuleWords('nb');
    const readiness = phaseReadiness(dossier);
    for (const phase of PHASES) expect(nb.phase(phase, dossier)).toEqual(readiness[phase].missing);
    expect(exitChecklistMissing(null, nb.exit)).toEqual(exitChecklistMissing(null));
  });

  it('words them in nynorsk and English', () => {
    const nn = missingRuleWords('nn');
    const en = missingRuleWords('en');
    expect(exitChecklistMissing({}, nn.exit)[0]).toBe('Avviklinga manglar: eigedelar og plikter er fordelte');
    expect(exitChecklistMissing({}, en.exit)[0]).toBe('Not yet in place for the winding-down: assets and liabilities have been divided');
    const nbDesign = missingRuleWords('nb').phase('design', dossier);
    const enDesign = en.phase('design', dossier);
    expect(enDesign).toHaveLength(nbDesign.length);
    expect(enDesign.length).toBeGreaterThan(0);
    expect(enDesign.some((text, i) => text !== nbDesign[i])).toBe(true);
    expect(nn.phase('innramming', dossier)).toHaveLength(missingRuleWords('nb').phase('innramming', dossier).length);
  });
});
