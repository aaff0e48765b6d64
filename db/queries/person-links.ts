import 'server-only';
// People linked to accounts (person_links), the users a municipality may pick from, and the
// users of one municipality for its own rådmannsteam. Every list is scoped and limited in SQL.
import { and, asc, desc, eq, gt, ilike, inArray, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { cooperationMembers, cooperations, municipalityInvitations, personLinks, roleAssignments, sponsors, users, type PersonLinkRole, type Role } from '../schema';
import { grantRole, revokeRole } from './users';
import { likePattern } from './like';

export interface PersonLinkView {
  id: string;
  role: PersonLinkRole;
  sponsorId: string | null;
  memberId: string | null;
  personName: string;
  userId: string;
  userName: string;
  email: string;
  invitedAt: Date | null;
  invitationExpiresAt: Date | null;
  acceptedAt: Date | null;
  roleAssignmentId: string | null;
}

const VIEW = {
  id: personLinks.id,
  role: personLinks.role,
  sponsorId: personLinks.sponsorId,
  memberId: personLinks.memberId,
  personName: personLinks.personName,
  userId: personLinks.userId,
  userName: users.name,
  email: users.email,
  invitedAt: personLinks.invitedAt,
  invitationExpiresAt: personLinks.invitationExpiresAt,
  acceptedAt: personLinks.acceptedAt,
  roleAssignmentId: personLinks.roleAssignmentId,
};

export async function linksOf(db: Db, cooperationId: string): Promise<PersonLinkView[]> {
  return db.select(VIEW).from(personLinks).innerJoin(users, eq(users.id, personLinks.userId)).where(eq(personLinks.cooperationId, cooperationId)).orderBy(asc(personLinks.createdAt));
}

export async function linkById(db: Db, cooperationId: string, id: string): Promise<PersonLinkView | null> {
  const [row] = await db
    .select(VIEW)
    .from(personLinks)
    .innerJoin(users, eq(users.id, personLinks.userId))
    .where(and(eq(personLinks.id, id), eq(personLinks.cooperationId, cooperationId)));
  return row ?? null;
}

export type NewPersonLink = typeof personLinks.$inferInsert;

export async function insertLink(db: Db, link: NewPersonLink): Promise<string> {
  const [row] = await db.insert(personLinks).values(link).returning({ id: personLinks.id });
  return row!.id;
}

/** Removes the link; a sponsor's account column follows it. */
export async function deleteLink(db: Db, link: { id: string; cooperationId: string; sponsorId: string | null }): Promise<void> {
  await db.delete(personLinks).where(and(eq(personLinks.id, link.id), eq(personLinks.cooperationId, link.cooperationId)));
  if (link.sponsorId) await db.update(sponsors).set({ userId: null }).where(and(eq(sponsors.id, link.sponsorId), eq(sponsors.cooperationId, link.cooperationId)));
}

export async function setSponsorUser(db: Db, params: { cooperationId: string; sponsorId: string; userId: string | null }): Promise<void> {
  await db.update(sponsors).set({ userId: params.userId }).where(and(eq(sponsors.id, params.sponsorId), eq(sponsors.cooperationId, params.cooperationId)));
}

/**
 * The invited person has chosen a password with the link or signed in: every invitation of
 * theirs still open is accepted, and only now are the roles granted (by the inviter), so an
 * invitation to an existing account shows nothing of it before its owner has acted.
 */
export async function acceptInvitations(db: Db, userId: string, now: Date): Promise<number> {
  const links = await db
    .select({ id: personLinks.id, cooperationId: personLinks.cooperationId, role: personLinks.role, sponsorId: personLinks.sponsorId, createdBy: personLinks.createdBy, kommunenummer: cooperationMembers.kommunenummer })
    .from(personLinks)
    .leftJoin(cooperationMembers, eq(cooperationMembers.id, personLinks.memberId))
    .where(and(eq(personLinks.userId, userId), isNotNull(personLinks.invitedAt), isNull(personLinks.acceptedAt), gt(personLinks.invitationExpiresAt, now)));
  for (const link of links) {
    const grant = await grantRole(db, { userId, role: link.role, kommunenummer: link.kommunenummer, cooperationId: link.cooperationId, grantedBy: link.createdBy });
    await db.update(personLinks).set({ acceptedAt: now, roleAssignmentId: grant.created ? grant.id : null }).where(eq(personLinks.id, link.id));
    if (link.sponsorId) await setSponsorUser(db, { cooperationId: link.cooperationId, sponsorId: link.sponsorId, userId });
  }
  const invitations = await db
    .select()
    .from(municipalityInvitations)
    .where(and(eq(municipalityInvitations.userId, userId), isNull(municipalityInvitations.acceptedAt), gt(municipalityInvitations.expiresAt, now)));
  for (const inv of invitations) {
    await grantRole(db, { userId, role: inv.role, kommunenummer: inv.kommunenummer, cooperationId: null, grantedBy: inv.invitedBy });
    await db.update(municipalityInvitations).set({ acceptedAt: now }).where(eq(municipalityInvitations.id, inv.id));
  }
  return links.length + invitations.length;
}

export async function insertMunicipalityInvitation(db: Db, invitation: typeof municipalityInvitations.$inferInsert): Promise<void> {
  await db.insert(municipalityInvitations).values(invitation);
}

/** The municipality's invitations not yet accepted (newest first), as the inviter typed them; expired ones for a month. */
export async function pendingMunicipalityInvitations(db: Db, kommunenummer: string, now: Date, limit = 50) {
  const monthAgo = new Date(now.getTime() - INVITATION_KEEP_DAYS * 24 * 60 * 60 * 1000);
  return db
    .select({ id: municipalityInvitations.id, name: municipalityInvitations.invitedName, email: municipalityInvitations.invitedEmail, role: municipalityInvitations.role, invitedAt: municipalityInvitations.invitedAt, expiresAt: municipalityInvitations.expiresAt })
    .from(municipalityInvitations)
    .where(and(eq(municipalityInvitations.kommunenummer, kommunenummer), isNull(municipalityInvitations.acceptedAt), gt(municipalityInvitations.expiresAt, monthAgo)))
    .orderBy(desc(municipalityInvitations.invitedAt))
    .limit(limit);
}

/** How long an expired invitation stays listed (above), and an accepted one is kept, before the clean-up job removes it. */
export const INVITATION_KEEP_DAYS = 30;

/** The hourly clean-up (lib/server/jobs/cleanup.ts): invitations accepted or expired more than INVITATION_KEEP_DAYS ago; the audit log keeps what happened. */
export async function pruneMunicipalityInvitations(db: Db, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - INVITATION_KEEP_DAYS * 24 * 60 * 60 * 1000);
  const rows = await db
    .delete(municipalityInvitations)
    .where(or(lt(municipalityInvitations.expiresAt, cutoff), lt(municipalityInvitations.acceptedAt, cutoff)))
    .returning({ id: municipalityInvitations.id });
  return rows.length;
}

