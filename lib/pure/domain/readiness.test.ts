import { describe, expect, it } from 'vitest';
import { PHASES, type DecisionOutcome, type Dossier, type MemberDecision } from './dossier';
import { emptyDossier } from './empty-dossier';
import { READY_LEGAL_FORM, READY_MEMBER_IDS, readyDossier, readyMembers } from '@/testing/fixtures/domain';
import { legalForm, lovkravItems } from './legal-forms';
import { memberDecisionStatus, phaseReadiness, READINESS_RULES, readinessFacts, readinessIssues } from './readiness';
import { isHostForm } from './readiness-rules-design';
import { agreementChecklistRule } from './readiness-rules-innramming';

const { arendal, grimstad, lillesand, froland } = READY_MEMBER_IDS;

let decisionSeq = 0;
function decision(memberId: string, outcome: DecisionOutcome, date: string, round = 1): MemberDecision {
  decisionSeq += 1;
  return { id: `v-${decisionSeq}`, memberId, body: 'kommunestyre', date, saksnummer: null, outcome, url: null, round };
}

function withDecisions(...decisions: MemberDecision[]): Dossier {
  const d = readyDossier();
  d.memberDecisions = decisions;
  return d;
}

const allConsent = (round: number) =>
  [arendal, grimstad, lillesand, froland].map((id) => decision(id, 'tilslutning', '2025-03-01', round));

describe('the ready fixture', () => {
  it('is ready in every phase with nothing missing', () => {
    const readiness = phaseReadiness(readyDossier());
    for (const phase of PHASES) expect(readiness[phase]).toEqual({ ready: true, missing: [] });
  });

  it('has four Agder municipalities with Arendal as the only host', () => {
    const members = readyMembers();
    expect(members.map((m) => m.kommunenummer)).toEqual(['4203', '4202', '4215', '4214']);
    expect(members.filter((m) => m.role === 'vertskommune').map((m) => m.name)).toEqual(['Arendal kommune']);
    expect(readyDossier().design.legalForm).toBe(READY_LEGAL_FORM);
  });

  it('covers every statutory item of its form, whatever the catalogue holds', () => {
    const checklist = readyDossier().framing.agreementChecklist;
    for (const item of lovkravItems(READY_LEGAL_FORM)) expect(checklist[item.id]).toBe(true);
    expect(Object.keys(checklist)).toHaveLength(legalForm(READY_LEGAL_FORM)?.agreementItems.length ?? 0);
  });

  it('is a fresh copy each time', () => {
    const a = readyDossier();
    a.members[0]!.name = 'Endret';
    expect(readyDossier().members[0]!.name).toBe('Arendal kommune');
  });
});

describe('phaseReadiness', () => {
  it('lists what an empty dossier lacks, phase by phase, naming the members', () => {
    const member = { ...readyMembers()[2]!, expectedBenefit: null };
    const readiness = phaseReadiness(emptyDossier('x', 'Nytt samarbeid', [member]));
    for (const phase of PHASES) expect(readiness[phase].ready).toBe(false);
    expect(readiness.innramming.missing).toContain('Mangler minst ett mål for samarbeidet');
    expect(readiness.innramming.missing).toContain('Mangler forventet nytte for Lillesand kommune');
    expect(readiness.innramming.missing).toContain(
      'Velg organisasjonsform i design-fasen før avtalesjekklisten kan fullføres',
    );
    expect(readiness.design.missing).toContain('Et samarbeid trenger minst 2 deltakere (nå: 1)');
    expect(readiness.stotte.missing).toContain('Mangler politisk sponsor for Lillesand kommune');
    expect(readiness.deltakelse.missing).toContain('Mangler forankringspunkt for Lillesand kommune');
  });

  it('agrees with readinessIssues and keeps rule order', () => {
    const d = emptyDossier('x', 'Nytt samarbeid', readyMembers());
    const issues = readinessIssues(d);
    const positions = issues.map((i) => READINESS_RULES.findIndex((r) => r.id === i.ruleId));
    expect(positions).toEqual(positions.toSorted((a, b) => a - b));
    for (const phase of PHASES) {
      expect(phaseReadiness(d)[phase].missing).toEqual(issues.filter((i) => i.phase === phase).map((i) => i.message));
    }
  });
});

