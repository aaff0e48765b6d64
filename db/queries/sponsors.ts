import 'server-only';
// Replacing a sponsor after an election: the person who does not continue gives way to the
// one the member has chosen, on the same row (same member, same kind), in one statement.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { sponsors } from '../schema';

export interface SponsorReplacement {
  cooperationId: string;
  sponsorId: string;
  name: string;
  title: string | null;
  now: Date;
  actorId: string;
  actorName: string;
}

/**
 * The names before and after; null when the sponsor is not in the cooperation. The append-only
 * change log of drift (branch drift-edit) is written from here once it exists: one entry
 * {what: 'sponsor', old: previous, new: next, actor, at} in this same transaction.
 */
export async function replaceSponsor(db: Db, input: SponsorReplacement): Promise<{ previous: string; next: string } | null> {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ name: sponsors.name })
      .from(sponsors)
      .where(and(eq(sponsors.id, input.sponsorId), eq(sponsors.cooperationId, input.cooperationId)))
      .for('update');
    if (!before) return null;
    await tx
      .update(sponsors)
      // A new person: the old user link and internal note belonged to the one who left.
      .set({ name: input.name, title: input.title, userId: null, note: null, confirmedAt: input.now, needsReconfirmation: false })
      .where(and(eq(sponsors.id, input.sponsorId), eq(sponsors.cooperationId, input.cooperationId)));
    return { previous: before.name, next: input.name };
  });
}
