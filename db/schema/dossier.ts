// The listed and logged parts of a cooperation: goals, sponsors, anchoring points and their
// occurrences, information items, instruments, decisions. Shapes follow lib/pure/domain/dossier.ts.
import { date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, boolean } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { cooperationMembers, cooperations } from './cooperations';
// Relative, not '@/': drizzle-kit loads the schema without the tsconfig paths.
import { ANCHORING_EVENTS, ANCHORING_KINDS, ANCHORING_LEVELS, AUDIENCES, DECISION_OUTCOMES, FREQUENCIES, INSTRUMENT_STATUSES, OCCURRENCE_EVENTS, OCCURRENCE_STATUSES, PHASES, SPONSOR_KINDS } from '../../lib/pure/domain/dossier';
import { users } from './users';

const cooperationId = () =>
  uuid('cooperation_id')
    .notNull()
    .references(() => cooperations.id, { onDelete: 'cascade' });

export const goals = pgTable('goals', {
  id: uuid('id').primaryKey().defaultRandom(),
  cooperationId: cooperationId(),
  statement: text('statement').notNull(),
  indicator: text('indicator').notNull().default(''),
  baseline: text('baseline').notNull().default(''),
  target: text('target').notNull().default(''),
  deadline: date('deadline'),
  sortOrder: integer('sort_order').notNull().default(0),
}, (t) => [index('goals_cooperation_idx').on(t.cooperationId)]);

export const sponsors = pgTable(
  'sponsors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cooperationId: cooperationId(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => cooperationMembers.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: SPONSOR_KINDS }).notNull(),
    name: text('name').notNull(),
    title: text('title'),
    userId: uuid('user_id').references(() => users.id),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    needsReconfirmation: boolean('needs_reconfirmation').notNull().default(false),
    /** Internal note; never public. */
    note: text('note'),
  },
  (t) => [
    index('sponsors_cooperation_idx').on(t.cooperationId),
    index('sponsors_member_idx').on(t.memberId),
    index('sponsors_user_idx').on(t.userId),
    // Few sponsors wait for re-confirmation at a time: the dashboard counts them per cooperation.
    index('sponsors_reconfirm_idx').on(t.cooperationId).where(sql`${t.needsReconfirmation}`),
  ],
);

export const anchoringPoints = pgTable('anchoring_points', {
  id: uuid('id').primaryKey().defaultRandom(),
  cooperationId: cooperationId(),
  kind: text('kind', { enum: ANCHORING_KINDS }).notNull(),
  level: text('level', { enum: ANCHORING_LEVELS }).notNull(),
  body: text('body').notNull(),
  triggerType: text('trigger_type', { enum: ['periodisk', 'hendelse'] }).notNull(),
  frequency: text('frequency', { enum: FREQUENCIES }),
  event: text('event', { enum: ANCHORING_EVENTS }),
  /** Empty = all members. */
  memberIds: jsonb('member_ids').$type<string[]>().notNull().default([]),
  description: text('description'),
}, (t) => [index('anchoring_points_cooperation_idx').on(t.cooperationId)]);

export const anchoringOccurrences = pgTable(
  'anchoring_occurrences',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cooperationId: cooperationId(),
    /** Kept when the plan changes: a logged occurrence outlives its anchoring point. */
    anchoringPointId: uuid('anchoring_point_id').references(() => anchoringPoints.id, { onDelete: 'set null' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => cooperationMembers.id, { onDelete: 'cascade' }),
    /** Copied from the point, so history reads right after the plan changes. */
    body: text('body').notNull(),
    level: text('level', { enum: ANCHORING_LEVELS }).notNull(),
    kind: text('kind', { enum: ANCHORING_KINDS }).notNull(),
    dueDate: date('due_date').notNull(),
    status: text('status', { enum: OCCURRENCE_STATUSES }).notNull().default('planlagt'),
    heldDate: date('held_date'),
    saksnummer: text('saksnummer'),
    minutesUrl: text('minutes_url'),
    note: text('note'),
    loggedBy: uuid('logged_by').references(() => users.id),
    loggedAt: timestamp('logged_at', { withTimezone: true }),
    /** Set when an event (an election, a change of statutes, a major decision) created the occurrence; null for the periodic plan. */
    event: text('event', { enum: OCCURRENCE_EVENTS }),
    /** The day the event happened (the election day, the meeting that decided). */
    eventDate: date('event_date'),
    /**
     * '<election or decision id>:<anchoring point id or "standard">': one occurrence per member
     * and event and point, so recording the same event twice (or from two processes) creates nothing twice.
     */
    eventKey: text('event_key'),
  },
  (t) => [
    index('anchoring_occurrences_cooperation_idx').on(t.cooperationId, t.dueDate),
    // Overdue counts per cooperation ("Mine samarbeid" orders by them) from the index alone.
    index('anchoring_occurrences_open_idx').on(t.cooperationId, t.status, t.dueDate, t.heldDate).where(sql`${t.status} in ('planlagt', 'utsatt')`),
    index('anchoring_occurrences_member_idx').on(t.memberId),
    index('anchoring_occurrences_point_idx').on(t.anchoringPointId),
    index('anchoring_occurrences_logged_by_idx').on(t.loggedBy),
    // The reminder job: planned occurrences due by a date, across the country.
    index('anchoring_occurrences_status_due_idx').on(t.status, t.dueDate),
    uniqueIndex('anchoring_occurrences_event_idx').on(t.memberId, t.eventKey),
  ],
);

