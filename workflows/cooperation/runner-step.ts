// The steps the runner takes for every transition, shared by the one-at-a-time door
// (runner.ts) and the bulk door for newly registered cooperations (runner-bulk.ts), so both
// write the same snapshot, columns and history row. Pure apart from the actor it starts.
import { createActor } from 'xstate';
import type { ReadinessFacts } from '@/lib/pure/domain/readiness';
import { assertIsoDate, osloDateOf, type IsoDate } from '@/lib/pure/domain/iso-date';
import { cooperationMachine, MACHINE_VERSION, type CooperationEvent, type CooperationSnapshot } from './machine';
import { isVersionZero, type StoredLifecycle } from './snapshots';
import { lifecycleState } from './states';
import type { Actor, TransitionRequest } from './runner';

/** Rehydrate, send, persist (before stopping), stop: what the persisted row will hold. */
export function sendToActor(before: CooperationSnapshot, event: CooperationEvent): { after: CooperationSnapshot; persisted: unknown } {
  const actorRef = createActor(cooperationMachine, { snapshot: before });
  actorRef.start();
  actorRef.send(event);
  const after = actorRef.getSnapshot();
  const persisted = actorRef.getPersistedSnapshot();
  actorRef.stop();
  return { after, persisted };
}

/** The lifecycle columns of the cooperation row after a step. */
export function lifecycleColumns(after: CooperationSnapshot, persisted: unknown) {
  return { state: lifecycleState(after.value), stateValue: after.value, snapshot: persisted, machineVersion: MACHINE_VERSION };
}

/**
 * The history row of a step. The facts the guards saw are kept, so the history can be
 * replayed exactly; and whether the actor was restored from a state alone, so a replay
 * knows where a migrated history may begin.
 */
export function eventRecord(args: {
  cooperationId: string;
  seq: number;
  request: Pick<TransitionRequest, 'type' | 'phase' | 'comment' | 'details'>;
  before: CooperationSnapshot;
  after: CooperationSnapshot;
  facts: ReadinessFacts;
  actor: Actor;
  row: Pick<StoredLifecycle, 'snapshot' | 'machineVersion'>;
  now: Date;
}) {
  const { request } = args;
  return {
    cooperationId: args.cooperationId,
    seq: args.seq,
    eventType: request.type,
    fromState: args.before.value,
    toState: args.after.value,
    actorId: args.actor.id,
    actorName: args.actor.name,
    comment: request.comment?.trim() || null,
    payload: {
      facts: args.facts,
      ...(request.details ? { details: request.details } : {}),
      ...(request.phase ? { phase: request.phase } : {}),
      decisionRound: args.after.context.decisionRound,
      fromMachineVersion: isVersionZero(args.row) ? 0 : args.row.machineVersion,
    },
    machineVersion: MACHINE_VERSION,
    createdAt: args.now,
  };
}

/** The real start date a registration carries (details.startDate): a valid day, not after today in Norway. */
export function registrationStartDate(details: Record<string, string> | undefined, now: Date): IsoDate | null {
  const value = details?.startDate;
  if (!value) return null;
  try {
    assertIsoDate(value);
  } catch {
    return null;
  }
  return value <= osloDateOf(now) ? value : null;
}
