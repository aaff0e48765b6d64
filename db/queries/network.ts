import 'server-only';
// The partner network's data: one municipality's current cooperations with their municipal
// members (the graph is drawn from these), and the fragmentation index of every municipality
// computed in SQL (for the municipality's position nationally; never a dossier in sight).
// Current = not ended (avviklet, avbrutt) and not a draft; members = current members.
import { and, asc, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { cooperationMembers, cooperations, municipalities, taskAreas } from '../schema';
import type { NetworkCooperation } from '@/lib/pure/domain/partner-network';
import { legalFormName } from '@/lib/pure/register/row';
import { currentMember, ongoing, publiclyVisible } from './current-members';
import { rowsOf } from './rows-of';

/** 'public': what /innsyn shows. 'all': the municipality's non-public cooperations too (signed-in, authorised by the caller). */
export type NetworkScope = 'public' | 'all';

function inNetwork(scope: NetworkScope): SQL {
  return scope === 'public' ? and(publiclyVisible(), ongoing())! : ongoing();
}

export interface NetworkData {
  cooperations: (NetworkCooperation & { isPublic: boolean })[];
  /** Name of every municipality in the network, by kommunenummer. */
  names: Map<string, string>;
}

export async function networkOf(db: Db, kommunenummer: string, scope: NetworkScope): Promise<NetworkData> {
  const memberOf = db
    .select({ id: cooperationMembers.cooperationId })
    .from(cooperationMembers)
    .where(and(eq(cooperationMembers.kommunenummer, kommunenummer), currentMember()));
  const rows = await db
    .select({ id: cooperations.id, name: cooperations.name, isPublic: cooperations.isPublic, taskArea: taskAreas.name, legalForm: cooperations.legalForm })
    .from(cooperations)
    .leftJoin(taskAreas, eq(taskAreas.id, cooperations.taskAreaId))
    .where(and(inArray(cooperations.id, memberOf), inNetwork(scope)))
    .orderBy(asc(cooperations.name), asc(cooperations.id));
  const members =
    rows.length === 0
      ? []
      : await db
          .select({ cooperationId: cooperationMembers.cooperationId, kommunenummer: cooperationMembers.kommunenummer, name: municipalities.name })
          .from(cooperationMembers)
          .innerJoin(municipalities, eq(municipalities.kommunenummer, cooperationMembers.kommunenummer))
          .where(and(inArray(cooperationMembers.cooperationId, rows.map((r) => r.id)), currentMember(), isNotNull(cooperationMembers.kommunenummer)));
  const names = new Map<string, string>();
  const membersOf = new Map<string, string[]>();
  for (const m of members) {
    if (!m.kommunenummer) continue;
    names.set(m.kommunenummer, m.name);
    membersOf.set(m.cooperationId, [...(membersOf.get(m.cooperationId) ?? []), m.kommunenummer]);
  }
  return {
    cooperations: rows.map((r) => ({ id: r.id, name: r.name, isPublic: r.isPublic, taskArea: r.taskArea, legalForm: legalFormName(r.legalForm || null), members: membersOf.get(r.id) ?? [] })),
    names,
  };
}

export interface MunicipalFragmentation {
  kommunenummer: string;
  cooperations: number;
  distinctPartnerSets: number;
}

/**
 * Every municipality's fragmentation over its current public cooperations, in one query.
 * Two of a municipality's cooperations have the same partner set exactly when they have the
 * same member set (both contain the municipality), so each cooperation's member set is
 * written once as a sorted list and each municipality counts the distinct lists among its
 * cooperations — no self-join of memberships. lib/pure/domain/partner-network.ts says the same in
 * TypeScript; a database test holds the two to the same answers.
 */
export async function fragmentationOfAll(db: Db): Promise<MunicipalFragmentation[]> {
  const result = await db.execute<{ kommunenummer: string; cooperations: number; distinct_sets: number }>(sql`
    with membership as (
      select distinct ${cooperationMembers.cooperationId} as cooperation_id, ${cooperationMembers.kommunenummer} as kommunenummer
      from ${cooperationMembers}
      join ${cooperations} on ${cooperations.id} = ${cooperationMembers.cooperationId}
      where ${currentMember()} and ${cooperationMembers.kommunenummer} is not null and ${inNetwork('public')}
    ),
    member_sets as (
      select cooperation_id, string_agg(kommunenummer, ',' order by kommunenummer) as members
      from membership
      group by cooperation_id
    )
    select m.kommunenummer, count(*)::int as cooperations, count(distinct s.members)::int as distinct_sets
    from membership m
    join member_sets s on s.cooperation_id = m.cooperation_id
    group by m.kommunenummer
    order by m.kommunenummer`);
  const rows = rowsOf<{ kommunenummer: string; cooperations: number; distinct_sets: number }>(result);
  return rows.map((r) => ({ kommunenummer: r.kommunenummer, cooperations: Number(r.cooperations), distinctPartnerSets: Number(r.distinct_sets) }));
}

let national: { at: number; value: Promise<MunicipalFragmentation[]> } | null = null;
const NATIONAL_TTL_MS = 5 * 60_000;

/**
 * The national figures the network page compares against, computed at most every five
 * minutes per process (a full pass over all memberships; on the national dataset it costs
 * a few hundred milliseconds, too much for every page view). A failed pass is not kept.
 */
export function nationalFragmentation(db: Db, now = Date.now()): Promise<MunicipalFragmentation[]> {
  if (!national || now - national.at > NATIONAL_TTL_MS) {
    const value = fragmentationOfAll(db);
    national = { at: now, value };
    value.catch(() => {
      if (national?.value === value) national = null;
    });
  }
  return national.value;
}
