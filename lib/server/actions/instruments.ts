import 'server-only';
// Saving the list of metastyring instruments in use, through the one save convention
// (lib/server/actions/section-save.ts); documents and links may change in drift. Catalogue
// instruments take their label and family from the catalogue, so a stale or tampered form
// cannot misfile them.
import type { z } from 'zod';
import { cooperationOf } from '@/lib/server/actions/cooperation-resource';
import { listInstrumentUses, replaceInstrumentUses, type InstrumentUseToSave } from '@/db/queries/instruments';
import type { ActionContext } from '@/lib/server/action-core';
import type { InstrumentUse } from '@/lib/pure/domain/dossier';
import { instrument } from '@/lib/pure/domain/instruments';
import { describeInstruments, storedInstrumentValues } from '@/lib/pure/validation/instrument-values';
import { instrumentsSchema } from '@/lib/pure/validation/instruments';
import { saveSection, type SectionSaveDef } from './section-save';

type Input = z.output<typeof instrumentsSchema>;

export const saveInstrumentsSpec = {
  schema: instrumentsSchema,
  action: 'cooperation.edit' as const,
  resource: cooperationOf,
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

export const instrumentsSave: SectionSaveDef<Input, InstrumentUse[], Input, InstrumentUse[], { kept: number; created: number; deleted: number }> = {
  unit: 'virkemidler',
  load: listInstrumentUses,
  storedValues: (stored) => storedInstrumentValues('', stored),
  complete: (input) => input,
  describe: describeInstruments,
  write: (db, values, _stored, ctx) => replaceInstrumentUses(db, values.cooperationId, values.instruments.map(toInstrumentUse), ctx.now),
  formValues: (stored) => stored,
};

export function saveInstruments(input: Input, ctx: ActionContext) {
  return saveSection(instrumentsSave, input, ctx);
}
