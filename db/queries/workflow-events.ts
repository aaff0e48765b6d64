import 'server-only';
// The lifecycle history of a cooperation, newest first, for the timeline.
import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { workflowEvents } from '../schema';

export async function listWorkflowEvents(db: Db, cooperationId: string) {
  return db
    .select({
      seq: workflowEvents.seq,
      eventType: workflowEvents.eventType,
      fromState: workflowEvents.fromState,
      toState: workflowEvents.toState,
      actorName: workflowEvents.actorName,
      comment: workflowEvents.comment,
      /** The round of member decisions after the step, as the runner recorded it. */
      round: sql<number | null>`(${workflowEvents.payload}->>'decisionRound')::int`,
      createdAt: workflowEvents.createdAt,
    })
    .from(workflowEvents)
    .where(eq(workflowEvents.cooperationId, cooperationId))
    .orderBy(desc(workflowEvents.seq));
}
