import 'server-only';
// Saving the innramming (framing) phase through the one save convention
// (lib/server/actions/section-save.ts): goals, budget, cost key with the members' figures, host
// compensation, expected benefit, agreement checklist and reporting. In drift only expected
// benefit and plans/reporting may change (the form sends scope 'drift'); the rest needs
// member decisions. The 'use server' module binds this to the session
// (app/(app)/samarbeid/[id]/innramming/actions.ts); tests call it through runAction.
import { cooperationOf } from '@/lib/server/actions/cooperation-resource';
import { loadPlanningDossier } from '@/db/queries/phases/planning-dossier';
import { replaceGoals, writeFraming, updateMemberFraming } from '@/db/queries/phases/innramming';
import type { ActionContext, FieldErrors } from '@/lib/server/action-core';
import type { Dossier, Framing } from '@/lib/pure/domain/dossier';
import { openRuleIds } from '@/lib/pure/domain/completion';
import { editMode } from '@/lib/pure/domain/section-rules';
import { legalForm } from '@/lib/pure/domain/legal-forms';
import {
  completeInnramming,
  hostCompensationMessage,
  innrammingDefaults,
  innrammingSaveSchema,
  storedInnrammingValues,
  type InnrammingInput,
  type InnrammingSaveValues,
  type InnrammingValues,
} from '@/lib/pure/validation/phases/innramming';
import { describeInnramming } from '@/lib/pure/validation/phases/innramming-changes';
import { saveSection, type SectionSaveDef } from '../section-save';

export const NOT_A_MEMBER_MESSAGE = 'Deltakeren er ikke med i dette samarbeidet. Last siden på nytt.';

export const saveInnrammingSpec = {
  schema: innrammingSaveSchema,
  action: 'cooperation.edit' as const,
  resource: cooperationOf,
};

/** What only the stored cooperation can tell: are these its members, does it have a host? */
export function innrammingFieldErrors(input: InnrammingValues, dossier: Dossier): FieldErrors {
  const errors: FieldErrors = {};
  const memberIds = new Set(dossier.members.map((m) => m.id));
  input.members.forEach((m, i) => {
    if (!memberIds.has(m.id)) errors[`members.${i}.id`] = [NOT_A_MEMBER_MESSAGE];
  });
  const hosts = dossier.members.filter((m) => m.role === 'vertskommune').map((m) => m.name);
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

export const innrammingSave: SectionSaveDef<InnrammingSaveValues, Dossier, InnrammingValues, InnrammingInput, null> = {
  unit: 'innramming',
  load: loadPlanningDossier,
  storedValues: storedInnrammingValues,
  complete: completeInnramming,
  describe: describeInnramming,
  // A drift save sends only expected benefit and reporting; the rest is what is stored. A
  // whole-form save while running (completing blanks, lib/pure/domain/completion.ts) is not held to
  // what establishing requires: a missing host compensation is a follow-up, not an error.
  check(values, dossier, input) {
    if (input.scope === 'alt' && editMode(dossier.state) === 'alt') return innrammingFieldErrors(values, dossier);
    const memberIds = new Set(dossier.members.map((m) => m.id));
    const errors: FieldErrors = {};
    input.members.forEach((m, i) => {
      if (!memberIds.has(m.id)) errors[`members.${i}.id`] = [NOT_A_MEMBER_MESSAGE];
    });
    return errors;
  },
  openRules: (dossier) => openRuleIds(dossier),
  async write(db, values, dossier, ctx) {
    await writeFraming(db, values.cooperationId, toFraming(values, dossier), ctx.now);
    await replaceGoals(
      db,
      values.cooperationId,
      values.goals.map((g) => ({
        id: g.id ? g.id : null,
        statement: g.statement,
        indicator: g.indicator ?? '',
        baseline: g.baseline ?? '',
        target: g.target ?? '',
        deadline: g.deadline,
      })),
    );
    await updateMemberFraming(db, values.cooperationId, values.members, ctx.today);
    return null;
  },
  formValues: (dossier, version) => innrammingDefaults(dossier, version),
};

export function saveInnramming(input: InnrammingSaveValues, ctx: ActionContext) {
  return saveSection(innrammingSave, input, ctx);
}
