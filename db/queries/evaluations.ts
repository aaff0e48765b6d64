import 'server-only';
// Evaluation rounds, their invitations and answers. Answers are read here only for their own
// respondent or, once the round is closed, to build the frozen results; the overview gets
// answered yes/no and nothing else.
import { and, asc, desc, eq, inArray, isNotNull, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { cooperationMembers, evaluationAnswers, evaluationInvitations, evaluationRounds, goals, municipalities, roleAssignments, sponsors, users, workflowEvents } from '../schema';
import type { RoleGrant } from '@/lib/pure/auth/roles';
import type { Dossier } from '@/lib/pure/domain/dossier';
import type { InvitationCandidate, InvitationPerspective } from '@/lib/pure/domain/questionnaire';
import { loadCooperationResource } from './dossier';
import { isLocale, type Locale, type Maalform } from '@/lib/pure/i18n/locales';

export type RoundRow = typeof evaluationRounds.$inferSelect;
export type InvitationRow = typeof evaluationInvitations.$inferSelect;

export async function roundById(db: Db, roundId: string): Promise<RoundRow | null> {
  const [row] = await db.select().from(evaluationRounds).where(eq(evaluationRounds.id, roundId));
  return row ?? null;
}

/** The round, locked for the rest of the transaction, so answering and closing never interleave. */
export async function lockRound(db: Db, roundId: string): Promise<RoundRow | null> {
  const [row] = await db.select().from(evaluationRounds).where(eq(evaluationRounds.id, roundId)).for('update');
  return row ?? null;
}

/** The authorisation resource of the round's cooperation; null when the round does not exist. */
export async function roundResource(db: Db, roundId: string) {
  const [row] = await db.select({ cooperationId: evaluationRounds.cooperationId }).from(evaluationRounds).where(eq(evaluationRounds.id, roundId));
  return row ? loadCooperationResource(db, row.cooperationId) : null;
}

export async function openRoundOf(db: Db, cooperationId: string): Promise<RoundRow | null> {
  const [row] = await db
    .select()
    .from(evaluationRounds)
    .where(and(eq(evaluationRounds.cooperationId, cooperationId), eq(evaluationRounds.status, 'aapen')))
    .orderBy(desc(evaluationRounds.number))
    .limit(1);
  return row ?? null;
}

/** Every round of the cooperation, newest first, with how many were invited and have answered. */
export async function roundsOf(db: Db, cooperationId: string) {
  const [rounds, counts] = await Promise.all([
    db
      .select({
        id: evaluationRounds.id,
        number: evaluationRounds.number,
        status: evaluationRounds.status,
        reason: evaluationRounds.reason,
        dueDate: evaluationRounds.dueDate,
        openedAt: evaluationRounds.openedAt,
        closedAt: evaluationRounds.closedAt,
        decision: evaluationRounds.decision,
      })
      .from(evaluationRounds)
      .where(eq(evaluationRounds.cooperationId, cooperationId))
      .orderBy(desc(evaluationRounds.number)),
    db
      .select({
        roundId: evaluationInvitations.roundId,
        invited: sql<number>`count(*)::int`,
        answered: sql<number>`count(${evaluationInvitations.submittedAt})::int`,
      })
      .from(evaluationInvitations)
      .innerJoin(evaluationRounds, eq(evaluationRounds.id, evaluationInvitations.roundId))
      .where(eq(evaluationRounds.cooperationId, cooperationId))
      .groupBy(evaluationInvitations.roundId),
  ]);
  const byRound = new Map(counts.map((c) => [c.roundId, c]));
  return rounds.map((r) => ({ ...r, invited: byRound.get(r.id)?.invited ?? 0, answered: byRound.get(r.id)?.answered ?? 0 }));
}

/** Who is invited and whether they have submitted: never what they answered. */
export async function invitationStatus(db: Db, roundId: string) {
  return db
    .select({
      userId: evaluationInvitations.userId,
      name: users.name,
      title: users.title,
      perspective: evaluationInvitations.perspective,
      memberName: municipalities.name,
      organisationName: cooperationMembers.organisationName,
      submitted: sql<boolean>`${evaluationInvitations.submittedAt} is not null`,
    })
    .from(evaluationInvitations)
    .innerJoin(users, eq(users.id, evaluationInvitations.userId))
    .leftJoin(cooperationMembers, eq(cooperationMembers.id, evaluationInvitations.memberId))
    .leftJoin(municipalities, eq(municipalities.kommunenummer, cooperationMembers.kommunenummer))
    .where(eq(evaluationInvitations.roundId, roundId))
    .orderBy(asc(users.name));
}

/** The user's invitation to the round; locked when `lock` is set. */
export async function invitationOf(db: Db, roundId: string, userId: string, lock = false): Promise<InvitationRow | null> {
  const query = db
    .select()
    .from(evaluationInvitations)
    .where(and(eq(evaluationInvitations.roundId, roundId), eq(evaluationInvitations.userId, userId)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/** One invitation's stored answers (a draft or the submission); null before the first save. */
export async function answersOf(db: Db, invitationId: string): Promise<unknown> {
  const [row] = await db.select({ answers: evaluationAnswers.answers }).from(evaluationAnswers).where(eq(evaluationAnswers.invitationId, invitationId));
  return row?.answers ?? null;
}

export async function saveAnswers(db: Db, invitationId: string, answers: unknown, now: Date): Promise<void> {
  await db
    .insert(evaluationAnswers)
    .values({ invitationId, answers, updatedAt: now })
    .onConflictDoUpdate({ target: evaluationAnswers.invitationId, set: { answers, updatedAt: now } });
}

/** Marks the invitation submitted; false when it already was (the answers are then final). */
export async function markSubmitted(db: Db, invitationId: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(evaluationInvitations)
    .set({ submittedAt: now })
    .where(and(eq(evaluationInvitations.id, invitationId), isNull(evaluationInvitations.submittedAt)))
    .returning({ id: evaluationInvitations.id });
  return rows.length === 1;
}

/** Every invitation's perspective and member, submitted or not (for response rates). */
export async function invitationPerspectives(db: Db, roundId: string): Promise<{ perspective: InvitationPerspective; memberId: string | null }[]> {
  return db
    .select({ perspective: evaluationInvitations.perspective, memberId: evaluationInvitations.memberId })
    .from(evaluationInvitations)
    .where(eq(evaluationInvitations.roundId, roundId));
}

/** The submitted answers of a round; drafts are never read here. Only for building results at close. */
export async function submittedAnswers(db: Db, roundId: string) {
  return db
    .select({ perspective: evaluationInvitations.perspective, memberId: evaluationInvitations.memberId, answers: evaluationAnswers.answers })
    .from(evaluationInvitations)
    .innerJoin(evaluationAnswers, eq(evaluationAnswers.invitationId, evaluationInvitations.id))
    .where(and(eq(evaluationInvitations.roundId, roundId), isNotNull(evaluationInvitations.submittedAt)))
    .orderBy(asc(evaluationInvitations.submittedAt));
}

/** Closes an open round with its frozen results; false when it was no longer open. */
export async function storeClosedRound(db: Db, roundId: string, close: { closedBy: string; closedAt: Date; results: unknown }): Promise<boolean> {
  const rows = await db
    .update(evaluationRounds)
    .set({ status: 'lukket', closedBy: close.closedBy, closedAt: close.closedAt, results: close.results })
    .where(and(eq(evaluationRounds.id, roundId), eq(evaluationRounds.status, 'aapen')))
    .returning({ id: evaluationRounds.id });
  return rows.length === 1;
}

/** The frozen results of the last round closed before round `number`; null when there is none. */
export async function previousResults(db: Db, cooperationId: string, number: number): Promise<unknown> {
  const [row] = await db
    .select({ results: evaluationRounds.results })
    .from(evaluationRounds)
    .where(and(eq(evaluationRounds.cooperationId, cooperationId), eq(evaluationRounds.status, 'lukket'), lt(evaluationRounds.number, number)))
    .orderBy(desc(evaluationRounds.number))
    .limit(1);
  return row?.results ?? null;
}

export async function goalIdsOf(db: Db, cooperationId: string): Promise<string[]> {
  const rows = await db.select({ id: goals.id }).from(goals).where(eq(goals.cooperationId, cooperationId)).orderBy(asc(goals.sortOrder));
  return rows.map((r) => r.id);
}

const GRANT_PERSPECTIVES = ['operativ_leder', 'politisk_sponsor', 'administrativ_sponsor', 'medlemsrepresentant'] as const;

/**
 * Everyone who may be invited, possibly several times: the cooperation's leader, sponsors and
 * representatives, the rådmannsteam of every member, and sponsors linked to a user account.
 * Inactive users and revoked roles are left out.
 */
export async function invitationCandidates(db: Db, dossier: Dossier): Promise<InvitationCandidate[]> {
  const memberByKommune = new Map(dossier.members.flatMap((m) => (m.kommunenummer ? [[m.kommunenummer, m.id] as const] : [])));
  const kommuner = [...memberByKommune.keys()];
  const scoped = or(
    and(eq(roleAssignments.cooperationId, dossier.id), inArray(roleAssignments.role, GRANT_PERSPECTIVES)),
    kommuner.length > 0 ? and(eq(roleAssignments.role, 'radmannsteam'), inArray(roleAssignments.kommunenummer, kommuner)) : undefined,
  );
  const [grants, linkedSponsors] = await Promise.all([
    db
      .select({ userId: roleAssignments.userId, role: roleAssignments.role, kommunenummer: roleAssignments.kommunenummer })
      .from(roleAssignments)
      .innerJoin(users, eq(users.id, roleAssignments.userId))
      .where(and(isNull(roleAssignments.revokedAt), eq(users.active, true), scoped)),
    db
      .select({ userId: sponsors.userId, kind: sponsors.kind, memberId: sponsors.memberId })
      .from(sponsors)
      .innerJoin(users, eq(users.id, sponsors.userId))
      .where(and(eq(sponsors.cooperationId, dossier.id), eq(users.active, true))),
  ]);
  return [
    ...grants.map((g) => ({ userId: g.userId, perspective: g.role as InvitationPerspective, memberId: (g.kommunenummer && memberByKommune.get(g.kommunenummer)) || null })),
    ...linkedSponsors.flatMap((s) => (s.userId ? [{ userId: s.userId, perspective: `${s.kind}_sponsor` as const, memberId: s.memberId }] : [])),
  ];
}

/** The active role grants of the given users, for an access check before inviting them. */
export async function activeGrants(db: Db, userIds: readonly string[]): Promise<Map<string, RoleGrant[]>> {
  const result = new Map<string, RoleGrant[]>();
  if (userIds.length === 0) return result;
  const rows = await db
    .select({ userId: roleAssignments.userId, role: roleAssignments.role, kommunenummer: roleAssignments.kommunenummer, cooperationId: roleAssignments.cooperationId })
    .from(roleAssignments)
    .where(and(inArray(roleAssignments.userId, [...new Set(userIds)]), isNull(roleAssignments.revokedAt)));
  for (const { userId, ...grant } of rows) result.set(userId, [...(result.get(userId) ?? []), grant]);
  return result;
}

export interface NewRound {
  cooperationId: string;
  questionnaireVersion: number;
  /** The language of the version the round is opened in (lib/pure/domain/questionnaire/round-language.ts). */
  questionnaireLanguage: Locale;
  reason: 'plan' | 'forespurt';
  dueDate: string | null;
  openedBy: string | null;
  openedAt: Date;
}

/** What the language of a new round is chosen from: the member municipalities' målform and the opener's profile language. */
export async function roundLanguageFacts(db: Db, dossier: Dossier, openerId: string | null): Promise<{ maalformer: Maalform[]; openerLanguage: Locale | null }> {
  const numbers = [...new Set(dossier.members.flatMap((m) => (m.kommunenummer ? [m.kommunenummer] : [])))];
  const rows = numbers.length > 0 ? await db.select({ maalform: municipalities.maalform }).from(municipalities).where(inArray(municipalities.kommunenummer, numbers)) : [];
  const [opener] = openerId ? await db.select({ language: users.language }).from(users).where(eq(users.id, openerId)) : [];
  return { maalformer: rows.map((r) => r.maalform), openerLanguage: isLocale(opener?.language) ? opener.language : null };
}

/** Creates the next round of the cooperation and its invitations; returns the round's id and number. */
export async function createRound(db: Db, round: NewRound, invitations: readonly InvitationCandidate[]) {
  const [last] = await db
    .select({ number: sql<number>`coalesce(max(${evaluationRounds.number}), 0)::int` })
    .from(evaluationRounds)
    .where(eq(evaluationRounds.cooperationId, round.cooperationId));
  const number = last!.number + 1; // max() always yields a row
  const [row] = await db.insert(evaluationRounds).values({ ...round, number }).returning({ id: evaluationRounds.id });
  if (invitations.length > 0) {
    await db.insert(evaluationInvitations).values(invitations.map((i) => ({ roundId: row!.id, userId: i.userId, perspective: i.perspective, memberId: i.memberId, invitedAt: round.openedAt })));
  }
  return { id: row!.id, number };
}

/** Who took the cooperation's latest lifecycle step (the runner writes it before its effects run). */
export async function latestStepActor(db: Db, cooperationId: string): Promise<string | null> {
  const [row] = await db
    .select({ actorId: workflowEvents.actorId })
    .from(workflowEvents)
    .where(eq(workflowEvents.cooperationId, cooperationId))
    .orderBy(desc(workflowEvents.seq))
    .limit(1);
  return row?.actorId ?? null;
}

/** The round a decision concludes: the latest closed round of the cooperation not yet decided. */
export async function undecidedClosedRound(db: Db, cooperationId: string): Promise<RoundRow | null> {
  const [row] = await db
    .select()
    .from(evaluationRounds)
    .where(and(eq(evaluationRounds.cooperationId, cooperationId), eq(evaluationRounds.status, 'lukket'), isNull(evaluationRounds.decision)))
    .orderBy(desc(evaluationRounds.number))
    .limit(1);
  return row ?? null;
}

export interface RoundDecision {
  decision: 'opprettholde' | 'redesign' | 'avvikle';
  summary: string | null;
  summaryPublic: boolean;
  recommendation: 'opprettholde' | 'redesign' | 'avvikle' | null;
  recommendationNote: string | null;
  decisionNote: string | null;
  decidedBy: string | null;
  decidedAt: Date;
}

/** Stores the outcome on a closed round that has none yet; false when there was none to store it on. */
export async function storeRoundDecision(db: Db, roundId: string, d: RoundDecision): Promise<boolean> {
  const rows = await db
    .update(evaluationRounds)
    .set(d)
    .where(and(eq(evaluationRounds.id, roundId), eq(evaluationRounds.status, 'lukket'), isNull(evaluationRounds.decision)))
    .returning({ id: evaluationRounds.id });
  return rows.length === 1;
}

/** Every closed round up to round `number`, oldest first: the trend (only the criteria of the frozen results are read). */
export async function closedRoundCriteria(db: Db, cooperationId: string, number: number) {
  return db
    .select({ roundNumber: evaluationRounds.number, closedAt: evaluationRounds.closedAt, criteria: sql<unknown>`${evaluationRounds.results}->'criteria'` })
    .from(evaluationRounds)
    .where(and(eq(evaluationRounds.cooperationId, cooperationId), eq(evaluationRounds.status, 'lukket'), lte(evaluationRounds.number, number)))
    .orderBy(asc(evaluationRounds.number));
}
