import 'server-only';
// Innramming (framing): the framing jsonb, the goals and the members' cost-key figures and
// expected benefit. Every function writes in the caller's transaction; the lifecycle columns
// (state, state_value, snapshot, row_version) are the runner's and never touched here.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../client';
import { cooperationMembers, cooperations, goals } from '../../schema';
import type { BenefitLevel, Framing } from '@/lib/pure/domain/dossier';
import type { IsoDate } from '@/lib/pure/domain/iso-date';
import { notEndedOn } from '../membership';

export async function writeFraming(db: Db, cooperationId: string, framing: Framing, now: Date): Promise<void> {
  await db.update(cooperations).set({ framing, updatedAt: now }).where(eq(cooperations.id, cooperationId));
}

export interface GoalToSave {
  /** The goal's id when it already belongs to this cooperation; otherwise a new id is made. */
  id: string | null;
  statement: string;
  indicator: string;
  baseline: string;
  target: string;
  deadline: string | null;
}

/**
 * Replaces the goal list in the given order. Existing goals keep their ids (evaluations will
 * record results per goal); an id from elsewhere is ignored rather than trusted.
 */
export async function replaceGoals(db: Db, cooperationId: string, incoming: readonly GoalToSave[]): Promise<void> {
  const existing = await db.select({ id: goals.id }).from(goals).where(eq(goals.cooperationId, cooperationId));
  const known = new Set(existing.map((g) => g.id));
  await db.delete(goals).where(eq(goals.cooperationId, cooperationId));
  if (incoming.length === 0) return;
  const used = new Set<string>();
  await db.insert(goals).values(
    incoming.map((g, index) => {
      const keep = g.id !== null && known.has(g.id) && !used.has(g.id);
      if (keep && g.id) used.add(g.id);
      return {
        ...(keep && g.id ? { id: g.id } : {}),
        cooperationId,
        statement: g.statement,
        indicator: g.indicator,
        baseline: g.baseline,
        target: g.target,
        deadline: g.deadline,
        sortOrder: index,
      };
    }),
  );
}

export interface MemberFramingToSave {
  id: string;
  population: number | null;
  usage: number | null;
  fixedSharePercent: number | null;
  expectedBenefit: string | null;
  expectedBenefitLevel: BenefitLevel | null;
}

/** Members whose membership has not ended on `today` only; the caller has checked that every id is one of the form's. */
export async function updateMemberFraming(db: Db, cooperationId: string, members: readonly MemberFramingToSave[], today: IsoDate): Promise<void> {
  for (const m of members) {
    await db
      .update(cooperationMembers)
      .set({ population: m.population, usage: m.usage, fixedSharePercent: m.fixedSharePercent, expectedBenefit: m.expectedBenefit, expectedBenefitLevel: m.expectedBenefitLevel })
      .where(and(eq(cooperationMembers.id, m.id), eq(cooperationMembers.cooperationId, cooperationId), notEndedOn(today)));
  }
}
