// What entering a lifecycle state does to the rest of the dossier, inside the runner's
// transaction: entering drift after member decisions plans the first year of anchoring.
import type { Db } from '@/db/client';
import { syncOccurrences } from '@/db/queries/anchoring';
import type { Dossier, LifecycleState } from '@/lib/domain/dossier';

export async function enterEffects(
  db: Db,
  args: { cooperationId: string; from: LifecycleState; to: LifecycleState; dossier: Dossier; now: Date },
): Promise<void> {
  if (args.to === 'drift' && args.from === 'medlemsvedtak') {
    await syncOccurrences(db, args.dossier, args.now);
  }
}
