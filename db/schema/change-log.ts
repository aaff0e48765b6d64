// The change log: every field a save changed, as readable text (who, when, which section and
// field, old -> new), grouped by save. Append-only: a trigger (migration
// 0012_change_log_append_only) rejects UPDATE, DELETE and TRUNCATE, as for workflow_events.
import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cooperations } from './cooperations';
import { users } from './users';

export const changeLog = pgTable(
  'change_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cooperationId: uuid('cooperation_id')
      .notNull()
      .references(() => cooperations.id),
    /** One save writes several rows; they share this id and are shown together. */
    saveId: uuid('save_id').notNull(),
    /** The row's place within its save (section order, then the form's order). */
    position: integer('position').notNull(),
    /** The save unit (lib/pure/domain/section-rules.ts SaveUnit) and the content version the save produced. */
    unit: text('unit').notNull(),
    version: integer('version').notNull(),
    /** SectionId of lib/pure/domain/section-rules.ts. */
    section: text('section').notNull(),
    /** Stable key of the field (e.g. "sponsor:<id>"), and its label as the user read it then. */
    fieldKey: text('field_key').notNull(),
    field: text('field').notNull(),
    oldValue: text('old_value'),
    newValue: text('new_value'),
    /** The field is shown on /innsyn (before or after the change). */
    public: boolean('public').notNull().default(false),
    actorId: uuid('actor_id').references(() => users.id),
    actorName: text('actor_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('change_log_cooperation_idx').on(t.cooperationId, t.createdAt),
    index('change_log_unit_idx').on(t.cooperationId, t.unit, t.version),
    // Every foreign key has an index (db/schema/indexes.db.test.ts).
    index('change_log_actor_idx').on(t.actorId),
  ],
);

export type ChangeLogRow = typeof changeLog.$inferSelect;
