import 'server-only';
// Saving the Deltakelse phase: representation and contact persons, the anchoring plan, the
// information plan and the informal contact, through the one save convention
// (lib/server/actions/section-save.ts). Every section may change in drift. When a running
// cooperation already has a calendar of anchoring occurrences, the future planned ones
// follow the new plan; logged and past occurrences are never touched.
import type { z } from 'zod';
import { syncOccurrences } from '@/db/queries/anchoring';
import { loadDossier } from '@/db/queries/dossier';
import { cooperationOf } from '@/lib/server/actions/cooperation-resource';
import {
  loadDeltakelsePhase,
  saveParticipation,
  saveRepresentation,
  upsertAnchoringPoints,
  upsertInformationItems,
  type AnchoringPointToSave,
  type DeltakelsePhase,
} from '@/db/queries/phases/deltakelse';
import type { ActionContext, FieldErrors } from '@/lib/server/action-core';
import type { LifecycleState } from '@/lib/pure/domain/dossier';
import { deltakelseSchema, type AnchoringPointValues } from '@/lib/pure/validation/phases/deltakelse';
import { describeDeltakelse } from '@/lib/pure/validation/phases/deltakelse-changes';
import { storedDeltakelseValues } from '@/lib/pure/validation/phases/deltakelse-values';
import { saveSection, type SectionSaveDef } from '../section-save';

type Input = z.output<typeof deltakelseSchema>;

const UNKNOWN_MEMBER = 'Deltakeren er ikke med i dette samarbeidet.';
const RUNNING: readonly LifecycleState[] = ['drift', 'evaluering', 'beslutning', 'redesign'];

export const saveDeltakelseSpec = {
  schema: deltakelseSchema,
  action: 'cooperation.edit' as const,
  resource: cooperationOf,
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

export type OccurrenceSync = { created: number; deleted: number };

export const deltakelseSave: SectionSaveDef<Input, DeltakelsePhase, Input, DeltakelsePhase, OccurrenceSync> = {
  unit: 'deltakelse',
  load: loadDeltakelsePhase,
  storedValues: (stored) => storedDeltakelseValues('', stored),
  complete: (input) => input,
  describe: describeDeltakelse,
  check: (values, stored) => memberErrors(values, new Set(stored.members.map((m) => m.id))),
  async write(db, values, stored, ctx) {
    const id = values.cooperationId;
    await saveRepresentation(db, id, values.members);
    await upsertAnchoringPoints(db, id, values.anchoringPoints.map(toAnchoringPoint));
    await upsertInformationItems(db, id, values.informationItems);
    await saveParticipation(db, id, { representation: values.representation, informalContact: values.informalContact }, ctx.now);
    if (!RUNNING.includes(stored.state) || !stored.hasOccurrences) return { created: 0, deleted: 0 };
    const after = await loadDossier(db, id, { today: ctx.today });
    return after ? syncOccurrences(db, after, ctx.now) : { created: 0, deleted: 0 };
  },
  // The form rebuilds its values from the phase (deltakelseValues), with the members' names.
  formValues: (stored) => stored,
};

export function saveDeltakelse(input: Input, ctx: ActionContext) {
  return saveSection(deltakelseSave, input, ctx);
}
