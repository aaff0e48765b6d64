import 'server-only';
// The exit checklist (cooperations.exit_checklist): data, not lifecycle state. Saving it
// never touches the lifecycle columns or the row version (the save convention keeps its own
// content version); the runner only reads it for the
// guard on AVVIKLING_FULLFORT.
import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { cooperations, type ExitChecklist } from '../schema';

/** The stored checklist (null before the first save); undefined when the cooperation is missing. */
export async function loadExitChecklist(db: Db, cooperationId: string): Promise<ExitChecklist | null | undefined> {
  const [row] = await db.select({ exitChecklist: cooperations.exitChecklist }).from(cooperations).where(eq(cooperations.id, cooperationId));
  return row ? row.exitChecklist : undefined;
}

export async function saveExitChecklist(db: Db, cooperationId: string, checklist: ExitChecklist, now: Date): Promise<void> {
  await db.update(cooperations).set({ exitChecklist: checklist, updatedAt: now }).where(eq(cooperations.id, cooperationId));
}
