import { describe, expect, it } from 'vitest';
import {
  anchoringPoint,
  bodyDecision,
  fixtureMember,
  findWarning as warning,
  NOW,
  sponsor,
  variantOf as variant,
  warningIds as ids,
  wellGovernedDossier,
} from '@/testing/fixtures/legitimacy';
import { evaluateWarnings, WARNING_RULES } from './warnings';

describe('evaluateWarnings — baseline', () => {
  it('a well-governed cooperation has no warnings', () => {
    expect(evaluateWarnings(wellGovernedDossier(), NOW)).toEqual([]);
  });

  it('drafts and closed cooperations are quiet', () => {
    const bad = variant(() => ({ sponsors: [], framing: { ...wellGovernedDossier().framing, costKey: null } }));
    expect(ids(bad).length).toBeGreaterThan(0);
    for (const state of ['utkast', 'avviklet', 'avbrutt'] as const) expect(ids({ ...bad, state })).toEqual([]);
  });

  it('every rule has a unique id, a title and advice in Norwegian', () => {
    expect(new Set(WARNING_RULES.map((r) => r.id)).size).toBe(WARNING_RULES.length);
    for (const r of WARNING_RULES) {
      expect(r.id.startsWith(`${r.trap}.`)).toBe(true);
      expect(r.title.length).toBeGreaterThan(5);
      expect(r.advice.length).toBeGreaterThan(80);
    }
  });
});

describe('kostnad.fordelingsnokkel', () => {
  const id = 'kostnad.fordelingsnokkel';
  const framing = wellGovernedDossier().framing;

  it('triggers when a service cooperation has no cost key', () => {
    const d = variant(() => ({ framing: { ...framing, costKey: null } }));
    expect(warning(d, id)).toMatchObject({ severity: 'hoy', facts: ['Det er ikke valgt fordelingsnøkkel for kostnadene.'] });
  });

  it('triggers when the key cannot be computed', () => {
    const d = variant((w) => ({ members: w.members.map((m) => (m.id === 'li' ? { ...m, population: null } : m)) }));
    expect(warning(d, id).facts).toEqual(['Innbyggertall mangler for Lillesand.', 'Andelene kan derfor ikke regnes ut.']);
  });

  it('does not trigger for a network without budget, or with a complete key', () => {
    const network = variant((w) => ({ design: { ...w.design, legalForm: 'fagnettverk' }, framing: { ...framing, costKey: null, budgetOre: null } }));
    expect(ids(network)).not.toContain(id);
    expect(ids(wellGovernedDossier())).not.toContain(id);
  });
});

describe('kostnad.vertskommune_godtgjoring', () => {
  const id = 'kostnad.vertskommune_godtgjoring';
  const framing = wellGovernedDossier().framing;

  it('triggers when a host has no agreed compensation', () => {
    const d = variant(() => ({ framing: { ...framing, hostCompensationOre: null, hostCompensationNote: ' ' } }));
    expect(warning(d, id).facts).toEqual([
      'Kristiansand er vertskommune, men godtgjøringen for vertskommunens egen innsats er ikke avtalt.',
    ]);
  });

  it('0 kr triggers it, unless the agreement records with a reason that the host is deliberately not compensated', () => {
    const zero = variant(() => ({ framing: { ...framing, hostCompensationOre: 0 } }));
    expect(warning(zero, id).facts).toEqual([
      'Godtgjøringen til Kristiansand som vertskommune er satt til 0 kr.',
      'Avtalen sier ikke at vertskommunen med vilje skal være uten godtgjøring, og ingen begrunnelse er registrert.',
    ]);
    const withoutReason = variant(() => ({ framing: { ...framing, hostCompensationOre: 0, hostCompensationNone: true, hostCompensationNoneReason: ' ' } }));
    expect(ids(withoutReason)).toContain(id);
    const deliberate = variant(() => ({
      framing: { ...framing, hostCompensationOre: 0, hostCompensationNone: true, hostCompensationNoneReason: 'Kristiansand bruker tjenesten mest og har selv bedt om å bære kostnaden.' },
    }));
    expect(ids(deliberate)).not.toContain(id);
  });

  it('does not trigger with a described model or no host', () => {
    const note = variant(() => ({ framing: { ...framing, hostCompensationOre: null, hostCompensationNote: '10 % påslag på lønn' } }));
    expect(ids(note)).not.toContain(id);
    const noHost = variant((w) => ({
      members: w.members.map((m) => ({ ...m, role: 'deltaker' as const })),
      framing: { ...framing, hostCompensationOre: null },
    }));
    expect(ids(noHost)).not.toContain(id);
  });
});

