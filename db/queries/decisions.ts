import 'server-only';
// Member decisions (vedtak): recorded one at a time in the open round; never edited, so a
// later decision by the same member (after a postponement) supersedes by date.
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { cooperationMembers, cooperations, memberDecisions, municipalities } from '../schema';
import type { DecisionOutcome } from '@/lib/pure/domain/dossier';
import { lockCooperation } from './cooperation-lock';

/** The lifecycle columns, locked for the rest of the transaction; null when missing. */
export async function lockLifecycle(db: Db, cooperationId: string) {
  return lockCooperation(db, cooperationId, { state: cooperations.state, stateValue: cooperations.stateValue, snapshot: cooperations.snapshot, machineVersion: cooperations.machineVersion });
}

export interface NewDecision {
  cooperationId: string;
  memberId: string;
  round: number;
  body: string;
  date: string;
  saksnummer: string | null;
  outcome: DecisionOutcome;
  url: string | null;
  recordedBy: string | null;
  recordedAt: Date;
}

export async function insertDecision(db: Db, decision: NewDecision): Promise<string> {
  const [row] = await db.insert(memberDecisions).values(decision).returning({ id: memberDecisions.id });
  return row!.id;
}

/**
 * Names of every member that ever took part, departed ones included, so the history of
 * earlier rounds can name a member that has since left.
 */
export async function memberNamesIncludingFormer(db: Db, cooperationId: string): Promise<Record<string, string>> {
  const rows = await db
    .select({ id: cooperationMembers.id, municipality: municipalities.name, organisation: cooperationMembers.organisationName })
    .from(cooperationMembers)
    .leftJoin(municipalities, eq(municipalities.kommunenummer, cooperationMembers.kommunenummer))
    .where(eq(cooperationMembers.cooperationId, cooperationId))
    .orderBy(asc(cooperationMembers.sortOrder));
  return Object.fromEntries(rows.map((r) => [r.id, r.municipality ? `${r.municipality} kommune` : (r.organisation ?? 'Ukjent deltaker')]));
}
