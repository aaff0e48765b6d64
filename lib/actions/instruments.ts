// Saving the list of metastyring instruments in use. Catalogue instruments take their label
// and family from the catalogue, so a stale or tampered form cannot misfile them.
import type { z } from 'zod';
import { cooperationResource } from '@/db/queries/dossier';
import { lockForInstruments, replaceInstrumentUses, type InstrumentUseToSave } from '@/db/queries/instruments';
import { ActionError, MESSAGES, type ActionContext } from '@/lib/action';
import { NOT_EDITABLE_MESSAGE, phasesEditable } from '@/lib/domain/editable';
import { instrument } from '@/lib/domain/instruments';
import { instrumentsSchema } from '@/lib/validation/instruments';

type Input = z.output<typeof instrumentsSchema>;

export const saveInstrumentsSpec = {
  schema: instrumentsSchema,
  action: 'cooperation.edit' as const,
  resource: (input: Input, ctx: ActionContext) => cooperationResource(ctx.db, input.cooperationId),
};

export function toInstrumentUse(u: Input['instruments'][number]): InstrumentUseToSave {
  const known = instrument(u.code);
  // The schema guarantees label and family for custom instruments; the fallbacks only satisfy the types.
  return {
    id: u.id,
    code: known?.code ?? null,
    label: known?.label ?? u.label ?? '',
    family: known?.family ?? u.family ?? 'innramming',
    status: u.status,
    documentUrl: u.documentUrl,
  };
}

export async function saveInstruments(input: Input, ctx: ActionContext, now: Date = new Date()) {
  return ctx.db.transaction(async (tx) => {
    const lock = await lockForInstruments(tx, input.cooperationId);
    if (!lock) throw new ActionError('not_found', MESSAGES.not_found);
    if (!phasesEditable(lock.state)) throw new ActionError('invalid', NOT_EDITABLE_MESSAGE);
    const result = await replaceInstrumentUses(tx, input.cooperationId, input.instruments.map(toInstrumentUse), now);
    return { cooperationId: input.cooperationId, ...result };
  });
}
