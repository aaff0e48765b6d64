import 'server-only';
// The decision after an evaluation, from the form on the evaluation page. One lifecycle step
// (BESLUTT_*) through the runner, which checks the role, the state and the version and whose
// effect stores summary, recommendation and notes on the round the decision concludes. The
// step and that round are checked in one transaction: a decision with no round to land on
// is refused and leaves nothing behind.
import { cooperationOf } from '@/lib/server/actions/cooperation-resource';
import { undecidedClosedRound } from '@/db/queries/evaluations';
import { ActionError, refusedStep, type ActionContext } from '@/lib/server/action-core';
import { DECISION_EVENTS, DECISION_LABELS, type DecisionDetails } from '@/lib/pure/domain/evaluation-decision';
import { decisionSchema, type DecisionValues } from '@/lib/pure/validation/decision';
import { transition } from '@/workflows/cooperation/runner';

export const DECISION_ACTION_MESSAGES = {
  noRound: 'Fant ingen lukket evalueringsrunde som venter på en beslutning. Last siden på nytt.',
  notInState: 'Samarbeidet venter ikke på en beslutning etter evaluering. Kanskje noen andre har registrert den allerede. Last siden på nytt.',
} as const;

export const concludeEvaluationSpec = {
  schema: decisionSchema,
  // The owners conclude: only a member's rådmannsteam (lib/pure/auth/can.ts).
  action: 'lifecycle.conclude' as const,
  resource: cooperationOf,
};

/** The details the runner keeps with the step and its effect stores on the round (all text). */
export function decisionStepDetails(v: DecisionValues): Record<keyof DecisionDetails, string> {
  return {
    summary: v.summary,
    recommendation: v.recommendation,
    recommendationNote: v.recommendationNote,
    decisionNote: v.decisionNote ?? '',
    summaryPublic: v.summaryPublic,
  };
}

/** A few short sentences for the history, e.g. "Vedtak etter evalueringsrunde 2: avvikle samarbeidet. Representantskapet, sak 14/26." */
export function decisionComment(v: DecisionValues, roundNumber: number): string {
  const decided = `Vedtak etter evalueringsrunde ${roundNumber}: ${DECISION_LABELS[v.decision].toLowerCase()}.`;
  const differs = v.recommendation === v.decision ? '' : ` Anbefalingen var: ${DECISION_LABELS[v.recommendation].toLowerCase()}.`;
  const note = v.decisionNote ? ` ${v.decisionNote}${/[.!?]$/.test(v.decisionNote) ? '' : '.'}` : '';
  return `${decided}${differs}${note}`;
}

export async function concludeEvaluation(input: DecisionValues, ctx: ActionContext, now: Date = new Date()) {
  return ctx.db.transaction(async (tx) => {
    const round = await undecidedClosedRound(tx, input.cooperationId);
    const step = await transition(
      tx,
      input.cooperationId,
      {
        type: DECISION_EVENTS[input.decision],
        comment: decisionComment(input, round?.number ?? 0),
        details: decisionStepDetails(input),
        expectedVersion: input.expectedVersion,
      },
      ctx.user,
      { now },
    );
    if (!step.ok) throw refusedStep(step, { not_allowed_in_state: DECISION_ACTION_MESSAGES.notInState });
    // The state said a decision was due but no round waits for one (a repaired history):
    // throwing rolls the step back, so the decision is never taken without its round.
    if (!round) throw new ActionError('invalid', DECISION_ACTION_MESSAGES.noRound);
    return { cooperationId: input.cooperationId, roundId: round.id, decision: input.decision, state: step.state, rowVersion: step.rowVersion };
  });
}
