// Saving the Deltakelse phase: representation, the anchoring plan, the information plan and
// the informal contact, in one transaction. When a running cooperation (drift, redesign)
// already has a calendar of anchoring occurrences, the future planned ones follow the new
// plan; logged and past occurrences are never touched.
import { planningView } from '@/lib/domain/membership';
import type { z } from 'zod';
import { cooperationResource, loadDossier } from '@/db/queries/dossier';
import { syncOccurrences } from '@/db/queries/anchoring';
import {
  lockForDeltakelse,
  saveParticipation,
  saveRepresentation,
  upsertAnchoringPoints,
  upsertInformationItems,
  type AnchoringPointToSave,
} from '@/db/queries/phases/deltakelse';
import { ActionError, MESSAGES, type ActionContext, type FieldErrors } from '@/lib/action';
import type { LifecycleState } from '@/lib/domain/dossier';
import { NOT_EDITABLE_MESSAGE, phasesEditable } from '@/lib/domain/editable';
import { deltakelseSchema, type AnchoringPointValues } from '@/lib/validation/phases/deltakelse';

type Input = z.output<typeof deltakelseSchema>;

const UNKNOWN_MEMBER = 'Deltakeren er ikke med i dette samarbeidet.';
const RUNNING: readonly LifecycleState[] = ['drift', 'redesign'];

export const saveDeltakelseSpec = {
  schema: deltakelseSchema,
  action: 'cooperation.edit' as const,
  resource: (input: Input, ctx: ActionContext) => cooperationResource(ctx.db, input.cooperationId),
};

/** The form's flat point as the domain's AnchoringPoint (without a new point's id). */
export function toAnchoringPoint(p: AnchoringPointValues): AnchoringPointToSave {
  return {
    id: p.id,
    kind: p.kind,
    level: p.level,
    body: p.body,
    trigger: p.triggerType === 'periodisk' ? { type: 'periodisk', frequency: p.frequency ?? 'aarlig' } : { type: 'hendelse', event: p.event ?? 'stor_beslutning' },
    memberIds: p.scope === 'alle' ? [] : [...new Set(p.memberIds)],
    description: p.description,
  };
}

function memberErrors(input: Input, memberIds: ReadonlySet<string>): FieldErrors {
  const errors: FieldErrors = {};
  input.members.forEach((m, i) => {
    if (!memberIds.has(m.memberId)) errors[`members.${i}.memberId`] = [UNKNOWN_MEMBER];
  });
  input.anchoringPoints.forEach((p, i) => {
    if (p.scope === 'utvalgte' && p.memberIds.some((id) => !memberIds.has(id))) errors[`anchoringPoints.${i}.memberIds`] = [UNKNOWN_MEMBER];
  });
  return errors;
}

export async function saveDeltakelse(input: Input, ctx: ActionContext, now: Date = new Date()) {
  return ctx.db.transaction(async (tx) => {
    if (!(await lockForDeltakelse(tx, input.cooperationId))) throw new ActionError('not_found', MESSAGES.not_found);
    const before = await loadDossier(tx, input.cooperationId);
    if (!before) throw new ActionError('not_found', MESSAGES.not_found);
    if (!phasesEditable(before.state)) throw new ActionError('invalid', NOT_EDITABLE_MESSAGE);
    const errors = memberErrors(input, new Set(planningView(before).members.map((m) => m.id)));
    if (Object.keys(errors).length > 0) throw new ActionError('invalid', MESSAGES.invalid, errors);

    await saveRepresentation(tx, input.cooperationId, input.members);
    await upsertAnchoringPoints(tx, input.cooperationId, input.anchoringPoints.map(toAnchoringPoint));
    await upsertInformationItems(tx, input.cooperationId, input.informationItems);
    await saveParticipation(tx, input.cooperationId, { representation: input.representation, informalContact: input.informalContact }, now);

    let occurrences = { created: 0, deleted: 0 };
    if (RUNNING.includes(before.state) && before.occurrences.length > 0) {
      const after = await loadDossier(tx, input.cooperationId);
      if (after) occurrences = await syncOccurrences(tx, after, now);
    }
    return { cooperationId: input.cooperationId, occurrences };
  });
}
