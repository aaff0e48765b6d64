import 'server-only';
// Personal calendar feeds: the secret address (only its hash is stored, see
// lib/server/calendar/feed-token.ts) and the items a user's feed holds.
import { and, asc, eq, gte, inArray, isNotNull, isNull, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import {
  anchoringOccurrences,
  calendarFeeds,
  cooperationMembers,
  cooperations,
  evaluationInvitations,
  evaluationRounds,
  sponsors,
  users,
} from '../schema';
import type { Role } from '@/lib/pure/auth/roles';
import type { AnchoringItem, CalendarItem, DeadlineItem } from '@/lib/pure/calendar/items';
import { deriveFeedToken, hashFeedToken } from '@/lib/server/calendar/feed-token';
import { addMonths, osloDateOf } from '@/lib/pure/domain/iso-date';
import { occurrenceQuery, toOccurrenceRow } from './follow-up';
import { activeGrants } from './users';
import { ENDED_STATES } from '@/lib/pure/domain/dossier';

const ENDED = [...ENDED_STATES];
const COOPERATION_ROLES: readonly Role[] = ['politisk_sponsor', 'administrativ_sponsor', 'operativ_leder', 'medlemsrepresentant'];
const MUNICIPALITY_ROLES: readonly Role[] = ['radmannsteam', 'folkevalgt'];

/** Timestamps go through the token at millisecond precision, which every driver returns intact. */
const toMillis = (date: Date) => new Date(Math.floor(date.getTime()));

/**
 * The user's feed token, creating the feed on first use. Null when the stored hash no longer
 * matches what the current secret derives (NEXTAUTH_SECRET was changed): the old address
 * still works, but it cannot be shown; making a new one fixes that.
 */
export async function calendarFeedToken(db: Db, input: { userId: string; secret: string; now: Date }): Promise<string | null> {
  const createdAt = toMillis(input.now);
  const fresh = deriveFeedToken(input.secret, input.userId, createdAt);
  await db
    .insert(calendarFeeds)
    .values({ userId: input.userId, tokenHash: hashFeedToken(fresh), createdAt })
    .onConflictDoNothing({ target: calendarFeeds.userId });
  const [row] = await db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, input.userId));
  if (!row) return null;
  const token = deriveFeedToken(input.secret, input.userId, row.createdAt);
  return hashFeedToken(token) === row.tokenHash ? token : null;
}

/** A new address for the user's feed; the old one stops working at once. Returns the new token. */
export async function regenerateCalendarFeed(db: Db, input: { userId: string; secret: string; now: Date }): Promise<string> {
  return db.transaction(async (tx) => {
    const [previous] = await tx
      .select({ createdAt: calendarFeeds.createdAt })
      .from(calendarFeeds)
      .where(eq(calendarFeeds.userId, input.userId))
      .for('update');
    // Two regenerations in the same millisecond must still give two different tokens.
    let createdAt = toMillis(input.now);
    if (previous && createdAt.getTime() <= previous.createdAt.getTime()) createdAt = new Date(previous.createdAt.getTime() + 1);
    const token = deriveFeedToken(input.secret, input.userId, createdAt);
    const tokenHash = hashFeedToken(token);
    await tx
      .insert(calendarFeeds)
      .values({ userId: input.userId, tokenHash, createdAt })
      .onConflictDoUpdate({ target: calendarFeeds.userId, set: { tokenHash, createdAt } });
    return token;
  });
}

/** The active user a token belongs to, or null (unknown, replaced, or the account is deactivated). */
export async function findFeedOwner(db: Db, token: string): Promise<{ id: string; name: string } | null> {
  const [row] = await db
    .select({ id: users.id, name: users.name })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(and(eq(calendarFeeds.tokenHash, hashFeedToken(token)), eq(users.active, true)));
  return row ?? null;
}

/**
 * Everything in the user's feed from 12 months back: anchoring occurrences of cooperations
 * the user has a role in (or is a linked sponsor of), and of members that are municipalities
 * where the user is rådmannsteam or folkevalgt; plus answer deadlines of open evaluation
 * rounds the user is invited to and has not answered. Planned occurrences of ended
 * cooperations are left out: they will never be held.
 */
export async function calendarItemsForUser(db: Db, input: { userId: string; now: Date }): Promise<CalendarItem[]> {
  const from = addMonths(osloDateOf(input.now), -12);
  const grants = await activeGrants(db, input.userId);
  const linked = await db.select({ cooperationId: sponsors.cooperationId }).from(sponsors).where(eq(sponsors.userId, input.userId));
  const cooperationIds = [
    ...new Set([
      ...grants.filter((g) => COOPERATION_ROLES.includes(g.role) && g.cooperationId !== null).map((g) => g.cooperationId as string),
      ...linked.map((l) => l.cooperationId),
    ]),
  ];
  const kommunenummer = [
    ...new Set(grants.filter((g) => MUNICIPALITY_ROLES.includes(g.role) && g.kommunenummer !== null).map((g) => g.kommunenummer as string)),
  ];
  const scopes: SQL[] = [];
  if (cooperationIds.length > 0) scopes.push(inArray(anchoringOccurrences.cooperationId, cooperationIds));
  if (kommunenummer.length > 0) scopes.push(inArray(cooperationMembers.kommunenummer, kommunenummer));
  const anchoring = scopes.length > 0 ? await anchoringItems(db, or(...scopes)!, from) : [];
  return [...anchoring, ...(await evaluationDeadlines(db, input.userId, from))].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}

async function anchoringItems(db: Db, scope: SQL, from: string): Promise<AnchoringItem[]> {
  const rows = await occurrenceQuery(db)
    .where(
      and(
        scope,
        gte(sql`coalesce(${anchoringOccurrences.heldDate}, ${anchoringOccurrences.dueDate})`, from),
        or(notInArray(cooperations.state, ENDED), sql`${anchoringOccurrences.status} <> 'planlagt'`),
      ),
    )
    .orderBy(asc(anchoringOccurrences.dueDate), asc(anchoringOccurrences.id));
  // The feed (lib/pure/calendar/feed.ts) reads the AnchoringItem fields of the row and nothing else.
  return rows.map((r) => ({ type: 'forankring' as const, ...toOccurrenceRow(r) }));
}

async function evaluationDeadlines(db: Db, userId: string, from: string): Promise<DeadlineItem[]> {
  const rows = await db
    .select({ roundId: evaluationRounds.id, number: evaluationRounds.number, dueDate: evaluationRounds.dueDate, cooperationId: cooperations.id, cooperationName: cooperations.name })
    .from(evaluationInvitations)
    .innerJoin(evaluationRounds, eq(evaluationRounds.id, evaluationInvitations.roundId))
    .innerJoin(cooperations, eq(cooperations.id, evaluationRounds.cooperationId))
    .where(
      and(
        eq(evaluationInvitations.userId, userId),
        isNull(evaluationInvitations.submittedAt),
        eq(evaluationRounds.status, 'aapen'),
        isNotNull(evaluationRounds.dueDate),
        gte(evaluationRounds.dueDate, from),
      ),
    );
  return rows.map((r) => ({
    type: 'frist' as const,
    id: `evaluering-${r.roundId}`,
    cooperationId: r.cooperationId,
    cooperationName: r.cooperationName,
    title: `svar på evaluering ${r.number}`,
    evaluationRound: r.number,
    dueDate: r.dueDate as string,
    details: ['Du er invitert til å svare på evalueringen. Svarene vises først når runden er lukket.'],
  }));
}
