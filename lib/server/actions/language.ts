import 'server-only';
// The language settings: a user's own language in the profile (profile.manage, their own row
// only) and a municipality's målform (municipality.language, administrators). Both are
// conflict-checked against the value the form was loaded with and audited with the row's
// digest before and after.
import type { z } from 'zod';
import { municipalityStateDigest, userStateDigest } from '@/db/queries/audit';
import { getMunicipality, updateMaalform } from '@/db/queries/municipalities';
import { updateUserLanguage } from '@/db/queries/users';
import { ActionError, type ActionContext } from '@/lib/server/action';
import { SYSTEM, type Resource } from '@/lib/pure/auth/can';
import { setLanguageSchema, setMaalformSchema } from '@/lib/pure/validation/language';

export const LANGUAGE_MESSAGES = {
  languageConflict: 'Språket ble endret i en annen fane eller på en annen enhet mens du valgte. Last siden på nytt og velg igjen.',
  maalformConflict: 'Noen andre endret målformen til kommunen mens du valgte. Last siden på nytt og se hva som gjelder nå.',
} as const;

export const setLanguageSpec = {
  schema: setLanguageSchema,
  action: 'profile.manage' as const,
  name: 'setLanguage',
  resource: () => SYSTEM,
};

export async function setLanguage(input: z.output<typeof setLanguageSchema>, ctx: ActionContext) {
  const { db, user } = ctx;
  ctx.audit?.set({ resourceKind: 'user', resourceId: user.id, beforeDigest: await userStateDigest(db, user.id) });
  if (!(await updateUserLanguage(db, { userId: user.id, language: input.language, expected: input.expected }))) {
    throw new ActionError('conflict', LANGUAGE_MESSAGES.languageConflict);
  }
  ctx.audit?.set({ afterDigest: await userStateDigest(db, user.id), details: { sprak: input.language } });
  return { language: input.language };
}

export const setMaalformSpec = {
  schema: setMaalformSchema,
  action: 'municipality.language' as const,
  name: 'setMaalform',
  /** An unknown municipality is a 404, not a conflict. */
  resource: async (input: z.output<typeof setMaalformSchema>, { db }: ActionContext): Promise<Resource | null> =>
    (await getMunicipality(db, input.kommunenummer)) ? { kind: 'municipality', kommunenummer: input.kommunenummer } : null,
  state: (input: z.output<typeof setMaalformSchema>, db: ActionContext['db']) => municipalityStateDigest(db, input.kommunenummer),
};

export async function setMaalform(input: z.output<typeof setMaalformSchema>, ctx: ActionContext) {
  if (!(await updateMaalform(ctx.db, input))) throw new ActionError('conflict', LANGUAGE_MESSAGES.maalformConflict);
  ctx.audit?.set({ resourceKind: 'municipality', resourceId: input.kommunenummer, details: { malform: input.maalform } });
  return { maalform: input.maalform };
}
