import 'server-only';
// Users and their role assignments.
import { and, asc, count, eq, ilike, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { cooperations, municipalities, roleAssignments, users, type Role } from '../schema';
import type { RoleGrant, SessionUser } from '@/lib/pure/auth/roles';
import { pageWindow, PAGE_SIZE, type PageWindow } from '@/lib/pure/paging';
import { likePattern } from './like';
import { norwegianOrder } from './sort';
import { endUserSessions, sessionIsLive } from './sessions';

export async function findUserByEmail(db: Db, email: string) {
  const [row] = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
  return row ?? null;
}

export async function getUser(db: Db, id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row ?? null;
}

export async function activeGrants(db: Db, userId: string): Promise<RoleGrant[]> {
  return db
    .select({ role: roleAssignments.role, kommunenummer: roleAssignments.kommunenummer, cooperationId: roleAssignments.cooperationId })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.userId, userId), isNull(roleAssignments.revokedAt)));
}

/** A user as authorisation sees them; null when deactivated or gone. */
export async function loadSessionUser(db: Db, userId: string): Promise<SessionUser | null> {
  const user = await getUser(db, userId);
  if (!user || !user.active) return null;
  return { id: user.id, email: user.email, name: user.name, roles: await activeGrants(db, user.id), mustChangePassword: user.mustChangePassword };
}

/** The signed-in user of a request: null unless the server-side session is still live. */
export async function loadSignedInUser(db: Db, params: { userId: string; sessionId: string; now: Date }): Promise<SessionUser | null> {
  if (!(await sessionIsLive(db, params))) return null;
  const user = await loadSessionUser(db, params.userId);
  return user ? { ...user, sessionId: params.sessionId } : null;
}

export async function listUsers(db: Db) {
  const rows = await db.select().from(users).orderBy(asc(users.name));
  const grants = await db
    .select({ userId: roleAssignments.userId, role: roleAssignments.role })
    .from(roleAssignments)
    .where(isNull(roleAssignments.revokedAt));
  const rolesOf = new Map<string, Role[]>();
  for (const g of grants) rolesOf.set(g.userId, [...(rolesOf.get(g.userId) ?? []), g.role]);
  return rows.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    title: u.title,
    active: u.active,
    createdAt: u.createdAt,
    roles: rolesOf.get(u.id) ?? [],
  }));
}

export interface UserListItem {
  id: string;
  email: string;
  name: string;
  active: boolean;
  /** The kinds of role the user holds now, each once. */
  roles: Role[];
}

/**
 * One page of the users, in Norwegian name order, with the total; with `search`, only those
 * whose name or e-mail contains it (case-insensitive). Their roles are gathered per row by the
 * database, for the rows of the page only.
 */
export async function userListPage(db: Db, page: number, search?: string): Promise<{ rows: UserListItem[]; window: PageWindow }> {
  const text = search?.trim();
  const where = text ? or(ilike(users.name, likePattern(text)), ilike(users.email, likePattern(text))) : undefined;
  // Written out with table names: in a subquery drizzle leaves columns unqualified, and a bare
  // "id" would be the role assignment's own.
  const roles = sql<Role[] | null>`(select array_agg(distinct ${roleAssignments.role}::text) from ${roleAssignments} where ${sql.raw('"role_assignments"."user_id" = "users"."id" and "role_assignments"."revoked_at" is null')})`;
  const [[total], rows] = await Promise.all([
    db.select({ n: count() }).from(users).where(where),
    db
      .select({ id: users.id, email: users.email, name: users.name, active: users.active, roles })
      .from(users)
      .where(where)
      .orderBy(norwegianOrder(users.name), asc(users.id))
      .limit(PAGE_SIZE)
      .offset((page - 1) * PAGE_SIZE),
  ]);
  return { rows: rows.map((r) => ({ ...r, roles: r.roles ?? [] })), window: pageWindow(Number(total?.n ?? 0), page) };
}

export async function createUser(
  db: Db,
  input: { email: string; name: string; title?: string | null; passwordHash: string; mustChangePassword?: boolean },
) {
  const [row] = await db
    .insert(users)
    .values({
      email: input.email.trim().toLowerCase(),
      name: input.name.trim(),
      title: input.title ?? null,
      passwordHash: input.passwordHash,
      mustChangePassword: input.mustChangePassword ?? false,
    })
    .onConflictDoNothing({ target: users.email })
    .returning();
  return row ?? null;
}

/** Deactivating also ends every session, so the user is signed out on their next request. */
export async function setUserActive(db: Db, id: string, active: boolean) {
  await db.update(users).set({ active }).where(eq(users.id, id));
  if (!active) await endUserSessions(db, { userId: id, reason: 'deactivated' });
}

/** A new password hash; `mustChange` is true only when an administrator chose it. */
export async function setPassword(db: Db, params: { userId: string; passwordHash: string; mustChange: boolean }) {
  await db
    .update(users)
    .set({ passwordHash: params.passwordHash, mustChangePassword: params.mustChange })
    .where(eq(users.id, params.userId));
}

export async function listRoleAssignments(db: Db, userId: string) {
  return db
    .select({
      id: roleAssignments.id,
      role: roleAssignments.role,
      kommunenummer: roleAssignments.kommunenummer,
      municipalityName: municipalities.name,
      cooperationId: roleAssignments.cooperationId,
      cooperationName: cooperations.name,
      grantedAt: roleAssignments.grantedAt,
      revokedAt: roleAssignments.revokedAt,
    })
    .from(roleAssignments)
    .leftJoin(municipalities, eq(municipalities.kommunenummer, roleAssignments.kommunenummer))
    .leftJoin(cooperations, eq(cooperations.id, roleAssignments.cooperationId))
    .where(eq(roleAssignments.userId, userId))
    .orderBy(asc(roleAssignments.grantedAt));
}

export async function grantRole(
  db: Db,
  input: { userId: string; role: Role; kommunenummer: string | null; cooperationId: string | null; grantedBy: string | null },
) {
  const existing = await db
    .select({ id: roleAssignments.id, kommunenummer: roleAssignments.kommunenummer, cooperationId: roleAssignments.cooperationId })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.userId, input.userId), eq(roleAssignments.role, input.role), isNull(roleAssignments.revokedAt)));
  const duplicate = existing.find((e) => e.kommunenummer === input.kommunenummer && e.cooperationId === input.cooperationId);
  if (duplicate) return { created: false as const, id: duplicate.id };
  const [row] = await db.insert(roleAssignments).values(input).returning({ id: roleAssignments.id });
  return { created: true as const, id: row!.id };
}

export async function revokeRole(db: Db, input: { assignmentId: string; revokedBy: string }) {
  const rows = await db
    .update(roleAssignments)
    .set({ revokedAt: new Date(), revokedBy: input.revokedBy })
    .where(and(eq(roleAssignments.id, input.assignmentId), isNull(roleAssignments.revokedAt)))
    .returning({ id: roleAssignments.id });
  return rows.length > 0;
}
