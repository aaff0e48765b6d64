import 'server-only';
// People linked to accounts (person_links), the users a municipality may pick from, and the
// users of one municipality for its own rådmannsteam. Every list is scoped and limited in SQL.
import { and, asc, eq, ilike, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { cooperations, personLinks, roleAssignments, sponsors, userTokens, users, type PersonLinkRole, type Role } from '../schema';
import { revokeRole } from './users';

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

/** The invited person has chosen a password with the link or signed in: every pending link of theirs is accepted. */
export async function acceptInvitations(db: Db, userId: string, now: Date): Promise<number> {
  const rows = await db
    .update(personLinks)
    .set({ acceptedAt: now })
    .where(and(eq(personLinks.userId, userId), isNotNull(personLinks.invitedAt), isNull(personLinks.acceptedAt)))
    .returning({ id: personLinks.id });
  return rows.length;
}

/** `%` and `_` typed by a user are matched as themselves. */
const likePattern = (query: string) => `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

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
  /** The newest invitation link's expiry when it is still unused; null otherwise. */
  pendingInvitationUntil: Date | null;
}

/** The users of one municipality for its rådmannsteam, with their live roles there; a page at a time. */
export async function municipalityUsers(db: Db, params: { kommunenummer: string; query?: string; limit: number; offset: number; now: Date }): Promise<MunicipalityUser[]> {
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
  const [grants, tokens] = await Promise.all([
    db
      .select({ userId: roleAssignments.userId, id: roleAssignments.id, role: roleAssignments.role, cooperationId: roleAssignments.cooperationId, cooperationName: cooperations.name })
      .from(roleAssignments)
      .leftJoin(cooperations, eq(cooperations.id, roleAssignments.cooperationId))
      .where(and(scoped, inArray(roleAssignments.userId, ids)))
      .orderBy(asc(roleAssignments.grantedAt)),
    db
      .select({ userId: userTokens.userId, until: sql<Date>`max(${userTokens.expiresAt})` })
      .from(userTokens)
      .where(and(inArray(userTokens.userId, ids), eq(userTokens.purpose, 'invite'), isNull(userTokens.usedAt), sql`${userTokens.expiresAt} > ${params.now}`))
      .groupBy(userTokens.userId),
  ]);
  const until = new Map(tokens.map((t) => [t.userId, t.until ? new Date(t.until) : null]));
  return page.map((u) => ({
    ...u,
    grants: grants.filter((g) => g.userId === u.id).map(({ userId: _u, ...g }) => g),
    pendingInvitationUntil: until.get(u.id) ?? null,
  }));
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