describe('likeverd.nytte_mangler', () => {
  const id = 'likeverd.nytte_mangler';

  it('triggers for members without a benefit statement', () => {
    const d = variant((w) => ({ members: w.members.map((m) => (m.id === 'kr' ? m : { ...m, expectedBenefit: m.id === 'li' ? ' ' : null })) }));
    expect(warning(d, id)).toMatchObject({ severity: 'lav', facts: ['Forventet nytte er ikke beskrevet for Lillesand og Birkenes.'] });
  });

  it('triggers for members whose benefit is not assessed on the scale', () => {
    const d = variant((w) => ({ members: w.members.map((m) => (m.id === 'bi' ? { ...m, expectedBenefitLevel: null } : m)) }));
    expect(warning(d, id).facts).toEqual(['Forventet nytte er ikke vurdert som høy, middels, lav eller ingen for Birkenes.']);
  });

  it('does not trigger when every member has one', () => {
    expect(ids(wellGovernedDossier())).not.toContain(id);
  });
});

describe('likeverd.ujevn_nytte', () => {
  const id = 'likeverd.ujevn_nytte';

  it('triggers for a member expecting low or no benefit, naming it with its reason', () => {
    const d = variant((w) => ({
      members: w.members.map((m) =>
        m.id === 'bi' ? { ...m, expectedBenefitLevel: 'ingen' as const, expectedBenefit: 'Innbyggerne bruker legevakten i nabofylket.' } : m.id === 'li' ? { ...m, expectedBenefitLevel: 'lav' as const, expectedBenefit: null } : m,
      ),
    }));
    expect(warning(d, id)).toMatchObject({
      trap: 'likeverd',
      severity: 'middels',
      facts: ['Lillesand venter lav nytte av samarbeidet.', 'Birkenes venter ingen nytte av samarbeidet. Begrunnelse: «Innbyggerne bruker legevakten i nabofylket.»'],
    });
  });

  it('does not trigger for high or middle benefit', () => {
    const d = variant((w) => ({ members: w.members.map((m, i) => ({ ...m, expectedBenefitLevel: i === 0 ? ('middels' as const) : ('hoy' as const) })) }));
    expect(ids(d)).not.toContain(id);
  });
});

describe('likeverd.representasjon_mangler', () => {
  const id = 'likeverd.representasjon_mangler';

  it('triggers for a member with no representatives and no seat', () => {
    const d = variant((w) => ({
      members: w.members.map((m) => (m.id === 'bi' ? { ...m, representatives: 0 } : m)),
      design: { ...w.design, bodies: w.design.bodies.map((b) => ({ ...b, seats: { kr: 1, li: 1, bi: 0 } })) },
    }));
    expect(warning(d, id).facts).toEqual(['Birkenes har ingen representanter i samarbeidets organer.']);
  });

  it('does not trigger when the member has a seat in a body', () => {
    const d = variant((w) => ({ members: w.members.map((m) => ({ ...m, representatives: 0 })) }));
    expect(ids(d)).not.toContain(id);
  });
});

describe('valg.sponsorer_ikke_bekreftet', () => {
  const id = 'valg.sponsorer_ikke_bekreftet';

  it('triggers for sponsors flagged by an election', () => {
    const d = variant((w) => ({
      sponsors: w.sponsors.map((s) => (s.memberId === 'li' && s.kind === 'politisk' ? { ...s, name: 'Ola Hansen', needsReconfirmation: true } : s)),
    }));
    expect(warning(d, id).facts).toEqual([
      'Sponsorer som venter på ny bekreftelse etter valget: 1.',
      'Det gjelder Ola Hansen (politisk, Lillesand).',
    ]);
  });

  it('does not trigger when all sponsors are confirmed', () => {
    expect(ids(wellGovernedDossier())).not.toContain(id);
  });
});

