// Readiness: which establishing phases are complete, what is still missing (in Norwegian),
// how the member decisions of a round stand, and the facts the lifecycle machine's guards
// read. Pure: the runner computes the facts from the dossier and passes them with the event.

import type { DecisionOutcome, Dossier, MemberDecision, Phase } from './dossier';
import type { ReadinessRule } from './readiness-rules';
import { planningView } from './membership';
import { DESIGN_RULES } from './readiness-rules-design';
import { INNRAMMING_RULES } from './readiness-rules-innramming';
import { DELTAKELSE_RULES, STOTTE_RULES } from './readiness-rules-stotte-deltakelse';

export type { ReadinessRule } from './readiness-rules';

/** Every rule in display order: phase by phase, then as listed in the phase's module. */
export const READINESS_RULES: readonly ReadinessRule[] = [
  ...INNRAMMING_RULES,
  ...DESIGN_RULES,
  ...STOTTE_RULES,
  ...DELTAKELSE_RULES,
];

export interface ReadinessIssue {
  ruleId: string;
  phase: Phase;
  message: string;
}

export interface PhaseReadiness {
  ready: boolean;
  /** Norwegian sentences, in rule order. */
  missing: string[];
}

/**
 * All missing items with the rule that found them, for UIs that link a message to its rule.
 * A redesign's proposed joiners and leavers count as decided (planningView).
 */
export function readinessIssues(dossier: Dossier): ReadinessIssue[] {
  const planned = planningView(dossier);
  return READINESS_RULES.flatMap((rule) =>
    rule.check(planned).map((message) => ({ ruleId: rule.id, phase: rule.phase, message })),
  );
}

export function phaseReadiness(dossier: Dossier): Record<Phase, PhaseReadiness> {
  const issues = readinessIssues(dossier);
  const entry = (phase: Phase): PhaseReadiness => {
    const missing = issues.filter((i) => i.phase === phase).map((i) => i.message);
    return { ready: missing.length === 0, missing };
  };
  return {
    innramming: entry('innramming'),
    design: entry('design'),
    stotte: entry('stotte'),
    deltakelse: entry('deltakelse'),
  };
}

export interface MemberDecisionEntry {
  memberId: string;
  memberName: string;
  /** The member's latest decision in the round; null when none is recorded. */
  decision: MemberDecision | null;
  outcome: DecisionOutcome | null;
}

export interface MemberDecisionStatus {
  round: number;
  members: MemberDecisionEntry[];
  /** Every current member has consented (false when there are no members). */
  allConsented: boolean;
  /** At least one current member has said no. */
  anyRejected: boolean;
  /** Names of members without a decision or with a postponed one. */
  pending: string[];
}

/**
 * A body may postpone and decide later, so the latest decision (by date, then by order
 * of registration) counts. Decisions of former members are ignored.
 */
export function memberDecisionStatus(dossier: Dossier, round: number): MemberDecisionStatus {
  // The planned members decide: proposed joiners must consent, proposed leavers are not asked.
  const members = planningView(dossier).members.map((member): MemberDecisionEntry => {
    const decision = dossier.memberDecisions
      .filter((d) => d.memberId === member.id && d.round === round)
      .reduce<MemberDecision | null>((latest, d) => (latest === null || d.date >= latest.date ? d : latest), null);
    return { memberId: member.id, memberName: member.name, decision, outcome: decision?.outcome ?? null };
  });
  return {
    round,
    members,
    allConsented: members.length > 0 && members.every((m) => m.outcome === 'tilslutning'),
    anyRejected: members.some((m) => m.outcome === 'avslag'),
    pending: members.filter((m) => m.outcome === null || m.outcome === 'utsatt').map((m) => m.memberName),
  };
}

/** What the lifecycle machine's guards need to know; plain JSON, computed by readinessFacts. */
export interface ReadinessFacts {
  phasesReady: Record<Phase, boolean>;
  decisions: {
    /** The round these facts describe; the machine refuses facts for another round. */
    round: number;
    allConsented: boolean;
    anyRejected: boolean;
  };
  /** The latest evaluation round exists and is closed. */
  evaluationClosed: boolean;
  exitChecklistComplete: boolean;
}

export interface ReadinessFactsOptions {
  /** The machine's current round: snapshot.context.decisionRound. */
  decisionRound: number;
  /** The dossier holds no exit plan yet, so the caller states it; false until then. */
  exitChecklistComplete?: boolean;
}

export function readinessFacts(dossier: Dossier, options: ReadinessFactsOptions): ReadinessFacts {
  const phases = phaseReadiness(dossier);
  const decisions = memberDecisionStatus(dossier, options.decisionRound);
  const latestEvaluation = dossier.evaluations.at(-1);
  return {
    phasesReady: {
      innramming: phases.innramming.ready,
      design: phases.design.ready,
      stotte: phases.stotte.ready,
      deltakelse: phases.deltakelse.ready,
    },
    decisions: {
      round: decisions.round,
      allConsented: decisions.allConsented,
      anyRejected: decisions.anyRejected,
    },
    evaluationClosed: latestEvaluation !== undefined && latestEvaluation.closedAt !== null,
    exitChecklistComplete: options.exitChecklistComplete ?? false,
  };
}
