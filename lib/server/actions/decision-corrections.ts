import 'server-only';
// Correcting a registered member decision: authorised like recording one (lifecycle.decide),
// checked against the version the form was loaded with, refused when nothing changed or when
// the outcome of a round the lifecycle has left would change (lib/pure/domain/decision-correction.ts),
// and kept with its reason (decision_corrections) beside the audit row every write gets.
import type { z } from 'zod';
import { cooperationOf } from '@/lib/server/actions/cooperation-resource';
import { lockLifecycle } from '@/db/queries/decisions';
import { findDecision, saveCorrection } from '@/db/queries/decision-corrections';
import { ActionError, MESSAGES, type ActionContext } from '@/lib/server/action';
import { CORRECTION_MESSAGES, correctionScope } from '@/lib/pure/domain/decision-correction';
import type { LifecycleState } from '@/lib/pure/domain/dossier';
import { correctDecisionSchema, describeDecisionChanges } from '@/lib/pure/validation/decisions';
import { restorableSnapshot } from '@/workflows/cooperation/snapshots';

type Input = z.output<typeof correctDecisionSchema>;

export const correctDecisionSpec = {
  schema: correctDecisionSchema,
  action: 'lifecycle.decide' as const,
  name: 'correctDecision',
  resource: cooperationOf,
};

export async function correctDecision(input: Input, ctx: ActionContext) {
  return ctx.db.transaction(async (tx) => {
    // The lifecycle row first, as when recording: no step can close the round meanwhile.
    const lifecycle = await lockLifecycle(tx, input.cooperationId);
    if (!lifecycle) throw new ActionError('not_found', MESSAGES.not_found);
    const decision = await findDecision(tx, input.cooperationId, input.decisionId, true);
    if (!decision) throw new ActionError('not_found', CORRECTION_MESSAGES.notFound);
    const state = lifecycle.state as LifecycleState;
    const openRound = state === 'medlemsvedtak' ? restorableSnapshot(lifecycle).context.decisionRound : null;
    const scope = correctionScope(state, openRound, decision.round);
    if (!scope.allowed) throw new ActionError('invalid', CORRECTION_MESSAGES.ended);
    if (decision.version !== input.version) throw new ActionError('conflict', CORRECTION_MESSAGES.conflict);
    if (input.outcome !== decision.outcome && !scope.outcome) {
      throw new ActionError('invalid', MESSAGES.invalid, { outcome: [CORRECTION_MESSAGES.outcomeLocked] });
    }
    const fields = { body: input.body, date: input.date, saksnummer: input.saksnummer, outcome: input.outcome, url: input.url };
    const changes = describeDecisionChanges(decision, fields);
    if (changes.length === 0) throw new ActionError('invalid', CORRECTION_MESSAGES.nothingChanged);
    const version = decision.version + 1;
    await saveCorrection(tx, {
      cooperationId: input.cooperationId,
      decisionId: decision.id,
      version,
      fields,
      changes,
      reason: input.reason,
      actor: { id: ctx.user.id, name: ctx.user.name },
      at: ctx.now,
    });
    return { cooperationId: input.cooperationId, decisionId: decision.id, version, changed: changes.length };
  });
}
