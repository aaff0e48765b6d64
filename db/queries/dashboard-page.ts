import 'server-only';
// "Mine samarbeid" for a user with hundreds of cooperations: the order of the cards and the
// summary over all of them in SQL (overdue anchoring occurrences and sponsors to re-confirm,
// counted per cooperation by the database), and the cards of one page only, from the stored
// summaries (summaries.ts: next anchoring, tasks, warnings, lights, kept current on write).
import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { anchoringOccurrences, cooperations, sponsors } from '../schema';
import type { SessionUser } from '@/lib/pure/auth/roles';
import { osloDateOf, type IsoDate } from '@/lib/pure/domain/iso-date';
import { pageWindow, PAGE_SIZE, type PageWindow } from '@/lib/pure/paging';
import type { CooperationSummary } from '@/lib/pure/dashboard/summary';
import { readableCondition } from './cooperations';
import { norwegianOrder } from './sort';
import { loadSummaries } from './summaries';

/** isOverdue (lib/pure/dashboard/occurrences.ts) in SQL: planned and past due, or moved to a day that has passed. */
function overdueOccurrence(today: IsoDate): SQL {
  return or(
    and(eq(anchoringOccurrences.status, 'planlagt'), sql`${anchoringOccurrences.dueDate} < ${today}`),
    and(eq(anchoringOccurrences.status, 'utsatt'), sql`${anchoringOccurrences.heldDate} < ${today}`),
  )!;
}

/** Overdue anchoring and sponsors to re-confirm are counted over the cooperations in work only. */
export interface DashboardSummary {
  cooperations: number;
  /** Of those: drafts, and ended (avviklet or avbrutt); the rest are in work. */
  drafts: number;
  ended: number;
  /** Overdue anchoring occurrences over all the user's cooperations. */
  overdue: number;
  /** Cooperations with at least one overdue occurrence. */
  withOverdue: number;
  /** Sponsors to re-confirm after an election, over all the user's cooperations. */
  reconfirm: number;
}

export interface DashboardPage {
  /** The page's cooperations in order; each card holds every task (cards.ts personalCard splits them by viewer). */
  rows: Pick<CooperationSummary, 'card' | 'resource'>[];
  window: PageWindow;
  summary: DashboardSummary;
}

/** lib/pure/dashboard/cards.ts cardGroup in SQL: in work 0, drafts 1, ended 2. */
const GROUP_RANK = sql<number>`case when ${cooperations.state} in ('avviklet', 'avbrutt') then 2 when ${cooperations.state} = 'utkast' then 1 else 0 end`;

/**
 * One page of the cooperations the user has a role in: those in work first, most urgent first
 * (the most overdue anchoring occurrences, then sponsors waiting for re-confirmation, then by
 * name); then drafts; then ended ones. The administrator's right to read every cooperation is
 * not a role in them, so it does not count here.
 */
export async function dashboardPage(db: Db, user: SessionUser, page: number, now: Date): Promise<DashboardPage> {
  const today = osloDateOf(now);
  const where = readableCondition(db, { ...user, roles: user.roles.filter((r) => r.role !== 'administrator') }, today);
  const empty = { cooperations: 0, drafts: 0, ended: 0, overdue: 0, withOverdue: 0, reconfirm: 0 };
  if (where === null) return { rows: [], window: pageWindow(0, page), summary: empty };
  // Counted per readable cooperation (correlated, on the cooperation_id indexes), not over the
  // whole country's occurrences and then joined.
  // Written out with table names: inside a subquery drizzle leaves columns unqualified, and a bare
  // "id" would be the occurrence's own.
  const overdueN = sql<number>`(select count(*) from ${anchoringOccurrences} where ${sql.raw('"anchoring_occurrences"."cooperation_id" = "cooperations"."id"')} and ${overdueOccurrence(today)})`;
  const reconfirmN = sql<number>`(select count(*) from ${sponsors} where ${sql.raw('"sponsors"."cooperation_id" = "cooperations"."id" and "sponsors"."needs_reconfirmation"')})`;
  const readable = db
    .select({ id: cooperations.id, name: cooperations.name, groupRank: GROUP_RANK.as('group_rank'), overdue: overdueN.as('overdue_n'), reconfirm: reconfirmN.as('reconfirm_n') })
    .from(cooperations)
    .where(where)
    .as('readable');
  // The totals over all of them ride on every row as window aggregates (computed before the
  // LIMIT), so the readable set and its per-cooperation counts are worked out once, not twice.
  const totalsOf = (over: SQL) => ({
    cooperations: sql<number>`count(*) ${over}`,
    drafts: sql<number>`(count(*) filter (where ${readable.groupRank} = 1) ${over})::int`,
    ended: sql<number>`(count(*) filter (where ${readable.groupRank} = 2) ${over})::int`,
    overdue: sql<number>`coalesce(sum(${readable.overdue}) filter (where ${readable.groupRank} = 0) ${over}, 0)::int`,
    withOverdue: sql<number>`(count(*) filter (where ${readable.groupRank} = 0 and ${readable.overdue} > 0) ${over})::int`,
    reconfirm: sql<number>`coalesce(sum(${readable.reconfirm}) filter (where ${readable.groupRank} = 0) ${over}, 0)::int`,
  });
  const ids = await db
    .select({ id: readable.id, ...totalsOf(sql`over ()`) })
    .from(readable)
    .orderBy(
      asc(readable.groupRank),
      // Urgency sorts only the cooperations in work; drafts and ended ones go by name.
      sql`(case when ${readable.groupRank} = 0 then ${readable.overdue} else 0 end) desc`,
      sql`(${readable.groupRank} = 0 and ${readable.reconfirm} > 0) desc`,
      norwegianOrder(readable.name),
      asc(readable.id),
    )
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE);
  // Past the last page there is no row to carry the totals: only then are they asked for alone.
  const [totals] = ids.length > 0 ? ids : await db.select(totalsOf(sql``)).from(readable);
  const summary = totals
    ? {
        cooperations: Number(totals.cooperations),
        drafts: Number(totals.drafts),
        ended: Number(totals.ended),
        overdue: Number(totals.overdue),
        withOverdue: Number(totals.withOverdue),
        reconfirm: Number(totals.reconfirm),
      }
    : empty;
  const summaries = await loadSummaries(db, ids.map((r) => r.id), now, { parts: ['card', 'resource'] });
  const rows = ids.flatMap((r) => {
    const found = summaries.get(r.id);
    return found ? [found] : [];
  });
  return { rows, window: pageWindow(summary.cooperations, page), summary };
}

/** The names of the cooperations the user has a role in (the roles panel; they may be on another page). */
export async function roleCooperationNames(db: Db, user: SessionUser): Promise<Map<string, string>> {
  const ids = [...new Set(user.roles.flatMap((r) => (r.cooperationId ? [r.cooperationId] : [])))];
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: cooperations.id, name: cooperations.name }).from(cooperations).where(inArray(cooperations.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}
