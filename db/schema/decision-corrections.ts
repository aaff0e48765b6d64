// Corrections of registered member decisions: what was changed (field, old -> new, as the
// user read it), why, by whom and when. A row is never edited (migration
// 0018_decision_corrections_no_update rejects UPDATE); it goes only with the decision it
// corrects, should that decision go (a proposed joiner withdrawn with its decisions).
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cooperations } from './cooperations';
import { memberDecisions } from './dossier';
import { users } from './users';

export interface DecisionFieldChange {
  /** The label as the user read it ("Dato for vedtaket"). */
  field: string;
  old: string | null;
  new: string | null;
}

export const decisionCorrections = pgTable(
  'decision_corrections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cooperationId: uuid('cooperation_id')
      .notNull()
      .references(() => cooperations.id, { onDelete: 'cascade' }),
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => memberDecisions.id, { onDelete: 'cascade' }),
    /** The decision's version this correction produced (member_decisions.version). */
    version: integer('version').notNull(),
    changes: jsonb('changes').$type<DecisionFieldChange[]>().notNull(),
    reason: text('reason').notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    actorName: text('actor_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('decision_corrections_cooperation_idx').on(t.cooperationId, t.createdAt),
    uniqueIndex('decision_corrections_decision_idx').on(t.decisionId, t.version),
    index('decision_corrections_actor_idx').on(t.actorId),
  ],
);

export type DecisionCorrectionRow = typeof decisionCorrections.$inferSelect;
