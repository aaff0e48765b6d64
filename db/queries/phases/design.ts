import 'server-only';
// Design: the design jsonb (legal form, bodies, operative leader, mandate, working methods)
// and the members' roles. Every function writes in the caller's transaction; the lifecycle
// columns (state, state_value, snapshot, row_version) are the runner's and never touched here.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../client';
import { cooperationMembers, cooperations } from '../../schema';
import type { Design, MemberRole } from '@/lib/pure/domain/dossier';
import type { IsoDate } from '@/lib/pure/domain/iso-date';
import { notEndedOn } from '../membership';

export async function writeDesign(db: Db, cooperationId: string, design: Design, now: Date): Promise<void> {
  await db.update(cooperations).set({ design, updatedAt: now }).where(eq(cooperations.id, cooperationId));
}

/** Members whose membership has not ended on `today` only; the caller has checked that every id is one of the form's. */
export async function updateMemberRoles(db: Db, cooperationId: string, members: readonly { id: string; role: MemberRole }[], today: IsoDate): Promise<void> {
  for (const m of members) {
    await db
      .update(cooperationMembers)
      .set({ role: m.role })
      .where(and(eq(cooperationMembers.id, m.id), eq(cooperationMembers.cooperationId, cooperationId), notEndedOn(today)));
  }
}
