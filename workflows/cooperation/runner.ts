// The one door for lifecycle changes. Inside one transaction: check the role, restore the
// actor from the stored snapshot, check the event is possible and ready, send it, persist
// the snapshot (before stopping the actor), append the event, and bump the row version only
// if it is still the version read. Nothing else in the code writes the lifecycle columns;
// runner-bulk.ts is this door for many new rows at once and shares its steps (runner-step.ts).
import type { Db } from '@/db/client';
import { loadDossier } from '@/db/queries/dossier';
import { appendWorkflowEvent, lifecycleForStep, nextEventSeq, writeLifecycle } from '@/db/queries/lifecycle';
import { osloDateOf } from '@/lib/pure/domain/iso-date';
import { can, cooperationResource, SYSTEM_PRINCIPAL, type Principal } from '@/lib/pure/auth/can';
import type { SessionUser } from '@/lib/pure/auth/roles';
import { notReady, stepRefusal, type StepRefusal } from '@/lib/pure/refusals';
import type { Phase } from '@/lib/pure/domain/dossier';
import { exitChecklistMissing, type ExitChecklistState } from '@/lib/pure/domain/exit-checklist';
import { readinessFacts } from '@/lib/pure/domain/readiness';
import { availableEvents, cooperationEvent, type CooperationEventType } from './machine';
import { eventPermission } from './permissions';
import { missingFor } from './missing';
import { missingRuleWords } from '@/lib/pure/domain/missing-words';
import { catalogueWords } from '@/lib/pure/i18n/loose-words';
import { restorableSnapshot } from './snapshots';
import { lifecycleState } from './states';
import { enterEffects } from './effects';
import { eventRecord, lifecycleColumns, registrationStartDate, sendToActor } from './runner-step';
import type { Locale } from '@/lib/pure/i18n/locales';

export interface TransitionRequest {
  type: CooperationEventType;
  phase?: Phase;
  comment?: string | null;
  /** The row version the user's page showed; a different stored version is a conflict. */
  expectedVersion?: number;
  /** Extra facts kept with the event, e.g. what a redesign request is about. */
  details?: Record<string, string>;
}

/** A refusal, in the vocabulary of lib/pure/refusals.ts. */
export type TransitionResult = { ok: true; state: string; stateValue: unknown; rowVersion: number; seq: number } | StepRefusal;

export interface Actor {
  id: string | null;
  name: string;
}

/** What a registration without a usable start date is missing. */
export const START_DATE_MISSING = 'Oppgi når samarbeidet startet (en dato som ikke er fram i tid).';

/** Thrown inside the transaction to roll it back and report a conflict. */
export class ConflictError extends Error {}

/**
 * For users: role check first, then the transition. `missingIn`: the language a not_ready
 * refusal lists what is missing in (bokmål when left out).
 */
export async function transition(
  db: Db,
  cooperationId: string,
  request: TransitionRequest,
  user: SessionUser,
  options: { now?: Date; locale?: Locale; missingIn?: Locale } = {},
): Promise<TransitionResult> {
  return run(db, cooperationId, request, { id: user.id, name: user.name }, user, options.now ?? new Date(), options.locale, options.missingIn);
}

/**
 * For seeding and system jobs: the same door, authorised as the system principal (which may
 * take lifecycle steps, lib/pure/auth/can.ts); `actor` is who the history names.
 */
export async function transitionAsSystem(db: Db, cooperationId: string, request: TransitionRequest, actor: Actor, options: { now?: Date } = {}): Promise<TransitionResult> {
  return run(db, cooperationId, request, actor, SYSTEM_PRINCIPAL, options.now ?? new Date());
}

/** `locale`: the language of the request that took the step (a new evaluation round may be opened in it). */
async function run(db: Db, cooperationId: string, request: TransitionRequest, actor: Actor, principal: Principal, now: Date, locale?: Locale, missingIn?: Locale): Promise<TransitionResult> {
  try {
    return await db.transaction(async (tx) => {
      const dossier = await loadDossier(tx, cooperationId, { today: osloDateOf(now) });
      const row = await lifecycleForStep(tx, cooperationId);
      if (!dossier || !row) return stepRefusal('not_found');
      if (!can(principal, eventPermission(request.type), cooperationResource(dossier))) return stepRefusal('forbidden');
      if (request.expectedVersion !== undefined && request.expectedVersion !== row.rowVersion) return stepRefusal('conflict');

      const before = restorableSnapshot(row);
      if (!availableEvents(before).includes(request.type)) return stepRefusal('not_allowed_in_state');
      const exitMissing = exitChecklistMissing(row.exitChecklist as ExitChecklistState | null);
      const facts = readinessFacts(dossier, { decisionRound: before.context.decisionRound, exitChecklistComplete: exitMissing.length === 0 });
      const event = cooperationEvent(request.type, { facts, phase: request.phase });
      if (!before.can(event)) {
        if (!missingIn || missingIn === 'nb') return notReady(missingFor(request.type, dossier, before.context.decisionRound, exitMissing));
        const rules = missingRuleWords(missingIn);
        const worded = exitChecklistMissing(row.exitChecklist as ExitChecklistState | null, rules.exit);
        return notReady(missingFor(request.type, dossier, before.context.decisionRound, worded, catalogueWords(missingIn, 'livslop'), rules));
      }

      // A cooperation registered as existing keeps its real start date, never the day of entry.
      const startDate = request.type === 'REGISTRER_EKSISTERENDE' ? registrationStartDate(request.details, now) : null;
      if (request.type === 'REGISTRER_EKSISTERENDE' && startDate === null) {
        return notReady([START_DATE_MISSING]);
      }

      const { after, persisted } = sendToActor(before, event);
      const columns = lifecycleColumns(after, persisted);
      const state = columns.state;
      const rowVersion = await writeLifecycle(
        tx,
        cooperationId,
        row.rowVersion,
        { ...columns, ...(startDate ? { startDate } : state === 'drift' && !row.startDate ? { startDate: osloDateOf(now) } : {}) },
        now,
      );
      if (rowVersion === null) throw new ConflictError();

      const seq = await nextEventSeq(tx, cooperationId);
      await appendWorkflowEvent(tx, eventRecord({ cooperationId, seq, request, before, after, facts, actor, row, now }));
      await enterEffects(tx, { cooperationId, from: lifecycleState(before.value), to: state, dossier, now, step: { type: request.type, details: request.details, actorId: actor.id }, decisionRound: after.context.decisionRound, ...(locale ? { locale } : {}) });
      return { ok: true as const, state, stateValue: after.value, rowVersion, seq };
    });
  } catch (err) {
    if (err instanceof ConflictError || isSerializationFailure(err)) return stepRefusal('conflict');
    throw err;
  }
}

// Two transactions racing for the first event of a cooperation can collide on the
// (cooperation, seq) unique index or a serialization check; either way someone was first.
export function isSerializationFailure(err: unknown): boolean {
  const code = (err as { code?: string; cause?: { code?: string } })?.code ?? (err as { cause?: { code?: string } })?.cause?.code;
  return code === '40001' || code === '23505' || code === '40P01';
}
