import 'server-only';
// Cooperations that already run, as new rows: written in utkast with their real start date,
// members, roles, sponsors, legal form and leader, three statements for any number of them,
// so the runner (workflows/cooperation/runner*.ts) can register them into drift in the same
// transaction. And the look-up a re-import matches on: organisation number, else name and
// member set.
import { randomUUID } from 'node:crypto';
import { eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { cooperationMembers, cooperations, sponsors } from '../schema';
import { insertRowsAsJson } from './bulk-insert';
import { type MemberRole } from '@/lib/pure/domain/dossier';
import { emptyDesign } from '@/lib/pure/domain/empty-dossier';
import type { IsoDate } from '@/lib/pure/domain/iso-date';
import { memberKey, memberSetKey, nameKey } from '@/lib/pure/import/keys';

export { memberKey } from '@/lib/pure/import/keys';

export interface ExistingMemberRow {
  kommunenummer: string | null;
  organisationName: string | null;
  role: MemberRole;
  contactPerson: string | null;
  politicalSponsor: string | null;
  administrativeSponsor: string | null;
}

export interface ExistingCooperationRow {
  name: string;
  purpose: string | null;
  taskAreaId: number | null;
  legalForm: string;
  startDate: IsoDate;
  organisationNumber: string | null;
  agreementUrl: string | null;
  operativeLeader: string | null;
  isPublic: boolean;
  initiatingKommunenummer: string;
  createdBy: string | null;
  members: ExistingMemberRow[];
}

/** Inserts the rows in state utkast (lifecycle columns keep their defaults) and returns their ids in order. */
export async function insertExistingCooperations(db: Db, rows: readonly ExistingCooperationRow[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const ids = rows.map(() => randomUUID());
  await insertRowsAsJson(
    db,
    cooperations,
    rows.map((r, i) => ({
      id: ids[i]!,
      name: r.name,
      purpose: r.purpose,
      taskAreaId: r.taskAreaId,
      initiatingKommunenummer: r.initiatingKommunenummer,
      isPublic: r.isPublic,
      startDate: r.startDate,
      organisationNumber: r.organisationNumber,
      agreementUrl: r.agreementUrl,
      design: { ...emptyDesign(), legalForm: r.legalForm, leader: { ...emptyDesign().leader, name: r.operativeLeader } },
      createdBy: r.createdBy,
    })),
  );
  const memberRows = rows.flatMap((r, i) =>
    r.members.map((m, sortOrder) => ({
      id: randomUUID(),
      cooperationId: ids[i]!,
      kommunenummer: m.kommunenummer,
      organisationName: m.kommunenummer ? null : m.organisationName,
      role: m.role,
      contactPerson: m.contactPerson,
      sortOrder,
      source: m,
    })),
  );
  await insertRowsAsJson(
    db,
    cooperationMembers,
    memberRows.map(({ source: _source, ...row }) => row),
  );
  const sponsorRows = memberRows.flatMap((m) => [
    ...(m.source.politicalSponsor ? [{ cooperationId: m.cooperationId, memberId: m.id, kind: 'politisk' as const, name: m.source.politicalSponsor }] : []),
    ...(m.source.administrativeSponsor ? [{ cooperationId: m.cooperationId, memberId: m.id, kind: 'administrativ' as const, name: m.source.administrativeSponsor }] : []),
  ]);
  await insertRowsAsJson(db, sponsors, sponsorRows);
  return ids;
}

export interface MatchCandidate {
  name: string;
  organisationNumber: string | null;
  memberKeys: readonly string[];
}

export interface ExistingMatch {
  id: string;
  name: string;
  organisationNumber: string | null;
  startDate: IsoDate | null;
  /** What matched: the organisation number, or the name with the same members. */
  by: 'organisasjonsnummer' | 'navn_og_deltakere';
}

/**
 * The stored cooperation each candidate is, or null: the same organisation number; or,
 * when one of the two has no organisation number, the same name (case aside)
 * with the same set of current members. Two queries whatever the number of candidates.
 */
export async function findExistingMatches(db: Db, candidates: readonly MatchCandidate[]): Promise<(ExistingMatch | null)[]> {
  if (candidates.length === 0) return [];
  const numbers = [...new Set(candidates.flatMap((c) => (c.organisationNumber ? [c.organisationNumber] : [])))];
  const names = [...new Set(candidates.map((c) => c.name.trim()))];
  // Both sides lowered by the database, so its lower(name) index is used; compared again below.
  const sameName = sql`lower(${cooperations.name}) in (${sql.join(
    names.map((n) => sql`lower(${n})`),
    sql`, `,
  )})`;
  const found = await db
    .select({ id: cooperations.id, name: cooperations.name, organisationNumber: cooperations.organisationNumber, startDate: cooperations.startDate })
    .from(cooperations)
    .where(or(numbers.length > 0 ? inArray(cooperations.organisationNumber, numbers) : undefined, sameName));
  const members = found.length
    ? await db
        .select({ cooperationId: cooperationMembers.cooperationId, kommunenummer: cooperationMembers.kommunenummer, organisationName: cooperationMembers.organisationName, leftAt: cooperationMembers.leftAt })
        .from(cooperationMembers)
        .where(inArray(cooperationMembers.cooperationId, found.map((f) => f.id)))
    : [];
  const setOf = new Map<string, string>();
  for (const f of found) {
    setOf.set(f.id, memberSetKey(members.filter((m) => m.cooperationId === f.id && m.leftAt === null).map(memberKey)));
  }
  return candidates.map((c) => {
    const byNumber = c.organisationNumber ? found.find((f) => f.organisationNumber === c.organisationNumber) : undefined;
    if (byNumber) return { ...byNumber, by: 'organisasjonsnummer' as const };
    const wanted = memberSetKey(c.memberKeys);
    const byName = found.find(
      (f) => (f.organisationNumber === null || c.organisationNumber === null) && nameKey(f.name) === nameKey(c.name) && setOf.get(f.id) === wanted,
    );
    return byName ? { ...byName, by: 'navn_og_deltakere' as const } : null;
  });
}

/** The registration facts the dossier does not carry, for the overview page. */
export async function registrationFacts(db: Db, id: string): Promise<{ organisationNumber: string | null; agreementUrl: string | null } | null> {
  const [row] = await db.select({ organisationNumber: cooperations.organisationNumber, agreementUrl: cooperations.agreementUrl }).from(cooperations).where(eq(cooperations.id, id));
  return row ?? null;
}
