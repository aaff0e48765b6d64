import 'server-only';
// Correcting a registered member decision: the decision row locked for the write, the update
// with its next version, the correction kept beside it; and the corrections read back for
// the decisions page and for the cooperation's history.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { cooperationMembers, decisionCorrections, memberDecisions, municipalities, type DecisionFieldChange } from '../schema';
import type { DecisionOutcome } from '@/lib/pure/domain/dossier';

export interface StoredDecision {
  id: string;
  memberId: string;
  round: number;
  body: string;
  date: string;
  saksnummer: string | null;
  outcome: DecisionOutcome;
  url: string | null;
  version: number;
}

const DECISION = {
  id: memberDecisions.id,
  memberId: memberDecisions.memberId,
  round: memberDecisions.round,
  body: memberDecisions.body,
  date: memberDecisions.date,
  saksnummer: memberDecisions.saksnummer,
  outcome: memberDecisions.outcome,
  url: memberDecisions.url,
  version: memberDecisions.version,
};

/** One decision of the cooperation; locked until the transaction ends when `lock` is set. */
export async function findDecision(db: Db, cooperationId: string, decisionId: string, lock = false): Promise<StoredDecision | null> {
  const query = db
    .select(DECISION)
    .from(memberDecisions)
    .where(and(eq(memberDecisions.id, decisionId), eq(memberDecisions.cooperationId, cooperationId)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export type CorrectedFields = Pick<StoredDecision, 'body' | 'date' | 'saksnummer' | 'outcome' | 'url'>;

export interface NewCorrection {
  cooperationId: string;
  decisionId: string;
  version: number;
  fields: CorrectedFields;
  changes: DecisionFieldChange[];
  reason: string;
  actor: { id: string | null; name: string };
  at: Date;
}

/** Writes the corrected fields with the next version, and the correction beside them. */
export async function saveCorrection(db: Db, c: NewCorrection): Promise<void> {
  await db
    .update(memberDecisions)
    .set({ ...c.fields, version: c.version })
    .where(and(eq(memberDecisions.id, c.decisionId), eq(memberDecisions.cooperationId, c.cooperationId)));
  await db.insert(decisionCorrections).values({
    cooperationId: c.cooperationId,
    decisionId: c.decisionId,
    version: c.version,
    changes: c.changes,
    reason: c.reason,
    actorId: c.actor.id,
    actorName: c.actor.name,
    createdAt: c.at,
  });
}

export interface CorrectionEntry {
  id: string;
  decisionId: string;
  round: number;
  memberName: string;
  changes: DecisionFieldChange[];
  reason: string;
  actorName: string;
  at: Date;
}

/** A cooperation grows a handful of corrections a year; the pages show the newest this many. */
export const CORRECTIONS_SHOWN = 200;

/** The newest corrections of the cooperation, newest first, each with the member it concerns. */
export async function listCorrections(db: Db, cooperationId: string, limit: number = CORRECTIONS_SHOWN): Promise<CorrectionEntry[]> {
  const rows = await db
    .select({
      id: decisionCorrections.id,
      decisionId: decisionCorrections.decisionId,
      round: memberDecisions.round,
      municipality: municipalities.name,
      organisation: cooperationMembers.organisationName,
      changes: decisionCorrections.changes,
      reason: decisionCorrections.reason,
      actorName: decisionCorrections.actorName,
      at: decisionCorrections.createdAt,
    })
    .from(decisionCorrections)
    .innerJoin(memberDecisions, eq(memberDecisions.id, decisionCorrections.decisionId))
    .innerJoin(cooperationMembers, eq(cooperationMembers.id, memberDecisions.memberId))
    .leftJoin(municipalities, eq(municipalities.kommunenummer, cooperationMembers.kommunenummer))
    .where(eq(decisionCorrections.cooperationId, cooperationId))
    .orderBy(desc(decisionCorrections.createdAt), desc(sql`${decisionCorrections.version}`))
    .limit(limit);
  return rows.map(({ municipality, organisation, ...r }) => ({ ...r, memberName: municipality ? `${municipality} kommune` : (organisation ?? 'Tidligere deltaker') }));
}
