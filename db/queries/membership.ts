import 'server-only';
// The SQL twin of lib/pure/domain/membership.ts (who is a member on a day), and the membership
// history: joiners and leavers proposed in a redesign, applied or discarded with the member
// decisions. membership.db.test.ts checks that memberOn() agrees with isMemberOn().
import { and, asc, eq, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { anchoringOccurrences, cooperationMembers, cooperations, memberDecisions, membershipChanges, municipalities } from '../schema';
import { lockCooperation } from './cooperation-lock';
import type { MemberRole } from '@/lib/pure/domain/dossier';
import type { IsoDate } from '@/lib/pure/domain/iso-date';
import type { MembershipChange } from '@/lib/pure/domain/membership';

/** Rows of cooperation_members that are members on `day` (the same rule as isMemberOn). */
export function memberOn(day: IsoDate): SQL {
  return and(
    eq(cooperationMembers.proposed, false),
    or(isNull(cooperationMembers.joinedAt), lte(cooperationMembers.joinedAt, day)),
    or(isNull(cooperationMembers.leftAt), gte(cooperationMembers.leftAt, day)),
  )!;
}

/**
 * Rows whose membership has not ended on `day`: members now, decided joiners still to come and
 * joiners proposed in a redesign (the rows a phase form edits, lib/pure/domain/membership.ts planningView).
 */
export function notEndedOn(day: IsoDate): SQL {
  return or(isNull(cooperationMembers.leftAt), gte(cooperationMembers.leftAt, day))!;
}

/** The municipalities of the members on `day`: what the authorisation resource is built from. */
export async function membersOn(db: Db, cooperationId: string, day: IsoDate): Promise<{ kommunenummer: string | null }[]> {
  return db
    .select({ kommunenummer: cooperationMembers.kommunenummer })
    .from(cooperationMembers)
    .where(and(eq(cooperationMembers.cooperationId, cooperationId), memberOn(day)));
}

/** Ids of the members on `day`. */
export async function memberIdsOn(db: Db, cooperationId: string, day: IsoDate): Promise<Set<string>> {
  const rows = await db
    .select({ id: cooperationMembers.id })
    .from(cooperationMembers)
    .where(and(eq(cooperationMembers.cooperationId, cooperationId), memberOn(day)));
  return new Set(rows.map((r) => r.id));
}

/** The members on `day`, with their spans (for planning that must stay inside them). */
export async function memberSpansOn(db: Db, cooperationId: string, day: IsoDate): Promise<{ id: string; joinedAt: IsoDate | null; leftAt: IsoDate | null }[]> {
  return db
    .select({ id: cooperationMembers.id, joinedAt: cooperationMembers.joinedAt, leftAt: cooperationMembers.leftAt })
    .from(cooperationMembers)
    .where(and(eq(cooperationMembers.cooperationId, cooperationId), memberOn(day)))
    .orderBy(asc(cooperationMembers.sortOrder));
}

/** A member's name in SQL, for queries that join cooperation_members and municipalities: "<kommune> kommune", or the organisation's own name. */
export const memberNameSql = sql<string>`coalesce(${municipalities.name} || ' kommune', ${cooperationMembers.organisationName}, 'Ukjent deltaker')`;

/** The whole membership history of a cooperation, newest first. */
export async function loadMembershipChanges(db: Db, cooperationIds: readonly string[]): Promise<(MembershipChange & { cooperationId: string })[]> {
  if (cooperationIds.length === 0) return [];
  const rows = await db
    .select()
    .from(membershipChanges)
    .where(inArray(membershipChanges.cooperationId, [...cooperationIds]))
    .orderBy(asc(membershipChanges.proposedAt));
  return rows.map((r) => ({
    id: r.id,
    cooperationId: r.cooperationId,
    memberId: r.memberId,
    memberName: r.memberName,
    kind: r.kind,
    effectiveDate: r.effectiveDate,
    status: r.status,
    reason: r.reason,
    decisionRound: r.decisionRound,
  }));
}

export interface ProposedJoiner {
  kommunenummer: string | null;
  organisationName: string | null;
  role: MemberRole;
  effectiveDate: IsoDate;
  reason: string | null;
}

/** A joiner proposed in a redesign: a member row that is no member until decided, and its change row. */
export async function proposeJoin(db: Db, cooperationId: string, joiner: ProposedJoiner, actorId: string | null, now: Date): Promise<string> {
  const [order] = await db
    .select({ next: sql<number>`coalesce(max(${cooperationMembers.sortOrder}), -1)::int + 1` })
    .from(cooperationMembers)
    .where(eq(cooperationMembers.cooperationId, cooperationId));
  const [member] = await db
    .insert(cooperationMembers)
    .values({
      cooperationId,
      kommunenummer: joiner.kommunenummer,
      organisationName: joiner.organisationName,
      role: joiner.role,
      proposed: true,
      joinedAt: joiner.effectiveDate,
      sortOrder: Number(order?.next ?? 0),
    })
    .returning({ id: cooperationMembers.id });
  const [named] = await db
    .select({ name: memberNameSql })
    .from(cooperationMembers)
    .leftJoin(municipalities, eq(municipalities.kommunenummer, cooperationMembers.kommunenummer))
    .where(eq(cooperationMembers.id, member!.id));
  await db.insert(membershipChanges).values({
    cooperationId,
    memberId: member!.id,
    memberName: named!.name,
    kind: 'inn',
    effectiveDate: joiner.effectiveDate,
    reason: joiner.reason,
    proposedBy: actorId,
    proposedAt: now,
  });
  return member!.id;
}

/** A current member proposed to leave, with its last day of membership. */
export async function proposeLeave(db: Db, cooperationId: string, memberId: string, input: { effectiveDate: IsoDate; reason: string | null }, actorId: string | null, now: Date): Promise<void> {
  const [named] = await db
    .select({ name: memberNameSql })
    .from(cooperationMembers)
    .leftJoin(municipalities, eq(municipalities.kommunenummer, cooperationMembers.kommunenummer))
    .where(and(eq(cooperationMembers.id, memberId), eq(cooperationMembers.cooperationId, cooperationId)));
  await db.insert(membershipChanges).values({
    cooperationId,
    memberId,
    memberName: named!.name,
    kind: 'ut',
    effectiveDate: input.effectiveDate,
    reason: input.reason,
    proposedBy: actorId,
    proposedAt: now,
  });
}

/** Withdraws one pending proposal; a proposed joiner's member row goes with it. */
export async function withdrawProposal(db: Db, cooperationId: string, changeId: string, now: Date): Promise<boolean> {
  const [change] = await db
    .update(membershipChanges)
    .set({ status: 'forkastet', decidedAt: now })
    .where(and(eq(membershipChanges.id, changeId), eq(membershipChanges.cooperationId, cooperationId), eq(membershipChanges.status, 'foreslatt')))
    .returning({ kind: membershipChanges.kind, memberId: membershipChanges.memberId });
  if (!change) return false;
  if (change.kind === 'inn' && change.memberId) await removeProposedMember(db, cooperationId, change.memberId);
  return true;
}

async function removeProposedMember(db: Db, cooperationId: string, memberId: string): Promise<void> {
  await db
    .delete(cooperationMembers)
    .where(and(eq(cooperationMembers.id, memberId), eq(cooperationMembers.cooperationId, cooperationId), eq(cooperationMembers.proposed, true)));
}

/**
 * The members decided on the redesign: joiners become members from their date, leavers
 * stop after theirs, and planned anchoring occurrences after a leaver's last day go.
 * Returns the changes applied.
 */
export async function applyPendingChanges(db: Db, cooperationId: string, decisionRound: number, now: Date): Promise<number> {
  const pending = await db
    .select()
    .from(membershipChanges)
    .where(and(eq(membershipChanges.cooperationId, cooperationId), eq(membershipChanges.status, 'foreslatt')));
  for (const change of pending) {
    if (change.memberId) {
      if (change.kind === 'inn') {
        await db
          .update(cooperationMembers)
          .set({ proposed: false, joinedAt: change.effectiveDate })
          .where(and(eq(cooperationMembers.id, change.memberId), eq(cooperationMembers.cooperationId, cooperationId)));
      } else {
        await db
          .update(cooperationMembers)
          .set({ leftAt: change.effectiveDate })
          .where(and(eq(cooperationMembers.id, change.memberId), eq(cooperationMembers.cooperationId, cooperationId)));
        await db
          .delete(anchoringOccurrences)
          .where(
            and(
              eq(anchoringOccurrences.cooperationId, cooperationId),
              eq(anchoringOccurrences.memberId, change.memberId),
              eq(anchoringOccurrences.status, 'planlagt'),
              sql`${anchoringOccurrences.dueDate} > ${change.effectiveDate}`,
            ),
          );
      }
    }
    await db
      .update(membershipChanges)
      .set({ status: 'vedtatt', decisionRound, decidedAt: now })
      .where(and(eq(membershipChanges.id, change.id), eq(membershipChanges.cooperationId, cooperationId)));
  }
  return pending.length;
}

/** A redesign dropped: every pending proposal is discarded and proposed joiners removed. */
export async function discardPendingChanges(db: Db, cooperationId: string, now: Date): Promise<number> {
  const discarded = await db
    .update(membershipChanges)
    .set({ status: 'forkastet', decidedAt: now })
    .where(and(eq(membershipChanges.cooperationId, cooperationId), eq(membershipChanges.status, 'foreslatt')))
    .returning({ kind: membershipChanges.kind, memberId: membershipChanges.memberId });
  for (const change of discarded) {
    if (change.kind === 'inn' && change.memberId) await removeProposedMember(db, cooperationId, change.memberId);
  }
  return discarded.length;
}

/** The state, with the row locked for the rest of the transaction; null when missing. */
export async function lockCooperationState(db: Db, cooperationId: string): Promise<string | null> {
  return (await lockCooperation(db, cooperationId, { state: cooperations.state }))?.state ?? null;
}

/** Rows that are, will be or are proposed to be members on or after `today`. */
export async function activeOrComingMembers(db: Db, cooperationId: string, today: IsoDate) {
  return db
    .select({ id: cooperationMembers.id, kommunenummer: cooperationMembers.kommunenummer, organisationName: cooperationMembers.organisationName })
    .from(cooperationMembers)
    .where(and(eq(cooperationMembers.cooperationId, cooperationId), notEndedOn(today)));
}

/** A member added while the cooperation is being set up: a member from the beginning. */
export async function addMemberNow(db: Db, cooperationId: string, member: Omit<ProposedJoiner, 'effectiveDate' | 'reason'>): Promise<string> {
  const [order] = await db
    .select({ next: sql<number>`coalesce(max(${cooperationMembers.sortOrder}), -1)::int + 1` })
    .from(cooperationMembers)
    .where(eq(cooperationMembers.cooperationId, cooperationId));
  const [row] = await db
    .insert(cooperationMembers)
    .values({ cooperationId, kommunenummer: member.kommunenummer, organisationName: member.organisationName, role: member.role, sortOrder: Number(order?.next ?? 0) })
    .returning({ id: cooperationMembers.id });
  return row!.id;
}

/**
 * A member removed while the cooperation is being set up. One with a recorded decision stays
 * in the history (its last day was `lastDay`); one without leaves no trace.
 */
export async function removeMemberNow(db: Db, cooperationId: string, memberId: string, lastDay: IsoDate): Promise<'avsluttet' | 'slettet'> {
  const [decided] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(memberDecisions)
    .where(and(eq(memberDecisions.cooperationId, cooperationId), eq(memberDecisions.memberId, memberId)));
  const where = and(eq(cooperationMembers.id, memberId), eq(cooperationMembers.cooperationId, cooperationId));
  if (Number(decided?.n ?? 0) > 0) {
    await db.update(cooperationMembers).set({ leftAt: lastDay }).where(where);
    return 'avsluttet';
  }
  await db.delete(cooperationMembers).where(where);
  return 'slettet';
}

export async function hasPendingLeave(db: Db, cooperationId: string, memberId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: membershipChanges.id })
    .from(membershipChanges)
    .where(and(eq(membershipChanges.cooperationId, cooperationId), eq(membershipChanges.memberId, memberId), eq(membershipChanges.status, 'foreslatt')));
  return Boolean(row);
}

/** Members that must decide in a round: today's members and the proposed joiners. */
export async function decidingMemberIds(db: Db, cooperationId: string, today: IsoDate): Promise<Set<string>> {
  const rows = await db
    .select({ id: cooperationMembers.id })
    .from(cooperationMembers)
    .where(and(eq(cooperationMembers.cooperationId, cooperationId), or(memberOn(today), eq(cooperationMembers.proposed, true))));
  return new Set(rows.map((r) => r.id));
}
