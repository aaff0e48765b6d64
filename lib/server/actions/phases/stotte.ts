import 'server-only';
// Saving the Støtte og tilrettelegging phase: the sponsors and the support texts, through the
// one save convention (lib/server/actions/section-save.ts). Both sections may change in drift, so
// a new political sponsor after an election needs no council vote. The 'use server' module
// binds this to the session (app/(app)/samarbeid/[id]/stotte/actions.ts); tests call it
// through runAction.
import type { z } from 'zod';
import { cooperationOf } from '@/lib/server/actions/cooperation-resource';
import { loadStottePhase, replaceSponsors, saveSupport, type StottePhase } from '@/db/queries/phases/stotte';
import { lapseLinks } from '@/db/queries/person-links';
import { ActionError, type ActionContext, type FieldErrors } from '@/lib/server/action-core';
import { reconfirmSchema, replaceSponsorSchema } from '@/lib/pure/validation/elections';
import { stotteSchema, storedStotteValues } from '@/lib/pure/validation/phases/stotte';
import { describeStotte } from '@/lib/pure/validation/phases/stotte-changes';
import { saveSection, type SectionSaveDef } from '../section-save';

type Input = z.output<typeof stotteSchema>;

const NOT_A_MEMBER = 'Deltakeren er ikke med i dette samarbeidet.';

export const saveStotteSpec = {
  schema: stotteSchema,
  action: 'cooperation.edit' as const,
  resource: cooperationOf,
};

export const stotteSave: SectionSaveDef<Input, StottePhase, Input, StottePhase, { created: number; updated: number; deleted: number }> = {
  unit: 'stotte',
  load: loadStottePhase,
  storedValues: (stored) => storedStotteValues('', stored),
  complete: (input) => input,
  describe: (values, stored) => describeStotte(values, stored, stored.members),
  check(values, stored) {
    const members = new Set(stored.members.map((m) => m.id));
    const errors: FieldErrors = {};
    values.sponsors.forEach((s, i) => {
      if (!members.has(s.memberId)) errors[`sponsors.${i}.memberId`] = [NOT_A_MEMBER];
    });
    return errors;
  },
  async write(db, values, stored, ctx) {
    const sponsors = await replaceSponsors(db, values.cooperationId, values.sponsors, ctx.now);
    await lapseLinks(db, values.cooperationId, ctx.user.id); // a replaced sponsor's account loses the role
    const support = { ...stored.support, practicalSupport: values.practicalSupport, minimumFunding: values.minimumFunding, professionalCommunity: values.professionalCommunity };
    await saveSupport(db, values.cooperationId, support, ctx.now);
    return sponsors;
  },
  // The form rebuilds its values from the phase (stotteValues) and shows confirmations from it.
  formValues: (stored) => stored,
};

export function saveStotte(input: Input, ctx: ActionContext) {
  return saveSection(stotteSave, input, ctx);
}

const NO_SUCH_SPONSOR = 'Fant ikke sponsoren i dette samarbeidet.';

export const reconfirmSpec = {
  schema: reconfirmSchema,
  action: 'cooperation.edit' as const,
  resource: cooperationOf,
};

/** Re-confirming one sponsor after an election (the overview's button): a Støtte save of that tick alone. */
export function reconfirmSponsor(input: z.output<typeof reconfirmSchema>, ctx: ActionContext) {
  return saveSection(
    {
      ...stotteSave,
      complete: (_input: z.output<typeof reconfirmSchema>, stored: StottePhase) => {
        if (!stored.sponsors.some((s) => s.id === input.sponsorId)) throw new ActionError('not_found', NO_SUCH_SPONSOR);
        const values = storedStotteValues(input.cooperationId, stored);
        return { ...values, sponsors: values.sponsors.map((s) => ({ ...s, reconfirm: s.id === input.sponsorId })) };
      },
      check: undefined,
    },
    input,
    ctx,
  );
}

export const replaceSponsorSpec = {
  schema: replaceSponsorSchema,
  action: 'cooperation.edit' as const,
  resource: cooperationOf,
};

/**
 * Replacing a sponsor who does not continue after an election (the overview's "Erstattes"): a
 * Støtte save of that one row. The new person takes the same seat (member and kind), counts as
 * confirmed from now, and neither the old account link nor the old contact note follows them
 * (db/queries/phases/stotte.ts replaceSponsors treats a new name as a new person).
 */
export function replaceSponsor(input: z.output<typeof replaceSponsorSchema>, ctx: ActionContext) {
  return saveSection(
    {
      ...stotteSave,
      complete: (_input: z.output<typeof replaceSponsorSchema>, stored: StottePhase) => {
        if (!stored.sponsors.some((s) => s.id === input.sponsorId)) throw new ActionError('not_found', NO_SUCH_SPONSOR);
        const values = storedStotteValues(input.cooperationId, stored);
        return {
          ...values,
          sponsors: values.sponsors.map((s) => (s.id === input.sponsorId ? { ...s, name: input.name, title: input.title, leaderContact: null, reconfirm: true } : s)),
        };
      },
      check: undefined,
    },
    input,
    ctx,
  );
}
