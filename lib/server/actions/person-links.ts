import 'server-only';
// Linking the people a cooperation's phases name to user accounts: pick an account of the
// member's municipality, invite an e-mail address, or remove the link. Each link grants the
// matching cooperation role (a picked account at once, an invited one when the person
// accepts), so the person can read the cooperation and is invited to its evaluations;
// removing it revokes that role. Runs inside the action wrapper's transaction
// (authorised with 'cooperation.people', validated, audited) with the cooperation row locked;
// the page's view of the person's link is the version checked against.
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '@/db/client';
import { lockForSave } from '@/db/queries/change-log';
import { cooperationOf } from '@/lib/server/actions/cooperation-resource';
import { memberNamesFrom, type MemberName } from '@/db/queries/member-names';
import { deleteLink, insertLink, linkById, linksOf, setSponsorUser, usersOfMunicipalities, type PersonLinkView } from '@/db/queries/person-links';
import { grantRole, revokeRole } from '@/db/queries/users';
import { cooperations, sponsors } from '@/db/schema';
import { ActionError, type ActionContext } from '@/lib/server/action-core';
import { mayLinkFor, sponsorRole, type LinkRole } from '@/lib/pure/domain/person-links';
import { frozenMessage } from '@/lib/pure/domain/section-rules';
import type { Mailer } from '@/lib/server/mail';
import { invitePersonSchema, linkUserSchema, personSchema, unlinkPersonSchema } from '@/lib/pure/validation/accounts';
import { inviteAccount } from './invitations';

export const LINK_MESSAGES = {
  conflict: 'Kontokoblingen for denne personen er endret av noen andre etter at du åpnet siden. Se hva som gjelder nå, og prøv igjen.',
  noPerson: 'Fant ikke personen i dette samarbeidet.',
  noLeader: 'Skriv inn navnet på operativ leder på Design-siden før du kobler en brukerkonto.',
  notYourMember: 'Du kan bare koble personer som representerer din egen kommune. Be rådmannsteamet i kommunen eller operativ leder om å gjøre det.',
  noUser: 'Fant ikke brukeren blant brukerne i kommunen. Søk igjen, eller inviter personen på e-post.',
  alreadyRepresentative: 'Personen er allerede representant for denne deltakeren.',
  noLink: 'Koblingen finnes ikke lenger.',
} as const;

/** How many accounts the picker lists at once (narrow the search for more). */
export const PICKER_LIMIT = 20;

const spec = <S extends z.ZodType<{ cooperationId: string }>>(schema: S, name: string) => ({
  schema,
  action: 'cooperation.people' as const,
  name,
  resource: cooperationOf,
});
export const linkUserSpec = spec(linkUserSchema, 'linkPersonToUser');
export const invitePersonSpec = spec(invitePersonSchema, 'invitePerson');
export const unlinkPersonSpec = spec(unlinkPersonSchema, 'unlinkPerson');

export interface Person {
  role: LinkRole;
  sponsorId: string | null;
  member: MemberName | null;
  /** The name the phase gives the person; null for a representative not yet named. */
  name: string | null;
  /** The link the person has now (sponsor, leader); null for a new representative. */
  current: PersonLinkView | null;
  /** The municipalities whose users may be picked. */
  kommunenummer: string[];
  cooperationName: string;
}

/** The person the input points at, as the phase names them now; throws not_found otherwise. */
export async function resolvePerson(db: Db, input: z.output<typeof personSchema>, today: ActionContext['today']): Promise<Person> {
  const [coop] = await db.select({ name: cooperations.name, design: cooperations.design }).from(cooperations).where(eq(cooperations.id, input.cooperationId));
  if (!coop) throw new ActionError('not_found', LINK_MESSAGES.noPerson);
  const members = await memberNamesFrom(db, input.cooperationId, today);
  const links = await linksOf(db, input.cooperationId);
  const municipal = (m: MemberName | null) => (m ? (m.kommunenummer ? [m.kommunenummer] : []) : members.flatMap((x) => (x.kommunenummer ? [x.kommunenummer] : [])));
  const base = { cooperationName: coop.name };
  if (input.role === 'politisk_sponsor' || input.role === 'administrativ_sponsor') {
    const [sponsor] = input.sponsorId
      ? await db.select().from(sponsors).where(and(eq(sponsors.id, input.sponsorId), eq(sponsors.cooperationId, input.cooperationId)))
      : [];
    if (!sponsor || sponsorRole(sponsor.kind) !== input.role) throw new ActionError('not_found', LINK_MESSAGES.noPerson);
    const member = members.find((m) => m.id === sponsor.memberId) ?? null;
    if (!member) throw new ActionError('not_found', LINK_MESSAGES.noPerson);
    const current = links.find((l) => l.sponsorId === sponsor.id) ?? null;
    return { ...base, role: input.role, sponsorId: sponsor.id, member, name: sponsor.name, current, kommunenummer: municipal(member) };
  }
  if (input.role === 'operativ_leder') {
    const name = coop.design?.leader?.name?.trim() || null;
    if (!name) throw new ActionError('invalid', LINK_MESSAGES.noLeader);
    const current = links.find((l) => l.role === 'operativ_leder') ?? null;
    return { ...base, role: input.role, sponsorId: null, member: null, name, current, kommunenummer: municipal(null) };
  }
  const member = members.find((m) => m.id === input.memberId) ?? null;
  if (!member) throw new ActionError('not_found', LINK_MESSAGES.noPerson);
  return { ...base, role: input.role, sponsorId: null, member, name: null, current: null, kommunenummer: municipal(member) };
}

