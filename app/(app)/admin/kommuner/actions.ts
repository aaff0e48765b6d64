'use server';
// An administrator sets a municipality's målform: a thin binding of lib/server/actions/language.ts.
import { revalidatePath } from 'next/cache';
import { authedAction } from '@/lib/server/authed-action';
import { setMaalform, setMaalformSpec } from '@/lib/server/actions/language';

const save = authedAction(setMaalformSpec, setMaalform);

export async function setMaalformAction(input: unknown) {
  const result = await save(input);
  if (result.ok && typeof input === 'object' && input && 'kommunenummer' in input) {
    revalidatePath('/admin/kommuner');
    revalidatePath(`/innsyn/kommune/${String(input.kommunenummer)}`, 'layout');
  }
  return result;
}
