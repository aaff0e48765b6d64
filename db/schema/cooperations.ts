// Cooperations (samarbeid), their members, and the lifecycle columns the runner owns.
// Phase data that is always read and written as a whole (framing, design, support,
// participation, exit checklist) is jsonb shaped by lib/pure/domain/dossier.ts; everything that
// is listed, logged or referenced on its own has a table (schema/dossier.ts).
import { relations, sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { StateValue } from 'xstate';
import type { Design, Framing, Participation, Support } from '@/lib/pure/domain/dossier';
// Relative, not '@/': drizzle-kit loads the schema without the tsconfig paths.
import { BENEFIT_LEVELS, GEOGRAPHIC_LEVELS, MEMBER_ROLES } from '../../lib/pure/domain/dossier';
import { municipalities, taskAreas } from './municipalities';

export type ExitChecklist = Record<string, { done: boolean; note: string | null }>;

export const cooperations = pgTable('cooperations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  /** Enhetsregisteret's nine digits, for forms that are their own legal entity (IKS, AS, KO ...). */
  organisationNumber: text('organisation_number'),
  /** Where the agreement or statutes can be read (an archive or web address). */
  agreementUrl: text('agreement_url'),
  purpose: text('purpose'),
  problemWhat: text('problem_what'),
  problemWhy: text('problem_why'),
  problemHow: text('problem_how'),
  taskAreaId: integer('task_area_id').references(() => taskAreas.id),
  geographicLevel: text('geographic_level', { enum: GEOGRAPHIC_LEVELS }),
  initiatingKommunenummer: text('initiating_kommunenummer').references(() => municipalities.kommunenummer),
  /** Shown on /innsyn when true (the public register). */
  isPublic: boolean('is_public').notNull().default(true),
  /** Days before a meeting of its bodies the case documents must be sent; null = the default (lib/pure/domain/thresholds.ts). */
  documentsNoticeDays: integer('documents_notice_days'),
  startDate: date('start_date'),
  // Lifecycle: written only by workflows/cooperation/runner.ts.
  state: text('state').notNull().default('utkast'),
  stateValue: jsonb('state_value').$type<StateValue>().notNull().default(sql`'"utkast"'::jsonb`),
  snapshot: jsonb('snapshot').$type<unknown>(),
  machineVersion: integer('machine_version').notNull().default(1),
  rowVersion: integer('row_version').notNull().default(0),
  /**
   * Content version per save unit ({ stotte: 4, deltakelse: 2, … }): a form carries the
   * version it was loaded with, and a save over a newer one is a conflict. Kept apart from
   * row_version (the runner's), so a lifecycle step and a form save never refuse each other.
   */
  contentVersions: jsonb('content_versions').$type<Record<string, number>>().notNull().default({}),
  // Phase data.
  framing: jsonb('framing').$type<Omit<Framing, never>>(),
  design: jsonb('design').$type<Design>(),
  /**
   * The design's legal form, kept by the database beside the document. Lists filter, count and
   * offer it; read from the document, every such query unpacked the design of each of the
   * country's cooperations (Oslo's register filter options: 110 ms; from this column, a few).
   */
  legalForm: text('legal_form').generatedAlwaysAs(sql`("design"->>'legalForm')`),
  support: jsonb('support').$type<Support>(),
  participation: jsonb('participation').$type<Participation>(),
  exitChecklist: jsonb('exit_checklist').$type<ExitChecklist>(),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('cooperations_task_area_idx').on(t.taskAreaId),
  index('cooperations_initiating_kommune_idx').on(t.initiatingKommunenummer),
  // Lists filter on state and publicity and sort by name.
  index('cooperations_state_idx').on(t.state),
  index('cooperations_public_state_idx').on(t.isPublic, t.state),
  index('cooperations_name_idx').on(t.name),
  // One organisation number is one legal entity: never two cooperations (and a re-import matches on it).
  uniqueIndex('cooperations_organisation_number_idx').on(t.organisationNumber).where(sql`${t.organisationNumber} is not null`),
  // A re-import without organisation numbers matches on the name.
  index('cooperations_name_lower_idx').on(sql`lower(${t.name})`),
  // Lists filter on the legal form and page in id order.
  index('cooperations_legal_form_idx').on(t.legalForm, t.id),
  // The lists' few columns by id without reading the wide rows (index-only): "Mine samarbeid"
  // sorts all of a big city's 1,100 cooperations by state and name to pick a page of 50.
  index('cooperations_list_idx').on(t.id, t.state, t.name),
]);

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
    role: text('role', { enum: MEMBER_ROLES }).notNull().default('deltaker'),
    /** Population used for cost keys; defaults to the municipality's figure. */
    population: integer('population'),
    usage: numeric('usage', { mode: 'number' }),
    fixedSharePercent: numeric('fixed_share_percent', { mode: 'number' }),
    representatives: integer('representatives').notNull().default(0),
    contactPerson: text('contact_person'),
    /** Internal unless the cooperation publishes it. */
    contactPublic: boolean('contact_public').notNull().default(false),
    expectedBenefit: text('expected_benefit'),
    /** Expected benefit on a scale; the text above says what it is. Null = not assessed yet. */
    expectedBenefitLevel: text('expected_benefit_level', { enum: BENEFIT_LEVELS }),
    sortOrder: integer('sort_order').notNull().default(0),
    /** First day of membership; null = from the cooperation's beginning (lib/pure/domain/membership.ts). */
    joinedAt: date('joined_at'),
    /** Last day of membership; a member that left stays for history. */
    leftAt: date('left_at'),
    /** A joiner proposed in a redesign, not a member until the members have decided. */
    proposed: boolean('proposed').notNull().default(false),
  },
  (t) => [index('cooperation_members_cooperation_idx').on(t.cooperationId), index('cooperation_members_kommune_idx').on(t.kommunenummer, t.cooperationId, t.proposed, t.joinedAt, t.leftAt)],
);

/** Joining and leaving proposed in a redesign, and what the members decided: the membership history. */
export const membershipChanges = pgTable(
  'membership_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cooperationId: uuid('cooperation_id')
      .notNull()
      .references(() => cooperations.id, { onDelete: 'cascade' }),
    /** Null once a discarded joiner's member row is removed; the name stays below. */
    memberId: uuid('member_id').references(() => cooperationMembers.id, { onDelete: 'set null' }),
    memberName: text('member_name').notNull(),
    kind: text('kind', { enum: ['inn', 'ut'] }).notNull(),
    /** Joining: first day of membership. Leaving: last day of membership. */
    effectiveDate: date('effective_date').notNull(),
    status: text('status', { enum: ['foreslatt', 'vedtatt', 'forkastet'] }).notNull().default('foreslatt'),
    reason: text('reason'),
    /** The round of member decisions that decided it. */
    decisionRound: integer('decision_round'),
    proposedBy: uuid('proposed_by'),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [index('membership_changes_cooperation_idx').on(t.cooperationId), index('membership_changes_member_idx').on(t.memberId)],
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
export type MembershipChangeRow = typeof membershipChanges.$inferSelect;
