// Saving the Støtte og tilrettelegging phase: the sponsors and the support texts, in one
// transaction, only while the phases are editable. The 'use server' module binds this to
// the session (app/(app)/samarbeid/[id]/stotte/actions.ts); tests call it through runAction.
import type { z } from 'zod';
import { cooperationResource } from '@/db/queries/dossier';
import { lockForStotte, replaceSponsors, saveSupport } from '@/db/queries/phases/stotte';
import { ActionError, MESSAGES, type ActionContext, type FieldErrors } from '@/lib/action';
import { NOT_EDITABLE_MESSAGE, phasesEditable } from '@/lib/domain/editable';
import { stotteSchema } from '@/lib/validation/phases/stotte';

type Input = z.output<typeof stotteSchema>;

export const saveStotteSpec = {
  schema: stotteSchema,
  action: 'cooperation.edit' as const,
  resource: (input: Input, ctx: ActionContext) => cooperationResource(ctx.db, input.cooperationId),
};

export async function saveStotte(input: Input, ctx: ActionContext, now: Date = new Date()) {
  return ctx.db.transaction(async (tx) => {
    const lock = await lockForStotte(tx, input.cooperationId);
    if (!lock) throw new ActionError('not_found', MESSAGES.not_found);
    if (!phasesEditable(lock.state)) throw new ActionError('invalid', NOT_EDITABLE_MESSAGE);

    const fieldErrors: FieldErrors = {};
    input.sponsors.forEach((s, i) => {
      if (!lock.memberIds.has(s.memberId)) fieldErrors[`sponsors.${i}.memberId`] = ['Deltakeren er ikke med i dette samarbeidet.'];
    });
    if (Object.keys(fieldErrors).length > 0) throw new ActionError('invalid', MESSAGES.invalid, fieldErrors);

    const sponsors = await replaceSponsors(tx, input.cooperationId, input.sponsors, now);
    await saveSupport(
      tx,
      input.cooperationId,
      {
        ...lock.support,
        practicalSupport: input.practicalSupport,
        minimumFunding: input.minimumFunding,
        professionalCommunity: input.professionalCommunity,
      },
      now,
    );
    return { cooperationId: input.cooperationId, sponsors };
  });
}
