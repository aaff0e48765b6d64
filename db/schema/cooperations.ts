// Cooperations (samarbeid), their members, and the lifecycle columns the runner owns.
// Phase data that is always read and written as a whole (framing, design, support,
// participation, exit checklist) is jsonb shaped by lib/domain/dossier.ts; everything that
// is listed, logged or referenced on its own has a table (schema/dossier.ts).
import { relations, sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { StateValue } from 'xstate';
import type { Design, Framing, Participation, Support } from '@/lib/domain/dossier';
import { municipalities, taskAreas } from './municipalities';

export type ExitChecklist = Record<string, { done: boolean; note: string | null }>;

export const cooperations = pgTable('cooperations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  purpose: text('purpose'),
  problemWhat: text('problem_what'),
  problemWhy: text('problem_why'),
  problemHow: text('problem_how'),
  taskAreaId: integer('task_area_id').references(() => taskAreas.id),
  geographicLevel: text('geographic_level', { enum: ['lokalt', 'regionalt', 'hoyere'] }),
  initiatingKommunenummer: text('initiating_kommunenummer').references(() => municipalities.kommunenummer),
  /** Shown on /innsyn when true (the public register). */
  isPublic: boolean('is_public').notNull().default(true),
  startDate: date('start_date'),
  // Lifecycle: written only by workflows/cooperation/runner.ts.
  state: text('state').notNull().default('utkast'),
  stateValue: jsonb('state_value').$type<StateValue>().notNull().default(sql`'"utkast"'::jsonb`),
  snapshot: jsonb('snapshot').$type<unknown>(),
  machineVersion: integer('machine_version').notNull().default(1),
  rowVersion: integer('row_version').notNull().default(0),
  // Phase data.
  framing: jsonb('framing').$type<Omit<Framing, never>>(),
  design: jsonb('design').$type<Design>(),
  support: jsonb('support').$type<Support>(),
  participation: jsonb('participation').$type<Participation>(),
  exitChecklist: jsonb('exit_checklist').$type<ExitChecklist>(),
  createdBy: uuid('created_by'),
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
    role: text('role', { enum: ['vertskommune', 'samarbeidskommune', 'deltaker', 'kontorkommune'] }).notNull().default('deltaker'),
    /** Population used for cost keys; defaults to the municipality's figure. */
    population: integer('population'),
    usage: numeric('usage', { mode: 'number' }),
    fixedSharePercent: numeric('fixed_share_percent', { mode: 'number' }),
    representatives: integer('representatives').notNull().default(0),
    contactPerson: text('contact_person'),
    /** Internal unless the cooperation publishes it. */
    contactPublic: boolean('contact_public').notNull().default(false),
    expectedBenefit: text('expected_benefit'),
    sortOrder: integer('sort_order').notNull().default(0),
    /** A member that left stays for history. */
    leftAt: date('left_at'),
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
