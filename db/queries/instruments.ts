import 'server-only';
// The metastyring instruments a cooperation uses, upserted by id as one list.
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { cooperations, instrumentUses } from '../schema';
import type { InstrumentUse } from '@/lib/pure/domain/dossier';

export async function listInstrumentUses(db: Db, cooperationId: string): Promise<InstrumentUse[]> {
  const rows = await db.select().from(instrumentUses).where(eq(instrumentUses.cooperationId, cooperationId));
  return rows.map((r) => ({ id: r.id, family: r.family, code: r.code, label: r.label, status: r.status, documentUrl: r.documentUrl }));
}

export type InstrumentUseToSave = Omit<InstrumentUse, 'id'> & { id: string | null };

/** Upserts by id (ids of other cooperations make new rows) and removes the rest. */
export async function replaceInstrumentUses(db: Db, cooperationId: string, uses: readonly InstrumentUseToSave[], now: Date) {
  const existing = await db.select({ id: instrumentUses.id }).from(instrumentUses).where(eq(instrumentUses.cooperationId, cooperationId));
  const known = new Set(existing.map((u) => u.id));
  const kept = new Set<string>();
  for (const { id, ...values } of uses) {
    if (id && known.has(id) && !kept.has(id)) {
      kept.add(id);
      await db
        .update(instrumentUses)
        .set(values)
        .where(and(eq(instrumentUses.id, id), eq(instrumentUses.cooperationId, cooperationId)));
    } else {
      await db.insert(instrumentUses).values({ ...values, cooperationId });
    }
  }
  const removed = [...known].filter((id) => !kept.has(id));
  if (removed.length > 0) {
    await db.delete(instrumentUses).where(and(eq(instrumentUses.cooperationId, cooperationId), inArray(instrumentUses.id, removed)));
  }
  await db.update(cooperations).set({ updatedAt: now }).where(eq(cooperations.id, cooperationId));
  return { kept: kept.size, created: uses.length - kept.size, deleted: removed.length };
}