export const informationItems = pgTable('information_items', {
  id: uuid('id').primaryKey().defaultRandom(),
  cooperationId: cooperationId(),
  audience: text('audience', { enum: AUDIENCES }).notNull(),
  content: text('content').notNull(),
  timing: text('timing').notNull(),
  channel: text('channel').notNull(),
  place: text('place'),
  responsible: text('responsible').notNull(),
}, (t) => [index('information_items_cooperation_idx').on(t.cooperationId)]);

export const instrumentUses = pgTable('instrument_uses', {
  id: uuid('id').primaryKey().defaultRandom(),
  cooperationId: cooperationId(),
  family: text('family', { enum: PHASES }).notNull(),
  code: text('code'),
  label: text('label').notNull(),
  status: text('status', { enum: INSTRUMENT_STATUSES }).notNull(),
  documentUrl: text('document_url'),
}, (t) => [index('instrument_uses_cooperation_idx').on(t.cooperationId)]);

export const memberDecisions = pgTable(
  'member_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cooperationId: cooperationId(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => cooperationMembers.id, { onDelete: 'cascade' }),
    round: integer('round').notNull(),
    body: text('body').notNull(),
    date: date('date').notNull(),
    saksnummer: text('saksnummer'),
    outcome: text('outcome', { enum: DECISION_OUTCOMES }).notNull(),
    url: text('url'),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    /** Grows with every correction (decision_corrections): a correction over a newer version is a conflict. */
    version: integer('version').notNull().default(1),
  },
  (t) => [index('member_decisions_cooperation_idx').on(t.cooperationId, t.round), index('member_decisions_member_idx').on(t.memberId), index('member_decisions_recorded_by_idx').on(t.recordedBy)],
);

/** Append-only history of lifecycle transitions; a trigger rejects UPDATE and DELETE. */
export const workflowEvents = pgTable(
  'workflow_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cooperationId: uuid('cooperation_id')
      .notNull()
      .references(() => cooperations.id),
    seq: integer('seq').notNull(),
    eventType: text('event_type').notNull(),
    fromState: jsonb('from_state').notNull(),
    toState: jsonb('to_state').notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    actorName: text('actor_name').notNull(),
    comment: text('comment'),
    payload: jsonb('payload'),
    machineVersion: integer('machine_version').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('workflow_events_seq_idx').on(t.cooperationId, t.seq), index('workflow_events_actor_idx').on(t.actorId)],
);

export const elections = pgTable('elections', {
  id: uuid('id').primaryKey().defaultRandom(),
  electionDate: date('election_date').notNull().unique(),
  recordedBy: uuid('recorded_by').references(() => users.id),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  cooperationsFlagged: integer('cooperations_flagged').notNull().default(0),
  sponsorsFlagged: integer('sponsors_flagged').notNull().default(0),
  /** 'ordinaert' = a regular municipal election; 'ekstraordinaert' = a date an administrator marked as an extraordinary event. */
  kind: text('kind', { enum: ['ordinaert', 'ekstraordinaert'] }).notNull().default('ordinaert'),
  /** Why an extraordinary event counts as an election; required for that kind. */
  reason: text('reason'),
  /** The «etter kommunevalg» anchoring falls due this many months after the election day. */
  followUpMonths: integer('follow_up_months').notNull().default(3),
  occurrencesCreated: integer('occurrences_created').notNull().default(0),
}, (t) => [index('elections_recorded_by_idx').on(t.recordedBy)]);

export type WorkflowEvent = typeof workflowEvents.$inferSelect;
