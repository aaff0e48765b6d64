import 'server-only';
// Cooperations as lists: scoped to what the user may see.
import { and, asc, count, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { norwegianOrder } from './sort';
import { pageWindow, PAGE_SIZE, type PageWindow } from '@/lib/pure/paging';
import type { Db } from '../client';
import { memberOn } from './membership';
import { osloDateOf, type IsoDate } from '@/lib/pure/domain/iso-date';
import { cooperationMembers, cooperations, municipalities, taskAreas } from '../schema';
import type { SessionUser } from '@/lib/pure/auth/roles';
import type { MemberRole } from '@/lib/pure/domain/dossier';
import { likePattern, prefixPattern } from './like';

export interface CooperationListItem {
  id: string;
  name: string;
  state: string;
  taskArea: string | null;
  members: { kommunenummer: string | null; name: string; role: string }[];
}

/**
 * Which cooperations the user may read, as a condition on cooperations.id: admin all (undefined);
 * municipality roles by membership on `today`; cooperation roles by id. Null when none at all.
 */
export function readableCondition(db: Db, user: SessionUser, today: IsoDate): SQL | undefined | null {
  if (user.roles.some((r) => r.role === 'administrator')) return undefined;
  const kommuner = user.roles.filter((r) => r.role === 'radmannsteam' || r.role === 'folkevalgt').map((r) => r.kommunenummer!);
  const coopIds = user.roles.filter((r) => r.cooperationId).map((r) => r.cooperationId!);
  const memberOf = kommuner.length
    ? db
        .select({ id: cooperationMembers.cooperationId })
        .from(cooperationMembers)
        .where(and(inArray(cooperationMembers.kommunenummer, kommuner), memberOn(today)))
    : null;
  const parts = [memberOf ? inArray(cooperations.id, memberOf) : undefined, coopIds.length ? inArray(cooperations.id, coopIds) : undefined].filter((p): p is SQL => p !== undefined);
  return parts.length === 0 ? null : or(...parts);
}

/** The ids of the cooperations the user may read, in name order. */
export async function readableCooperationIds(db: Db, user: SessionUser, today: IsoDate = osloDateOf(new Date())): Promise<string[]> {
  const where = readableCondition(db, user, today);
  if (where === null) return [];
  const rows = await db.select({ id: cooperations.id }).from(cooperations).where(where).orderBy(asc(cooperations.name));
  return rows.map((r) => r.id);
}

/** Cooperations the user may read, with their members on `today`, in name order. */
export async function listCooperationsForUser(db: Db, user: SessionUser, today: IsoDate = osloDateOf(new Date())): Promise<CooperationListItem[]> {
  const where = readableCondition(db, user, today);
  if (where === null) return [];
  const rows = await db
    .select({ id: cooperations.id, name: cooperations.name, state: cooperations.state, taskArea: taskAreas.name })
    .from(cooperations)
    .leftJoin(taskAreas, eq(taskAreas.id, cooperations.taskAreaId))
    .where(where)
    .orderBy(asc(cooperations.name));
  if (rows.length === 0) return [];
  // The same condition again rather than thousands of ids as parameters.
  const members = await db
    .select({
      cooperationId: cooperationMembers.cooperationId,
      kommunenummer: cooperationMembers.kommunenummer,
      name: municipalities.name,
      organisationName: cooperationMembers.organisationName,
      role: cooperationMembers.role,
    })
    .from(cooperationMembers)
    .innerJoin(cooperations, eq(cooperations.id, cooperationMembers.cooperationId))
    .leftJoin(municipalities, eq(municipalities.kommunenummer, cooperationMembers.kommunenummer))
    .where(where === undefined ? memberOn(today) : and(where, memberOn(today)))
    .orderBy(asc(cooperationMembers.sortOrder));
  // Grouped once: filtering the member list per cooperation is quadratic for a big city.
  const membersOf = new Map<string, CooperationListItem['members']>();
  for (const m of members) {
    const member = { kommunenummer: m.kommunenummer, name: m.name ?? m.organisationName ?? '', role: m.role };
    const bucket = membersOf.get(m.cooperationId);
    if (bucket) bucket.push(member);
    else membersOf.set(m.cooperationId, [member]);
  }
  return rows.map((r) => ({ ...r, members: membersOf.get(r.id) ?? [] }));
}

/** `%` and `_` typed by a user are matched as themselves. */

/**
 * One page of the cooperations the user may read, in Norwegian name order, with the total;
 * with `search`, only those whose name contains it (case-insensitive).
 */
export async function cooperationListPage(
  db: Db,
  user: SessionUser,
  page: number,
  today: IsoDate = osloDateOf(new Date()),
  search?: string,
): Promise<{ rows: CooperationListItem[]; window: PageWindow }> {
  const readable = readableCondition(db, user, today);
  if (readable === null) return { rows: [], window: pageWindow(0, page) };
  const text = search?.trim();
  const where = text ? and(readable, ilike(cooperations.name, likePattern(text)))! : readable;
  const [[total], rows] = await Promise.all([
    db.select({ n: count() }).from(cooperations).where(where),
    db
      .select({ id: cooperations.id, name: cooperations.name, state: cooperations.state, taskArea: taskAreas.name })
      .from(cooperations)
      .leftJoin(taskAreas, eq(taskAreas.id, cooperations.taskAreaId))
      .where(where)
      .orderBy(norwegianOrder(cooperations.name), asc(cooperations.id))
      .limit(PAGE_SIZE)
      .offset((page - 1) * PAGE_SIZE),
  ]);
  const window = pageWindow(Number(total?.n ?? 0), page);
  if (rows.length === 0) return { rows: [], window };
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
    .where(and(inArray(cooperationMembers.cooperationId, rows.map((r) => r.id)), memberOn(today)))
    .orderBy(asc(cooperationMembers.sortOrder));
  const membersOf = new Map<string, CooperationListItem['members']>();
  for (const m of members) {
    const member = { kommunenummer: m.kommunenummer, name: m.name ?? m.organisationName ?? '', role: m.role };
    membersOf.set(m.cooperationId, [...(membersOf.get(m.cooperationId) ?? []), member]);
  }
  return { rows: rows.map((r) => ({ ...r, members: membersOf.get(r.id) ?? [] })), window };
}

export interface CooperationHit {
  id: string;
  name: string;
  state: string;
  /** The current members' names, in the dossier's order. */
  members: string[];
}

/**
 * Cooperations whose name contains the text (case-insensitive), the ones that start with it
 * first, then in Norwegian name order; at most `limit`. For pickers that cannot list every
 * cooperation in the country.
 */
export async function searchCooperationNames(db: Db, text: string, limit = 20, today: IsoDate = osloDateOf(new Date())): Promise<CooperationHit[]> {
  const q = text.trim();
  if (!q) return [];
  const startsWith = ilike(cooperations.name, prefixPattern(q));
  const rows = await db
    .select({ id: cooperations.id, name: cooperations.name, state: cooperations.state })
    .from(cooperations)
    .where(ilike(cooperations.name, likePattern(q)))
    .orderBy(sql`${startsWith} desc`, norwegianOrder(cooperations.name), asc(cooperations.id))
    .limit(limit);
  if (rows.length === 0) return [];
  const members = await db
    .select({ cooperationId: cooperationMembers.cooperationId, name: municipalities.name, organisationName: cooperationMembers.organisationName })
    .from(cooperationMembers)
    .leftJoin(municipalities, eq(municipalities.kommunenummer, cooperationMembers.kommunenummer))
    .where(and(inArray(cooperationMembers.cooperationId, rows.map((r) => r.id)), memberOn(today)))
    .orderBy(asc(cooperationMembers.sortOrder));
  const of = new Map<string, string[]>();
  for (const m of members) of.set(m.cooperationId, [...(of.get(m.cooperationId) ?? []), m.name ?? m.organisationName ?? '']);
  return rows.map((r) => ({ ...r, members: of.get(r.id) ?? [] }));
}

export interface NewCooperationRow {
  name: string;
  purpose: string | null;
  problemWhat?: string | null;
  problemWhy?: string | null;
  problemHow?: string | null;
  taskAreaId: number | null;
  geographicLevel?: 'lokalt' | 'regionalt' | 'hoyere' | null;
  initiatingKommunenummer: string | null;
  isPublic?: boolean;
  createdBy?: string | null;
  members: { kommunenummer: string | null; organisationName?: string | null; role?: MemberRole; expectedBenefit?: string | null }[];
}

/** A new cooperation in state utkast with its members (lifecycle columns keep their defaults). */
export async function createCooperation(db: Db, input: NewCooperationRow): Promise<string> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(cooperations)
      .values({
        name: input.name,
        purpose: input.purpose,
        problemWhat: input.problemWhat ?? null,
        problemWhy: input.problemWhy ?? null,
        problemHow: input.problemHow ?? null,
        taskAreaId: input.taskAreaId,
        geographicLevel: input.geographicLevel ?? null,
        initiatingKommunenummer: input.initiatingKommunenummer,
        isPublic: input.isPublic ?? true,
        createdBy: input.createdBy ?? null,
      })
      .returning({ id: cooperations.id });
    await tx.insert(cooperationMembers).values(
      input.members.map((m, i) => ({
        cooperationId: row!.id,
        kommunenummer: m.kommunenummer,
        organisationName: m.organisationName ?? null,
        role: m.role ?? 'deltaker',
        expectedBenefit: m.expectedBenefit ?? null,
        sortOrder: i,
      })),
    );
    return row!.id;
  });
}

export async function taskAreaIdByName(db: Db, name: string): Promise<number | null> {
  const [area] = await db.select({ id: taskAreas.id }).from(taskAreas).where(eq(taskAreas.name, name));
  return area?.id ?? null;
}

export async function cooperationExists(db: Db, id: string): Promise<boolean> {
  const [row] = await db.select({ id: cooperations.id }).from(cooperations).where(eq(cooperations.id, id));
  return Boolean(row);
}