describe('memberDecisionStatus', () => {
  it('has everyone pending before any decision', () => {
    const status = memberDecisionStatus(readyDossier(), 1);
    expect(status).toMatchObject({ round: 1, allConsented: false, anyRejected: false });
    expect(status.pending).toEqual(['Arendal kommune', 'Grimstad kommune', 'Lillesand kommune', 'Froland kommune']);
    expect(status.members.every((m) => m.decision === null && m.outcome === null)).toBe(true);
  });

  it('is complete when every member has consented in the round', () => {
    const status = memberDecisionStatus(withDecisions(...allConsent(1)), 1);
    expect(status).toMatchObject({ allConsented: true, anyRejected: false, pending: [] });
    expect(status.members[0]!.decision?.memberId).toBe(arendal);
  });

  it('looks only at the asked round and at current members', () => {
    const d = withDecisions(...allConsent(1), decision('m-tidligere', 'avslag', '2025-03-02', 2));
    expect(memberDecisionStatus(d, 2)).toMatchObject({ allConsented: false, anyRejected: false });
    expect(memberDecisionStatus(d, 2).pending).toHaveLength(4);
  });

  it('counts the latest decision of a member: by date, then by registration', () => {
    const later = withDecisions(
      ...allConsent(1),
      decision(froland, 'utsatt', '2025-02-01'),
      decision(grimstad, 'avslag', '2025-04-01'),
    );
    const status = memberDecisionStatus(later, 1);
    expect(status).toMatchObject({ allConsented: false, anyRejected: true, pending: [] });
    expect(status.members.find((m) => m.memberId === froland)?.outcome).toBe('tilslutning');

    const sameDay = withDecisions(...allConsent(1), decision(lillesand, 'utsatt', '2025-03-01'));
    expect(memberDecisionStatus(sameDay, 1)).toMatchObject({ allConsented: false, pending: ['Lillesand kommune'] });
  });

  it('never calls a cooperation without members consented', () => {
    const status = memberDecisionStatus(emptyDossier('x', 'Tomt'), 1);
    expect(status).toMatchObject({ allConsented: false, anyRejected: false });
  });
});

describe('readinessFacts', () => {
  it('tells the machine the ready dossier may be sent, and nothing else yet', () => {
    expect(readinessFacts(readyDossier(), { decisionRound: 0 })).toEqual({
      phasesReady: { innramming: true, design: true, stotte: true, deltakelse: true },
      decisions: { round: 0, allConsented: false, anyRejected: false },
      evaluationClosed: false,
      exitChecklistComplete: false,
    });
  });

  it('reports unready phases and the decisions of the machine round', () => {
    const d = withDecisions(...allConsent(2));
    d.support.minimumFunding = null;
    const facts = readinessFacts(d, { decisionRound: 2, exitChecklistComplete: true });
    expect(facts.phasesReady).toEqual({ innramming: true, design: true, stotte: false, deltakelse: true });
    expect(facts.decisions).toEqual({ round: 2, allConsented: true, anyRejected: false });
    expect(facts.exitChecklistComplete).toBe(true);
  });

  it('sees an evaluation as closed only when the latest round is', () => {
    const d = readyDossier();
    const closedFacts = () => readinessFacts(d, { decisionRound: 1 }).evaluationClosed;
    d.evaluations = [{ id: 'e1', closedAt: '2025-01-10T12:00:00Z', decision: 'opprettholde' }];
    expect(closedFacts()).toBe(true);
    d.evaluations.push({ id: 'e2', closedAt: null, decision: null });
    expect(closedFacts()).toBe(false);
  });
});

describe('the agreement checklist against a known catalogue', () => {
  const source = 'kommuneloven § 19-4';
  const items = [
    { id: 'deltakere', text: 'Hvilke kommuner som deltar', requirement: 'lovkrav' as const, source },
    { id: 'formal', text: 'Formålet med samarbeidet', requirement: 'lovkrav' as const, source },
  ];
  const rule = agreementChecklistRule((code) => (code === 'test' ? items : []));

  it('lists each unchecked statutory item with its source, and accepts checked ones', () => {
    const d = readyDossier();
    d.design.legalForm = 'test';
    d.framing.agreementChecklist = { deltakere: true, formal: false };
    expect(rule.check(d)).toEqual([`Avtalen dekker ikke lovkravet «Formålet med samarbeidet» (${source})`]);
    d.framing.agreementChecklist.formal = true;
    expect(rule.check(d)).toEqual([]);
  });
});

describe('isHostForm', () => {
  it('knows the host forms and legacy forms mapped onto them', () => {
    expect(isHostForm('vertskommune_administrativ')).toBe(true);
    expect(isHostForm('vertskommune_nemnd')).toBe(true);
    expect(isHostForm('legacy_28_vertskommune')).toBe(true);
    expect(isHostForm('iks')).toBe(false);
    expect(isHostForm(null)).toBe(false);
    const lookup = (code: string) => (code === 'gammel' ? { mapsTo: 'vertskommune_administrativ' } : { mapsTo: 'ko' });
    expect(isHostForm('gammel', lookup)).toBe(true);
    expect(isHostForm('annen', lookup)).toBe(false);
  });
});
