import 'server-only';
// The public/non-public flag of a cooperation (cooperations.is_public).
import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { cooperations } from '../schema';

export async function loadPublicity(db: Db, cooperationId: string): Promise<{ isPublic: boolean } | null> {
  const [row] = await db.select({ isPublic: cooperations.isPublic }).from(cooperations).where(eq(cooperations.id, cooperationId));
  return row ?? null;
}

export async function setPublicity(db: Db, cooperationId: string, isPublic: boolean, now: Date): Promise<void> {
  await db.update(cooperations).set({ isPublic, updatedAt: now }).where(eq(cooperations.id, cooperationId));
}
