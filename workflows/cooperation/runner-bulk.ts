// The runner's door for many cooperations at once: registering rows just created in
// utkast (a spreadsheet import) straight into drift. It takes the same steps as
// runner.ts (role check per cooperation, machine, facts from the loaded dossier, snapshot,
// history row, effects) but in a few statements for all rows, so 500 rows take seconds.
// The caller owns the transaction: the rows and their registration commit or fail together.
import type { Db } from '@/db/client';
import { loadDossiers } from '@/db/queries/dossier';
import { appendWorkflowEvents, lifecyclesForStep, writeRegisteredLifecycles } from '@/db/queries/lifecycle';
import { can, cooperationResource, type Principal } from '@/lib/pure/auth/can';
import { notReady, stepRefusal, type StepRefusal } from '@/lib/pure/refusals';
import { exitChecklistMissing } from '@/lib/pure/domain/exit-checklist';
import { readinessFacts } from '@/lib/pure/domain/readiness';
import { cooperationEvent } from './machine';
import { eventPermission } from './permissions';
import { ConflictError, START_DATE_MISSING, type Actor } from './runner';
import { eventRecord, lifecycleColumns, registrationStartDate, sendToActor } from './runner-step';
import { restorableSnapshot } from './snapshots';
import { enterEffects } from './effects';

export interface BulkRegistration {
  cooperationId: string;
  /** Kept in the history, e.g. which file and row the cooperation came from. */
  comment?: string | null;
  /** Must hold startDate (ISO); more details are kept with the event. */
  details: Record<string, string>;
}

export type BulkRegistrationResult = { ok: true; registered: number } | StepRefusal;

/**
 * Registers new utkast rows as existing cooperations, as `principal`: the user, or
 * SYSTEM_PRINCIPAL for seeding and benchmarks. Throws ConflictError when a row is no longer
 * the untouched utkast row it was, so the caller's transaction rolls back.
 */
export async function registerExistingInBulk(db: Db, items: readonly BulkRegistration[], actor: Actor, principal: Principal, now: Date): Promise<BulkRegistrationResult> {
  if (items.length === 0) return { ok: true, registered: 0 };
  const ids = items.map((i) => i.cooperationId);
  const dossiers = new Map((await loadDossiers(db, ids)).map((d) => [d.id, d]));
  const rows = await lifecyclesForStep(db, ids);

  const prepared = [];
  const steps = new Map<string, ReturnType<typeof sendToActor>>();
  for (const item of items) {
    const dossier = dossiers.get(item.cooperationId);
    const row = rows.get(item.cooperationId);
    if (!dossier || !row) return stepRefusal('not_found');
    if (!can(principal, eventPermission('REGISTRER_EKSISTERENDE'), cooperationResource(dossier))) return stepRefusal('forbidden');
    const before = restorableSnapshot(row);
    const exitMissing = exitChecklistMissing(row.exitChecklist);
    const facts = readinessFacts(dossier, { decisionRound: before.context.decisionRound, exitChecklistComplete: exitMissing.length === 0 });
    const event = cooperationEvent('REGISTRER_EKSISTERENDE', { facts });
    // Only rows nobody has stepped yet: the history of each begins with this event.
    if (row.rowVersion !== 0 || !before.can(event)) return stepRefusal('not_allowed_in_state');
    const startDate = registrationStartDate(item.details, now);
    if (startDate === null) return notReady([START_DATE_MISSING]);
    // The step is pure: the same snapshot and event give the same result, so rows that start
    // alike (all of them, new utkast rows) share one actor run instead of one each.
    const key = JSON.stringify([before.value, before.context]);
    const step = steps.get(key) ?? sendToActor(before, event);
    steps.set(key, step);
    const { after, persisted } = step;
    const request = { type: 'REGISTRER_EKSISTERENDE' as const, comment: item.comment, details: item.details };
    prepared.push({ item, dossier, startDate, before, after, columns: lifecycleColumns(after, persisted), record: eventRecord({ cooperationId: dossier.id, seq: 1, request, before, after, facts, actor, row, now }) });
  }

  // Every row takes the same step from the same state, so the lifecycle columns are equal;
  // only the real start date differs per row.
  const columns = prepared[0]!.columns;
  const written = await writeRegisteredLifecycles(db, new Map(prepared.map((p) => [p.dossier.id, p.startDate])), columns, now);
  if (written !== ids.length) throw new ConflictError();
  await appendWorkflowEvents(db, prepared.map((p) => p.record));
  for (const p of prepared) {
    if (p.dossier.anchoringPoints.length === 0) continue; // nothing to plan
    await enterEffects(db, { cooperationId: p.dossier.id, from: 'utkast', to: 'drift', dossier: p.dossier, now, step: { type: 'REGISTRER_EKSISTERENDE', details: p.item.details, actorId: actor.id } });
  }
  return { ok: true, registered: prepared.length };
}
