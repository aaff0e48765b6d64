import 'server-only';
// Saving the design phase through the one save convention (lib/server/actions/section-save.ts):
// legal form and rationale, member roles, governing bodies, the operative leader, the
// mandate and working methods. In drift only the leader and the working methods may change
// (the form sends scope 'drift'); the rest needs member decisions. The 'use server' module
// binds this to the session (app/(app)/samarbeid/[id]/design/actions.ts); tests call it
// through runAction.
import { randomUUID } from 'node:crypto';
import { lapseLinks } from '@/db/queries/person-links';
import { cooperationOf } from '@/lib/server/actions/cooperation-resource';
import { loadPlanningDossier } from '@/db/queries/phases/planning-dossier';
import { writeDesign, updateMemberRoles } from '@/db/queries/phases/design';
import type { ActionContext, FieldErrors } from '@/lib/server/action-core';
import type { Design, Dossier, GoverningBody } from '@/lib/pure/domain/dossier';
import { openRuleIds } from '@/lib/pure/domain/completion';
import { legalForm } from '@/lib/pure/domain/legal-forms';
import { completeDesign, designDefaults, designSaveSchema, storedDesignValues, type DesignInput, type DesignSaveValues, type DesignValues } from '@/lib/pure/validation/phases/design';
import { describeDesign } from '@/lib/pure/validation/phases/design-changes';
import { saveSection, type SectionSaveDef } from '../section-save';

export const NOT_A_MEMBER_MESSAGE = 'Deltakeren er ikke med i dette samarbeidet. Last siden på nytt.';
export const LEGACY_FORM_MESSAGE =
  'Eldre samarbeidsformer kan bare stå på samarbeid som allerede er registrert med dem. Velg en av dagens former.';

export const saveDesignSpec = {
  schema: designSaveSchema,
  action: 'cooperation.edit' as const,
  resource: cooperationOf,
};

/** What only the stored cooperation can tell: its members, and which form it already had. */
export function designFieldErrors(input: DesignValues, dossier: Dossier): FieldErrors {
  const errors: FieldErrors = {};
  const memberIds = new Set(dossier.members.map((m) => m.id));
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

export const designSave: SectionSaveDef<DesignSaveValues, Dossier, DesignValues, DesignInput, null> = {
  unit: 'design',
  load: loadPlanningDossier,
  storedValues: storedDesignValues,
  complete: completeDesign,
  describe: describeDesign,
  // A drift save sends only the leader and the working methods; the rest is what is stored.
  check: (values, dossier, input) => (input.scope === 'alt' ? designFieldErrors(values, dossier) : {}),
  openRules: (dossier) => openRuleIds(dossier),
  async write(db, values, dossier, ctx) {
    await writeDesign(db, values.cooperationId, toDesign(values, dossier), ctx.now);
    await lapseLinks(db, values.cooperationId, ctx.user.id); // a new leader's predecessor loses the role
    await updateMemberRoles(db, values.cooperationId, values.members, ctx.today);
    return null;
  },
  formValues: (dossier, version) => designDefaults(dossier, version),
};

export function saveDesign(input: DesignSaveValues, ctx: ActionContext) {
  return saveSection(designSave, input, ctx);
}
