// Cooperations (samarbeid) and their members. Lifecycle and phase data grow in later migrations.
import { relations } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { municipalities, taskAreas } from './municipalities';

export const cooperations = pgTable('cooperations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  purpose: text('purpose'),
  taskAreaId: integer('task_area_id').references(() => taskAreas.id),
  initiatingKommunenummer: text('initiating_kommunenummer').references(() => municipalities.kommunenummer),
  state: text('state').notNull().default('utkast'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const cooperationMembers = pgTable(
  'cooperation_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cooperationId: uuid('cooperation_id')
      .notNull()
      .references(() => cooperations.id, { onDelete: 'cascade' }),
    /** Null for non-municipal partners (partnership forms). */
    kommunenummer: text('kommunenummer').references(() => municipalities.kommunenummer),
    organisationName: text('organisation_name'),
    role: text('role').notNull().default('deltaker'),
  },
  (t) => [index('cooperation_members_cooperation_idx').on(t.cooperationId), index('cooperation_members_kommune_idx').on(t.kommunenummer)],
);

export const cooperationsRelations = relations(cooperations, ({ many, one }) => ({
  members: many(cooperationMembers),
  taskArea: one(taskAreas, { fields: [cooperations.taskAreaId], references: [taskAreas.id] }),
}));
export const cooperationMembersRelations = relations(cooperationMembers, ({ one }) => ({
  cooperation: one(cooperations, { fields: [cooperationMembers.cooperationId], references: [cooperations.id] }),
  municipality: one(municipalities, {
    fields: [cooperationMembers.kommunenummer],
    references: [municipalities.kommunenummer],
  }),
}));

export type Cooperation = typeof cooperations.$inferSelect;
export type CooperationMember = typeof cooperationMembers.$inferSelect;
