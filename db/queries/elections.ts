import 'server-only';
// Municipal elections: recording one marks every sponsor of every active cooperation for
// re-confirmation (a task, not a lifecycle state) and creates the «etter kommunevalg»
// anchoring occurrence for every member of every running cooperation — set-based, so a
// national election is two INSERT … SELECT statements, not a loop over cooperations.
// Confirming or replacing a sponsor is a Støtte save (lib/server/actions/phases/stotte.ts).
import { and, desc, eq, inArray, isNull, lte, notInArray, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { anchoringOccurrences, anchoringPoints, cooperationMembers, cooperations, elections, sponsors } from '../schema';
import { OPERATING_STATES } from '@/lib/pure/domain/anchoring-facts';
import { ENDED_STATES } from '@/lib/pure/domain/dossier';
import { EVENT_ANCHORING } from '@/lib/pure/domain/event-anchoring';
import { memberOn } from './membership';
import { addMonths } from '@/lib/pure/domain/iso-date';

const ENDED = [...ENDED_STATES];
const OPERATING = [...OPERATING_STATES];

export interface NewElection {
  electionDate: string;
  kind: (typeof elections.$inferSelect)['kind'];
  reason: string | null;
  followUpMonths: number;
  recordedBy: string | null;
}

export async function recordElection(db: Db, input: NewElection) {
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: elections.id }).from(elections).where(eq(elections.electionDate, input.electionDate));
    if (existing) return { created: false as const };
    const active = await tx.select({ id: cooperations.id }).from(cooperations).where(notInArray(cooperations.state, ENDED));
    const ids = active.map((c) => c.id);
    const flagged = ids.length
      ? await tx.update(sponsors).set({ needsReconfirmation: true }).where(inArray(sponsors.cooperationId, ids)).returning({ id: sponsors.id })
      : [];
    const [row] = await tx
      .insert(elections)
      .values({
        electionDate: input.electionDate,
        kind: input.kind,
        reason: input.reason,
        followUpMonths: input.followUpMonths,
        recordedBy: input.recordedBy,
        cooperationsFlagged: ids.length,
        sponsorsFlagged: flagged.length,
      })
      .returning();
    const occurrencesCreated = await createElectionOccurrences(tx, { id: row!.id, electionDate: input.electionDate, followUpMonths: input.followUpMonths });
    const [updated] = await tx.update(elections).set({ occurrencesCreated }).where(eq(elections.id, row!.id)).returning();
    return { created: true as const, election: updated! };
  });
}

/**
 * The «etter kommunevalg» occurrences of one election (lib/pure/domain/event-anchoring.ts says
 * what they are): each running cooperation that had started by the election day gets, per
 * member in scope that is a member on the due date (lib/pure/domain/membership.ts), one per anchoring point triggered by elections, or the standard
 * one when it has none. The unique (member, event key) index makes a repeat a no-op.
 */
export async function createElectionOccurrences(db: Db, election: { id: string; electionDate: string; followUpMonths: number }): Promise<number> {
  const due = addMonths(election.electionDate, election.followUpMonths);
  const standard = EVENT_ANCHORING.valg.standard;
  const started = or(isNull(cooperations.startDate), lte(cooperations.startDate, election.electionDate));
  const inScope = sql`(jsonb_array_length(${anchoringPoints.memberIds}) = 0 or ${anchoringPoints.memberIds} ? (${cooperationMembers.id})::text)`;
  const fromPoints = await db
    .insert(anchoringOccurrences)
    .select(
      db
        .select({
          id: sql`gen_random_uuid()`.as('id'),
          cooperationId: anchoringPoints.cooperationId,
          anchoringPointId: anchoringPoints.id,
          memberId: cooperationMembers.id,
          body: anchoringPoints.body,
          level: anchoringPoints.level,
          kind: anchoringPoints.kind,
          dueDate: sql`${due}::date`.as('due_date'),
          status: sql`'planlagt'`.as('status'),
          heldDate: sql`null::date`.as('held_date'),
          saksnummer: sql`null`.as('saksnummer'),
          minutesUrl: sql`null`.as('minutes_url'),
          note: sql`null`.as('note'),
          loggedBy: sql`null::uuid`.as('logged_by'),
          loggedAt: sql`null::timestamptz`.as('logged_at'),
          event: sql`'valg'`.as('event'),
          eventDate: sql`${election.electionDate}::date`.as('event_date'),
          eventKey: sql`${`${election.id}:`} || ${anchoringPoints.id}::text`.as('event_key'),
        })
        .from(anchoringPoints)
        .innerJoin(cooperations, eq(cooperations.id, anchoringPoints.cooperationId))
        .innerJoin(cooperationMembers, and(eq(cooperationMembers.cooperationId, anchoringPoints.cooperationId), memberOn(due), inScope))
        .where(and(eq(anchoringPoints.triggerType, 'hendelse'), eq(anchoringPoints.event, 'valg'), inArray(cooperations.state, OPERATING), started)),
    )
    .onConflictDoNothing()
    .returning({ id: anchoringOccurrences.id });
  const hasElectionPoint = sql`exists (select 1 from ${anchoringPoints} where ${anchoringPoints.cooperationId} = ${cooperations.id} and ${anchoringPoints.triggerType} = 'hendelse' and ${anchoringPoints.event} = 'valg')`;
  const fromStandard = await db
    .insert(anchoringOccurrences)
    .select(
      db
        .select({
          id: sql`gen_random_uuid()`.as('id'),
          cooperationId: cooperations.id,
          anchoringPointId: sql`null::uuid`.as('anchoring_point_id'),
          memberId: cooperationMembers.id,
          body: sql`${standard.body}`.as('body'),
          level: sql`${standard.level}`.as('level'),
          kind: sql`${standard.kind}`.as('kind'),
          dueDate: sql`${due}::date`.as('due_date'),
          status: sql`'planlagt'`.as('status'),
          heldDate: sql`null::date`.as('held_date'),
          saksnummer: sql`null`.as('saksnummer'),
          minutesUrl: sql`null`.as('minutes_url'),
          note: sql`null`.as('note'),
          loggedBy: sql`null::uuid`.as('logged_by'),
          loggedAt: sql`null::timestamptz`.as('logged_at'),
          event: sql`'valg'`.as('event'),
          eventDate: sql`${election.electionDate}::date`.as('event_date'),
          eventKey: sql`${`${election.id}:standard`}`.as('event_key'),
        })
        .from(cooperations)
        .innerJoin(cooperationMembers, and(eq(cooperationMembers.cooperationId, cooperations.id), memberOn(due)))
        .where(and(inArray(cooperations.state, OPERATING), started, sql`not ${hasElectionPoint}`)),
    )
    .onConflictDoNothing()
    .returning({ id: anchoringOccurrences.id });
  return fromPoints.length + fromStandard.length;
}

export async function listElections(db: Db) {
  return db.select().from(elections).orderBy(desc(elections.electionDate));
}