/** `%` and `_` typed by a user are matched as themselves. */

export interface PickableUser {
  id: string;
  name: string;
  email: string;
  title: string | null;
}

/**
 * Active users holding a live role in one of the municipalities (rådmannsteam, folkevalgt,
 * or a cooperation role acting for it), matching the query on name or e-mail; at most `limit`.
 * This is the whole directory a person may be linked from: nobody else's account is listed.
 */
export async function usersOfMunicipalities(db: Db, params: { kommunenummer: readonly string[]; query?: string; userId?: string; limit: number }): Promise<PickableUser[]> {
  if (params.kommunenummer.length === 0) return [];
  const q = params.query?.trim();
  return db
    .selectDistinct({ id: users.id, name: users.name, email: users.email, title: users.title })
    .from(users)
    .innerJoin(roleAssignments, eq(roleAssignments.userId, users.id))
    .where(
      and(
        eq(users.active, true),
        isNull(roleAssignments.revokedAt),
        inArray(roleAssignments.kommunenummer, [...params.kommunenummer]),
        params.userId ? eq(users.id, params.userId) : undefined,
        q ? or(ilike(users.name, likePattern(q)), ilike(users.email, likePattern(q))) : undefined,
      ),
    )
    .orderBy(asc(users.name), asc(users.email))
    .limit(params.limit);
}

