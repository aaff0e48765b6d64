import 'server-only';
// Municipal elections: recording one marks every sponsor of every active cooperation for
// re-confirmation (a task, not a lifecycle state); re-confirming is a Støtte save (lib/actions/phases/stotte.ts).
import { desc, eq, inArray, notInArray } from 'drizzle-orm';
import type { Db } from '../client';
import { cooperations, elections, sponsors } from '../schema';
import { ENDED_STATES } from '@/lib/domain/dossier';

const ENDED = [...ENDED_STATES];

export async function recordElection(db: Db, input: { electionDate: string; recordedBy: string | null }) {
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
      .values({ electionDate: input.electionDate, recordedBy: input.recordedBy, cooperationsFlagged: ids.length, sponsorsFlagged: flagged.length })
      .returning();
    return { created: true as const, election: row! };
  });
}

export async function listElections(db: Db) {
  return db.select().from(elections).orderBy(desc(elections.electionDate));
}