describe('storrelse.mange_deltakere', () => {
  const id = 'storrelse.mange_deltakere';
  const withMembers = (n: number, legalForm: string) =>
    variant((w) => ({
      design: { ...w.design, legalForm },
      members: Array.from({ length: n }, (_, i) => fixtureMember(`m${i}`, `Kommune ${i + 1}`)),
      sponsors: [sponsor('m0', 'politisk')],
    }));

  it('triggers for a service cooperation with 10 members', () => {
    expect(warning(withMembers(10, 'ko'), id)).toMatchObject({ severity: 'lav', facts: ['Samarbeidet leverer tjenester og har 10 deltakere.'] });
  });

  it('does not trigger with 9 members, or for a political council', () => {
    expect(ids(withMembers(9, 'ko'))).not.toContain(id);
    expect(ids(withMembers(12, 'ipr'))).not.toContain(id);
  });
});

describe('perceived signals', () => {
  const noSponsor = () => variant((w) => ({ sponsors: w.sponsors.filter((s) => s.kind === 'administrativ') }));
  const noBenefit = () => variant((w) => ({ members: w.members.map((m) => ({ ...m, expectedBenefit: null })) }));

  it('low scores add a fact and raise the severity of a warning that applies', () => {
    const w = warning(noBenefit(), 'likeverd.nytte_mangler', { means: { egen_nytte: 2.4 }, roundLabel: 'evalueringen 2024' });
    expect(w.severity).toBe('middels');
    expect(w.facts).toContain('I evalueringen 2024 fikk «Min kommunes nytte» et snitt på 2,4 av 5.');
    const sponsorWarning = warning(noSponsor(), 'understyring.ingen_politisk_sponsor', { means: { uformell_forankring: 1 } });
    expect(sponsorWarning.severity).toBe('hoy');
    expect(sponsorWarning.facts).toContain('I siste evaluering fikk «Kontinuerlig uformell forankring» et snitt på 1 av 5.');
  });

  it('scores above 2,5 change nothing, and answers alone raise no warning', () => {
    const w = warning(noBenefit(), 'likeverd.nytte_mangler', { means: { egen_nytte: 2.6 } });
    expect(w).toMatchObject({ severity: 'lav', facts: ['Forventet nytte er ikke beskrevet for Kristiansand, Lillesand og Birkenes.'] });
    expect(evaluateWarnings(wellGovernedDossier(), NOW, { means: { formell_forankring_underveis: 1, egen_nytte: 1 } })).toEqual([]);
  });

  it('lists the most severe warnings first, then in rule order', () => {
    const d = noBenefit();
    d.framing = { ...d.framing, costKey: null };
    d.bodyDecisions = [bodyDecision('v', '2024-09-01', { political: true, withinMandate: true })];
    d.anchoringPoints = [...d.anchoringPoints, anchoringPoint('ekstra', { level: 'administrativ' })];
    expect(ids(d)).toEqual(['kostnad.fordelingsnokkel', 'overstyring.politiske_vedtak_innenfor_mandat', 'likeverd.nytte_mangler']);
  });
});

describe('legitimitet.avstand_opplevd_strukturell', () => {
  const id = 'legitimitet.avstand_opplevd_strukturell';
  const withPerceived = (perceived: { input: number | null; throughput: number | null; output: number | null }, closedAt = '2025-02-01T10:00:00Z') =>
    variant((w) => ({ evaluations: [...w.evaluations, { id: 'e2', number: 2, closedAt, decision: null, perceived }] }));

  it('triggers when the latest perceived score is 25 points or more from the structural score', () => {
    // The case: a yellow evaluation (44) beside structural 100.
    expect(warning(withPerceived({ input: 44, throughput: 76, output: 100 }), id)).toMatchObject({
      trap: 'legitimitet',
      severity: 'middels',
      // Throughput is 24 points off: below the threshold, so not a fact.
      facts: ['Demokratisk forankring (input): 44 poeng i evalueringsrunde 2 (avsluttet 01.02.2025), mot 100 poeng fra dataene i dag – 56 poeng lavere.'],
    });
  });

  it('does not trigger below 25 points, without perceived scores, or from an older round', () => {
    expect(ids(withPerceived({ input: 76, throughput: 100, output: null }))).not.toContain(id);
    expect(ids(wellGovernedDossier())).not.toContain(id);
    // A later round without a gap replaces an earlier one with a gap.
    const later = withPerceived({ input: 90, throughput: 90, output: 90 }, '2025-03-01T10:00:00Z');
    later.evaluations.push({ id: 'e0', number: 1, closedAt: '2024-01-01T10:00:00Z', decision: null, perceived: { input: 10, throughput: 10, output: 10 } });
    expect(ids(later)).not.toContain(id);
  });
});