/** Lock, state, the person, who may link them, and the version the page showed. */
async function prepare(input: z.output<typeof personSchema>, ctx: ActionContext): Promise<Person> {
  const lock = await lockForSave(ctx.db, input.cooperationId);
  if (!lock) throw new ActionError('not_found', LINK_MESSAGES.noPerson);
  const frozen = frozenMessage(lock.state);
  if (frozen) throw new ActionError('invalid', frozen);
  const person = await resolvePerson(ctx.db, input, ctx.today);
  if (!mayLinkFor(ctx.user.roles, input.cooperationId, person.member?.kommunenummer ?? null)) throw new ActionError('forbidden', LINK_MESSAGES.notYourMember);
  if (person.role !== 'medlemsrepresentant' && (person.current?.id ?? null) !== input.expectedLinkId) throw new ActionError('conflict', LINK_MESSAGES.conflict);
  return person;
}

/** Ends the link, and the role it granted (a role the person held before the link stays). */
async function endLink(db: Db, link: { id: string; sponsorId: string | null; roleAssignmentId: string | null }, cooperationId: string, actorId: string) {
  await deleteLink(db, { id: link.id, cooperationId, sponsorId: link.sponsorId });
  if (link.roleAssignmentId) await revokeRole(db, { assignmentId: link.roleAssignmentId, revokedBy: actorId });
}

async function link(ctx: ActionContext, input: { cooperationId: string }, person: Person, target: { userId: string; personName: string; invitation: { expiresAt: Date } | null }) {
  const { db, user, now } = ctx;
  if (person.role === 'medlemsrepresentant') {
    const existing = (await linksOf(db, input.cooperationId)).find((l) => l.role === 'medlemsrepresentant' && l.memberId === person.member?.id && l.userId === target.userId);
    // A pending invitation to the same person is sent again; an accepted or picked link stays.
    if (existing && !(target.invitation && existing.invitedAt && !existing.acceptedAt)) throw new ActionError('invalid', LINK_MESSAGES.alreadyRepresentative);
    if (existing) await endLink(db, existing, input.cooperationId, user.id);
  }
  if (person.current) await endLink(db, person.current, input.cooperationId, user.id);
  // A picked account gets the role now; an invited one when the person accepts (acceptInvitations).
  const grant = target.invitation ? null : await grantRole(db, { userId: target.userId, role: person.role, kommunenummer: person.member?.kommunenummer ?? null, cooperationId: input.cooperationId, grantedBy: user.id });
  const id = await insertLink(db, {
    cooperationId: input.cooperationId,
    role: person.role,
    sponsorId: person.sponsorId,
    memberId: person.member?.id ?? null,
    personName: target.personName,
    userId: target.userId,
    roleAssignmentId: grant?.created ? grant.id : null,
    invitedAt: target.invitation ? now : null,
    invitationExpiresAt: target.invitation?.expiresAt ?? null,
    createdBy: user.id,
    createdAt: now,
  });
  if (person.sponsorId && !target.invitation) await setSponsorUser(db, { cooperationId: input.cooperationId, sponsorId: person.sponsorId, userId: target.userId });
  ctx.audit?.set({ resourceKind: 'cooperation', resourceId: input.cooperationId, details: { kobling: id, rolle: person.role, person: target.personName, invitert: target.invitation !== null } });
  return { linkId: id };
}

/** Links the person to an account of the member's municipality (of any member's, for the leader). */
export async function linkPersonToUser(input: z.output<typeof linkUserSchema>, ctx: ActionContext) {
  const person = await prepare(input, ctx);
  const [account] = await usersOfMunicipalities(ctx.db, { kommunenummer: person.kommunenummer, userId: input.userId, limit: 1 });
  if (!account) throw new ActionError('not_found', LINK_MESSAGES.noUser);
  return link(ctx, input, person, { userId: account.id, personName: person.name ?? account.name, invitation: null });
}

/**
 * Invites the e-mail address and links the person to its account. Whether the address had an
 * account, the inviter sees the same: "Invitasjon sendt", pending until the person accepts.
 */
export async function invitePerson(input: z.output<typeof invitePersonSchema>, ctx: ActionContext, mailer?: Mailer) {
  const person = await prepare(input, ctx);
  const personName = person.name ?? input.name;
  const invited = await inviteAccount(
    ctx.db,
    { email: input.email, name: input.name, inviterId: ctx.user.id, inviterName: ctx.user.name, as: { kind: 'cooperation', role: person.role, memberName: person.member?.name ?? null, cooperationName: person.cooperationName },
      kommunenummer: person.kommunenummer,
    },
    ctx.now,
    mailer,
  );
  await link(ctx, input, person, { userId: invited.userId, personName, invitation: { expiresAt: invited.expiresAt } });
  return { message: `Invitasjonen er sendt til ${input.email}. Lenken virker i sju dager.` };
}

export async function unlinkPerson(input: z.output<typeof unlinkPersonSchema>, ctx: ActionContext) {
  const lock = await lockForSave(ctx.db, input.cooperationId);
  const frozen = lock ? frozenMessage(lock.state) : null;
  if (frozen) throw new ActionError('invalid', frozen);
  const current = await linkById(ctx.db, input.cooperationId, input.linkId);
  if (!current) throw new ActionError('not_found', LINK_MESSAGES.noLink);
  const member = current.memberId ? (await memberNamesFrom(ctx.db, input.cooperationId, ctx.today)).find((m) => m.id === current.memberId) : null;
  if (!mayLinkFor(ctx.user.roles, input.cooperationId, member?.kommunenummer ?? null)) throw new ActionError('forbidden', LINK_MESSAGES.notYourMember);
  await endLink(ctx.db, current, input.cooperationId, ctx.user.id);
  ctx.audit?.set({ resourceKind: 'cooperation', resourceId: input.cooperationId, details: { kobling: current.id, rolle: current.role, person: current.personName, fjernet: true } });
  return null;
}