export interface MunicipalityUser extends PickableUser {
  active: boolean;
  grants: { id: string; role: Role; cooperationId: string | null; cooperationName: string | null }[];
}

/** The users of one municipality for its rådmannsteam, with their live roles there; a page at a time. */
export async function municipalityUsers(db: Db, params: { kommunenummer: string; query?: string; limit: number; offset: number }): Promise<MunicipalityUser[]> {
  const q = params.query?.trim();
  const scoped = and(isNull(roleAssignments.revokedAt), eq(roleAssignments.kommunenummer, params.kommunenummer));
  const page = await db
    .selectDistinct({ id: users.id, name: users.name, email: users.email, title: users.title, active: users.active })
    .from(users)
    .innerJoin(roleAssignments, eq(roleAssignments.userId, users.id))
    .where(and(scoped, q ? or(ilike(users.name, likePattern(q)), ilike(users.email, likePattern(q))) : undefined))
    .orderBy(asc(users.name), asc(users.email))
    .limit(params.limit)
    .offset(params.offset);
  if (page.length === 0) return [];
  const ids = page.map((u) => u.id);
  const grants = await db
    .select({ userId: roleAssignments.userId, id: roleAssignments.id, role: roleAssignments.role, cooperationId: roleAssignments.cooperationId, cooperationName: cooperations.name })
    .from(roleAssignments)
    .leftJoin(cooperations, eq(cooperations.id, roleAssignments.cooperationId))
    .where(and(scoped, inArray(roleAssignments.userId, ids)))
    .orderBy(asc(roleAssignments.grantedAt));
  return page.map((u) => ({ ...u, grants: grants.filter((g) => g.userId === u.id).map(({ userId: _u, ...g }) => g) }));
}

/** Whether the user holds a live role in the municipality (and so belongs to its own user list). */
export async function belongsToMunicipality(db: Db, userId: string, kommunenummer: string): Promise<boolean> {
  const [row] = await db
    .select({ id: roleAssignments.id })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.userId, userId), eq(roleAssignments.kommunenummer, kommunenummer), isNull(roleAssignments.revokedAt)))
    .limit(1);
  return row !== undefined;
}

export async function assignmentById(db: Db, id: string) {
  const [row] = await db.select().from(roleAssignments).where(eq(roleAssignments.id, id));
  return row ?? null;
}

/**
 * Removes the links whose person the phase no longer names (a sponsor removed or replaced
 * under a new name, a new operative leader) and revokes the roles they granted, so the
 * previous person loses access with the save that replaced them. Returns how many lapsed.
 */
export async function lapseLinks(db: Db, cooperationId: string, actorId: string): Promise<number> {
  const norm = (value: unknown) => sql`lower(trim(coalesce(${value}, '')))`;
  const lapsed = await db
    .select({ id: personLinks.id, sponsorId: personLinks.sponsorId, roleAssignmentId: personLinks.roleAssignmentId })
    .from(personLinks)
    .innerJoin(cooperations, eq(cooperations.id, personLinks.cooperationId))
    .leftJoin(sponsors, eq(sponsors.id, personLinks.sponsorId))
    .where(
      and(
        eq(personLinks.cooperationId, cooperationId),
        or(
          and(inArray(personLinks.role, ['politisk_sponsor', 'administrativ_sponsor']), or(isNull(sponsors.id), sql`${norm(sponsors.name)} <> ${norm(personLinks.personName)}`)),
          and(eq(personLinks.role, 'operativ_leder'), sql`${norm(sql`${cooperations.design}->'leader'->>'name'`)} <> ${norm(personLinks.personName)}`),
        ),
      ),
    );
  for (const link of lapsed) {
    await deleteLink(db, { id: link.id, cooperationId, sponsorId: null });
    if (link.roleAssignmentId) await revokeRole(db, { assignmentId: link.roleAssignmentId, revokedBy: actorId });
  }
  return lapsed.length;
}
