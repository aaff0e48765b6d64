import 'server-only';
// Cooperations as lists: scoped to what the user may see.
import { and, asc, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { cooperationMembers, cooperations, municipalities, taskAreas } from '../schema';
import type { SessionUser } from '@/lib/auth/roles';
import type { MemberRole } from '@/lib/domain/dossier';

export interface CooperationListItem {
  id: string;
  name: string;
  state: string;
  taskArea: string | null;
  members: { kommunenummer: string | null; name: string; role: string }[];
}

/** Cooperations the user may read: admin all; municipality roles by membership; cooperation roles by id. */
export async function listCooperationsForUser(db: Db, user: SessionUser): Promise<CooperationListItem[]> {
  const isAdmin = user.roles.some((r) => r.role === 'administrator');
  const kommuner = user.roles.filter((r) => r.role === 'radmannsteam' || r.role === 'folkevalgt').map((r) => r.kommunenummer!);
  const coopIds = user.roles.filter((r) => r.cooperationId).map((r) => r.cooperationId!);
  let where: SQL | undefined;
  if (!isAdmin) {
    const memberOf = kommuner.length
      ? db.select({ id: cooperationMembers.cooperationId }).from(cooperationMembers).where(inArray(cooperationMembers.kommunenummer, kommuner))
      : null;
    const parts = [memberOf ? inArray(cooperations.id, memberOf) : undefined, coopIds.length ? inArray(cooperations.id, coopIds) : undefined].filter(
      (p): p is SQL => p !== undefined,
    );
    if (parts.length === 0) return [];
    where = or(...parts);
  }
  const rows = await db
    .select({ id: cooperations.id, name: cooperations.name, state: cooperations.state, taskArea: taskAreas.name })
    .from(cooperations)
    .leftJoin(taskAreas, eq(taskAreas.id, cooperations.taskAreaId))
    .where(where)
    .orderBy(asc(cooperations.name));
  if (rows.length === 0) return [];
  const members = await db
    .select({
      cooperationId: cooperationMembers.cooperationId,
      kommunenummer: cooperationMembers.kommunenummer,
      name: municipalities.name,
      organisationName: cooperationMembers.organisationName,
      role: cooperationMembers.role,
    })
    .from(cooperationMembers)
    .leftJoin(municipalities, eq(municipalities.kommunenummer, cooperationMembers.kommunenummer))
    .where(inArray(cooperationMembers.cooperationId, rows.map((r) => r.id)));
  return rows.map((r) => ({
    ...r,
    members: members
      .filter((m) => m.cooperationId === r.id)
      .map((m) => ({ kommunenummer: m.kommunenummer, name: m.name ?? m.organisationName ?? '', role: m.role })),
  }));
}

export async function listCooperationNames(db: Db) {
  return db.select({ id: cooperations.id, name: cooperations.name }).from(cooperations).orderBy(asc(cooperations.name));
}

export async function createCooperationWithMembers(
  db: Db,
  input: {
    name: string;
    purpose: string | null;
    taskArea: string | null;
    initiatingKommunenummer: string | null;
    state?: string;
    members: { kommunenummer: string | null; organisationName?: string | null; role: MemberRole }[];
  },
): Promise<string> {
  return db.transaction(async (tx) => {
    const [area] = input.taskArea ? await tx.select({ id: taskAreas.id }).from(taskAreas).where(and(eq(taskAreas.name, input.taskArea))) : [];
    const [row] = await tx
      .insert(cooperations)
      .values({
        name: input.name,
        purpose: input.purpose,
        taskAreaId: area?.id ?? null,
        initiatingKommunenummer: input.initiatingKommunenummer,
        state: input.state ?? 'utkast',
      })
      .returning({ id: cooperations.id });
    await tx.insert(cooperationMembers).values(
      input.members.map((m) => ({ cooperationId: row!.id, kommunenummer: m.kommunenummer, organisationName: m.organisationName ?? null, role: m.role })),
    );
    return row!.id;
  });
}

export async function cooperationExists(db: Db, id: string): Promise<boolean> {
  const [row] = await db.select({ id: cooperations.id }).from(cooperations).where(eq(cooperations.id, id));
  return Boolean(row);
}
