import 'server-only';
// The exit checklist (cooperations.exit_checklist): data, not lifecycle state. Saving it
// never touches the lifecycle columns or the row version; the runner only reads it for the
// guard on AVVIKLING_FULLFORT.
import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { cooperations, type ExitChecklist } from '../schema';
import type { LifecycleState } from '@/lib/domain/dossier';

/**
 * The state and the stored checklist, locked for the rest of the transaction so a lifecycle
 * step cannot slip in between checking the state and writing; null when the cooperation is missing.
 */
export async function lockExitChecklist(db: Db, cooperationId: string): Promise<{ state: LifecycleState; exitChecklist: ExitChecklist | null } | null> {
  const [row] = await db
    .select({ state: cooperations.state, exitChecklist: cooperations.exitChecklist })
    .from(cooperations)
    .where(eq(cooperations.id, cooperationId))
    .for('update');
  return row ? { state: row.state as LifecycleState, exitChecklist: row.exitChecklist } : null;
}

export async function saveExitChecklist(db: Db, cooperationId: string, checklist: ExitChecklist, now: Date): Promise<void> {
  await db.update(cooperations).set({ exitChecklist: checklist, updatedAt: now }).where(eq(cooperations.id, cooperationId));
}
