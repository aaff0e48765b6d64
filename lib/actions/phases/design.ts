import 'server-only';
// Saving the design phase: legal form and rationale, member roles, governing bodies, the
// operative leader, the mandate and working methods, in one transaction and only while the
// phases are editable. The 'use server' module binds this to the session
// (app/(app)/samarbeid/[id]/design/actions.ts); tests call it through runAction.
import { planningView } from '@/lib/domain/membership';
import { randomUUID } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { cooperationResource, loadDossier } from '@/db/queries/dossier';
import { lockForDesign, writeDesign, updateMemberRoles } from '@/db/queries/phases/design';
import { ActionError, MESSAGES, type ActionContext, type FieldErrors } from '@/lib/action';
import type { Design, Dossier, GoverningBody } from '@/lib/domain/dossier';
import { NOT_EDITABLE_MESSAGE, phasesEditable } from '@/lib/domain/editable';
import { legalForm } from '@/lib/domain/legal-forms';
import { designSchema, type DesignValues } from '@/lib/validation/phases/design';

export const DESIGN_SAVED_MESSAGE = 'Designet er lagret.';
export const NOT_A_MEMBER_MESSAGE = 'Deltakeren er ikke med i dette samarbeidet. Last siden på nytt.';
export const LEGACY_FORM_MESSAGE =
  'Eldre samarbeidsformer kan bare stå på samarbeid som allerede er registrert med dem. Velg en av dagens former.';

export const saveDesignSpec = {
  schema: designSchema,
  action: 'cooperation.edit' as const,
  resource: (input: DesignValues, ctx: ActionContext) => cooperationResource(ctx.db, input.cooperationId),
};

/** What only the stored cooperation can tell: its members, and which form it already had. */
export function designFieldErrors(input: DesignValues, dossier: Dossier): FieldErrors {
  const errors: FieldErrors = {};
  // A redesign's proposed joiners are edited alongside the members (lib/domain/membership.ts).
  const memberIds = new Set(planningView(dossier).members.map((m) => m.id));
  input.members.forEach((m, i) => {
    if (!memberIds.has(m.id)) errors[`members.${i}.id`] = [NOT_A_MEMBER_MESSAGE];
  });
  input.bodies.forEach((b, i) => {
    for (const memberId of Object.keys(b.seats)) {
      if (!memberIds.has(memberId)) errors[`bodies.${i}.seats.${memberId}`] = [NOT_A_MEMBER_MESSAGE];
    }
  });
  const form = legalForm(input.legalForm);
  if (form?.category === 'eldre_lov' && input.legalForm !== dossier.design.legalForm) errors.legalForm = [LEGACY_FORM_MESSAGE];
  return errors;
}

/** The stored design; bodies keep their ids, new ones get fresh ids, empty mandate lines go. */
export function toDesign(input: DesignValues, dossier: Dossier): Design {
  const knownBodies = new Set(dossier.design.bodies.map((b) => b.id));
  const used = new Set<string>();
  const bodies = input.bodies.map((b): GoverningBody => {
    const id = b.id && knownBodies.has(b.id) && !used.has(b.id) ? b.id : randomUUID();
    used.add(id);
    const seats = Object.entries(b.seats).filter((entry): entry is [string, number] => entry[1] !== null && entry[1] > 0);
    return { id, name: b.name, kind: b.kind, seats: Object.fromEntries(seats), rotatingChair: b.rotatingChair };
  });
  const lines = (entries: readonly { text: string | null }[]) => entries.map((e) => e.text).filter((t): t is string => t !== null);
  return {
    legalForm: input.legalForm,
    legalFormRationale: input.legalFormRationale,
    bodies,
    leader: input.leader,
    mandate: { alone: lines(input.mandate.alone), administrative: lines(input.mandate.administrative), political: lines(input.mandate.political) },
    workingMethods: input.workingMethods,
  };
}

export async function saveDesign(input: DesignValues, ctx: ActionContext): Promise<null> {
  await ctx.db.transaction(async (tx) => {
    const state = await lockForDesign(tx, input.cooperationId);
    const dossier = state === null ? null : await loadDossier(tx, input.cooperationId);
    if (state === null || dossier === null) throw new ActionError('not_found', MESSAGES.not_found);
    if (!phasesEditable(state)) throw new ActionError('invalid', NOT_EDITABLE_MESSAGE);
    const fieldErrors = designFieldErrors(input, dossier);
    if (Object.keys(fieldErrors).length > 0) throw new ActionError('invalid', MESSAGES.invalid, fieldErrors);

    await writeDesign(tx, input.cooperationId, toDesign(input, dossier), new Date());
    await updateMemberRoles(tx, input.cooperationId, input.members);
  });
  // The layout's phase tabs show readiness, so the whole cooperation subtree is stale.
  revalidatePath(`/samarbeid/${input.cooperationId}`, 'layout');
  return null;
}
