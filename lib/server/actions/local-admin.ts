import 'server-only';
// A municipality's own user administration: its rådmannsteam (or an administrator) invites
// users and grants or revokes the municipality's own roles (LOCAL_ROLES: rådmannsteam and
// folkevalgt) — in its own municipality only, never another's and never administrator.
// can('municipality.users') decides the municipality from the input; the handlers then make
// sure every row they touch belongs to that same municipality.
import type { z } from 'zod';
import { getMunicipality } from '@/db/queries/municipalities';
import { assignmentById, belongsToMunicipality, insertMunicipalityInvitation } from '@/db/queries/person-links';
import { grantRole, revokeRole } from '@/db/queries/users';
import { userStateDigest } from '@/db/queries/audit';
import { ActionError, type ActionContext } from '@/lib/server/action-core';
import { LOCAL_ROLES, type LocalRole } from '@/lib/pure/domain/person-links';
import { organisationTitle } from '@/lib/pure/domain/municipality';
import type { Mailer } from '@/lib/server/mail';
import { localGrantSchema, localInviteSchema, localRevokeSchema } from '@/lib/pure/validation/accounts';
import { inviteAccount } from './invitations';

export const LOCAL_MESSAGES = {
  noUser: 'Fant ikke brukeren blant kommunens brukere.',
  hasRole: 'Brukeren har allerede denne rollen i kommunen.',
  noAssignment: 'Fant ikke rollen blant kommunens roller. Den kan allerede være fjernet.',
  ownRole: 'Du kan ikke fjerne din egen rolle som rådmannsteam. Be en annen i rådmannsteamet eller en administrator om det.',
} as const;

const municipalityGate = <S extends z.ZodType<{ kommunenummer: string }>>(schema: S, name: string) => ({
  schema,
  action: 'municipality.users' as const,
  name,
  resource: async (input: { kommunenummer: string }, ctx: ActionContext) =>
    (await getMunicipality(ctx.db, input.kommunenummer)) ? { kind: 'municipality' as const, kommunenummer: input.kommunenummer } : null,
});
export const localInviteSpec = municipalityGate(localInviteSchema, 'inviteMunicipalityUser');
export const localGrantSpec = { ...municipalityGate(localGrantSchema, 'grantMunicipalityRole'), state: (input: { userId: string }, db: ActionContext['db']) => userStateDigest(db, input.userId) };
export const localRevokeSpec = municipalityGate(localRevokeSchema, 'revokeMunicipalityRole');

const isLocal = (role: string): role is LocalRole => (LOCAL_ROLES as readonly string[]).includes(role);

/**
 * Invites an e-mail address to the municipality with one of its roles. The answer is the same
 * whether the address had an account, and the invitation lists what the inviter typed until
 * the person accepts; only then is the role granted and the account among the municipality's.
 */
export async function inviteMunicipalityUser(input: z.output<typeof localInviteSchema>, ctx: ActionContext, mailer?: Mailer) {
  const municipality = (await getMunicipality(ctx.db, input.kommunenummer))!; // the gate found it
  const place = organisationTitle(municipality);
  const invited = await inviteAccount(
    ctx.db,
    { email: input.email, name: input.name, inviterId: ctx.user.id, inviterName: ctx.user.name, as: { kind: 'municipality', role: input.role, place }, kommunenummer: [input.kommunenummer] },
    ctx.now,
    mailer,
  );
  // The role is granted when the person accepts (db/queries/person-links.ts acceptInvitations).
  await insertMunicipalityInvitation(ctx.db, {
    kommunenummer: input.kommunenummer,
    userId: invited.userId,
    role: input.role,
    invitedName: input.name,
    invitedEmail: input.email,
    invitedBy: ctx.user.id,
    invitedAt: ctx.now,
    expiresAt: invited.expiresAt,
  });
  ctx.audit?.set({ resourceKind: 'municipality', resourceId: input.kommunenummer, details: { invitert: invited.userId, rolle: input.role } });
  return { message: `Invitasjonen er sendt til ${input.email}. Lenken virker i sju dager.` };
}

/** Grants a local role to someone already among the municipality's users. */
export async function grantMunicipalityRole(input: z.output<typeof localGrantSchema>, ctx: ActionContext) {
  if (!(await belongsToMunicipality(ctx.db, input.userId, input.kommunenummer))) throw new ActionError('not_found', LOCAL_MESSAGES.noUser);
  const result = await grantRole(ctx.db, { userId: input.userId, role: input.role, kommunenummer: input.kommunenummer, cooperationId: null, grantedBy: ctx.user.id });
  if (!result.created) throw new ActionError('invalid', LOCAL_MESSAGES.hasRole);
  ctx.audit?.set({ resourceKind: 'user', resourceId: input.userId, details: { kommune: input.kommunenummer, rolle: input.role } });
  return { id: result.id };
}

/** Revokes a local role of the municipality; a role elsewhere, or of another kind, is not found. */
export async function revokeMunicipalityRole(input: z.output<typeof localRevokeSchema>, ctx: ActionContext) {
  const assignment = await assignmentById(ctx.db, input.assignmentId);
  if (!assignment || assignment.revokedAt || assignment.kommunenummer !== input.kommunenummer || assignment.cooperationId !== null || !isLocal(assignment.role)) {
    throw new ActionError('not_found', LOCAL_MESSAGES.noAssignment);
  }
  if (assignment.userId === ctx.user.id && assignment.role === 'radmannsteam') throw new ActionError('invalid', LOCAL_MESSAGES.ownRole);
  const before = await userStateDigest(ctx.db, assignment.userId);
  if (!(await revokeRole(ctx.db, { assignmentId: assignment.id, revokedBy: ctx.user.id }))) throw new ActionError('not_found', LOCAL_MESSAGES.noAssignment);
  ctx.audit?.set({ resourceKind: 'user', resourceId: assignment.userId, beforeDigest: before, afterDigest: await userStateDigest(ctx.db, assignment.userId), details: { kommune: input.kommunenummer, rolle: assignment.role } });
  return null;
}
