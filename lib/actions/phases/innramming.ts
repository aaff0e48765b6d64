import 'server-only';
// Saving the innramming (framing) phase: goals, budget, cost key with the members' figures,
// host compensation, agreement checklist and reporting, in one transaction and only while
// the phases are editable. The 'use server' module binds this to the session
// (app/(app)/samarbeid/[id]/innramming/actions.ts); tests call it through runAction.
import { planningView } from '@/lib/domain/membership';
import { revalidatePath } from 'next/cache';
import { cooperationResource, loadDossier } from '@/db/queries/dossier';
import { lockForInnramming, replaceGoals, writeFraming, updateMemberFraming } from '@/db/queries/phases/innramming';
import { ActionError, MESSAGES, type ActionContext, type FieldErrors } from '@/lib/action';
import type { Dossier, Framing } from '@/lib/domain/dossier';
import { NOT_EDITABLE_MESSAGE, phasesEditable } from '@/lib/domain/editable';
import { legalForm } from '@/lib/domain/legal-forms';
import { hostCompensationMessage, innrammingSchema, type InnrammingValues } from '@/lib/validation/phases/innramming';

export const INNRAMMING_SAVED_MESSAGE = 'Innrammingen er lagret.';
export const NOT_A_MEMBER_MESSAGE = 'Deltakeren er ikke med i dette samarbeidet. Last siden på nytt.';

export const saveInnrammingSpec = {
  schema: innrammingSchema,
  action: 'cooperation.edit' as const,
  resource: (input: InnrammingValues, ctx: ActionContext) => cooperationResource(ctx.db, input.cooperationId),
};

/** What only the stored cooperation can tell: are these its members, does it have a host? */
export function innrammingFieldErrors(input: InnrammingValues, dossier: Dossier): FieldErrors {
  const errors: FieldErrors = {};
  // A redesign's proposed joiners are edited alongside the members (lib/domain/membership.ts).
  const { members } = planningView(dossier);
  const memberIds = new Set(members.map((m) => m.id));
  input.members.forEach((m, i) => {
    if (!memberIds.has(m.id)) errors[`members.${i}.id`] = [NOT_A_MEMBER_MESSAGE];
  });
  const hosts = members.filter((m) => m.role === 'vertskommune').map((m) => m.name);
  const host = hostCompensationMessage(input, hosts);
  if (host) errors.hostCompensation = [host];
  return errors;
}

/**
 * The stored framing. The checklist keeps ticks for items of other legal forms (so switching
 * form back and forth loses nothing) and takes the chosen form's items from the input;
 * ids the chosen form does not know are dropped.
 */
export function toFraming(input: InnrammingValues, dossier: Dossier): Framing {
  const items = legalForm(dossier.design.legalForm)?.agreementItems ?? [];
  const checklist = { ...dossier.framing.agreementChecklist };
  for (const item of items) checklist[item.id] = input.agreementChecklist[item.id] === true;
  return {
    budgetOre: input.budget,
    financing: input.financing,
    costKey:
      input.costKeyKind === null
        ? null
        : { kind: input.costKeyKind, fixedPartPercent: input.costKeyKind === 'fast_og_innbyggere' ? input.fixedPartPercent : null },
    hostCompensationOre: input.hostCompensation,
    hostCompensationNote: input.hostCompensationNote,
    hostCompensationNone: input.hostCompensationNone,
    hostCompensationNoneReason: input.hostCompensationNone ? input.hostCompensationNoneReason : null,
    agreementChecklist: checklist,
    strategyPlan: input.strategyPlan,
    actionPlan: input.actionPlan,
    annualReport: input.annualReport,
    accounts: input.accounts,
    ownerStrategy: input.ownerStrategy,
    evaluationIntervalMonths: input.evaluationIntervalMonths,
  };
}

export async function saveInnramming(input: InnrammingValues, ctx: ActionContext): Promise<null> {
  await ctx.db.transaction(async (tx) => {
    const state = await lockForInnramming(tx, input.cooperationId);
    const dossier = state === null ? null : await loadDossier(tx, input.cooperationId);
    if (state === null || dossier === null) throw new ActionError('not_found', MESSAGES.not_found);
    if (!phasesEditable(state)) throw new ActionError('invalid', NOT_EDITABLE_MESSAGE);
    const fieldErrors = innrammingFieldErrors(input, dossier);
    if (Object.keys(fieldErrors).length > 0) throw new ActionError('invalid', MESSAGES.invalid, fieldErrors);

    await writeFraming(tx, input.cooperationId, toFraming(input, dossier), new Date());
    await replaceGoals(
      tx,
      input.cooperationId,
      input.goals.map((g) => ({
        id: g.id ? g.id : null,
        statement: g.statement,
        indicator: g.indicator ?? '',
        baseline: g.baseline ?? '',
        target: g.target ?? '',
        deadline: g.deadline,
      })),
    );
    await updateMemberFraming(tx, input.cooperationId, input.members);
  });
  // The layout's phase tabs show readiness, so the whole cooperation subtree is stale.
  revalidatePath(`/samarbeid/${input.cooperationId}`, 'layout');
  return null;
}
