import 'server-only';
// Creating a cooperation: a rådmannsteam starts one on behalf of its own municipality.
import type { z } from 'zod';
import { createCooperation } from '@/db/queries/cooperations';
import { getMunicipalityNames, listTaskAreas } from '@/db/queries/municipalities';
import { ActionError, type ActionContext } from '@/lib/server/action';
import { newCooperationSchema } from '@/lib/pure/validation/cooperation';

type Input = z.output<typeof newCooperationSchema>;

export const createCooperationSpec = {
  schema: newCooperationSchema,
  action: 'cooperation.create' as const,
  resource: (input: Input) => ({ kind: 'municipality' as const, kommunenummer: input.initiatingKommunenummer }),
};

export async function createCooperationHandler(input: Input, { db, user }: ActionContext): Promise<{ id: string }> {
  const numbers = input.members.map((m) => m.kommunenummer).filter((k): k is string => k !== null);
  const known = await getMunicipalityNames(db, numbers);
  const fieldErrors: Record<string, string[]> = {};
  input.members.forEach((m, i) => {
    if (m.kommunenummer && !known.has(m.kommunenummer)) fieldErrors[`members.${i}.kommunenummer`] = ['Ukjent kommunenummer.'];
  });
  if (!(await listTaskAreas(db)).some((a) => a.id === input.taskAreaId)) fieldErrors.taskAreaId = ['Velg et oppgavefelt fra listen.'];
  if (Object.keys(fieldErrors).length > 0) throw new ActionError('invalid', 'Noen av feltene må rettes før du kan lagre.', fieldErrors);
  const id = await createCooperation(db, { ...input, createdBy: user.id });
  return { id };
}
