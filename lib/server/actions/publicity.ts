import 'server-only';
// Showing or hiding a cooperation in the public register, through the one save convention
// (lib/server/actions/section-save.ts). May change in drift; the form asks for a confirmation first.
import { cooperationOf } from '@/lib/server/actions/cooperation-resource';
import { loadPublicity, setPublicity } from '@/db/queries/publicity';
import type { ActionContext } from '@/lib/server/action-core';
import { describePublicity, publicitySchema, type PublicityValues } from '@/lib/pure/validation/publicity';
import { saveSection, type SectionSaveDef } from './section-save';

export const savePublicitySpec = {
  schema: publicitySchema,
  action: 'cooperation.edit' as const,
  resource: cooperationOf,
};

type Stored = { isPublic: boolean };

export const publicitySave: SectionSaveDef<PublicityValues, Stored, PublicityValues, Stored, null> = {
  unit: 'offentlighet',
  load: loadPublicity,
  storedValues: (stored) => ({ cooperationId: '', version: 0, isPublic: stored.isPublic }),
  complete: (input) => input,
  describe: describePublicity,
  async write(db, values, _stored, ctx) {
    await setPublicity(db, values.cooperationId, values.isPublic, ctx.now);
    return null;
  },
  formValues: (stored) => stored,
};

export function savePublicity(input: PublicityValues, ctx: ActionContext) {
  return saveSection(publicitySave, input, ctx);
}
