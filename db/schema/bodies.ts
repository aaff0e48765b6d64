// What happens in the cooperation's own bodies (styre, representantskap, råd, arbeidsutvalg …,
// defined in the design phase): their meetings, the decisions taken in them, and the minutes.
// The governance warnings (overstyring, rådmannsfelle) and the indicator «Saksdokumenter
// sendt ut i tide» read these rows through lib/pure/domain/bodies.ts.
import { boolean, customType, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cooperations } from './cooperations';
import { BODY_OUTCOMES, PREPARATIONS } from '../../lib/pure/domain/dossier';
import { users } from './users';

/** Raw bytes: Uint8Array from PGlite, Buffer (a Uint8Array) from postgres.js. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

export const bodyMeetings = pgTable(
  'body_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cooperationId: uuid('cooperation_id')
      .notNull()
      .references(() => cooperations.id, { onDelete: 'cascade' }),
    /** The body's id in the design phase (cooperations.design.bodies[].id). */
    bodyId: text('body_id').notNull(),
    /** Copied from the design, so the history reads right after a body is renamed or removed. */
    bodyName: text('body_name').notNull(),
    meetingDate: date('meeting_date').notNull(),
    /** When the case documents were sent to the members; null when not recorded. */
    documentsSentDate: date('documents_sent_date'),
    minutesUrl: text('minutes_url'),
    /** Whether the minutes (link or file) are published on /innsyn. */
    minutesPublic: boolean('minutes_public').notNull().default(false),
    rowVersion: integer('row_version').notNull().default(0),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('body_meetings_cooperation_idx').on(t.cooperationId, t.meetingDate), index('body_meetings_recorded_by_idx').on(t.recordedBy)],
);

export const bodyDecisions = pgTable(
  'body_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cooperationId: uuid('cooperation_id')
      .notNull()
      .references(() => cooperations.id, { onDelete: 'cascade' }),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => bodyMeetings.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    saksnummer: text('saksnummer'),
    /** Decided by elected representatives (politisk) rather than administratively. */
    political: boolean('political').notNull(),
    outcome: text('outcome', { enum: BODY_OUTCOMES })
      .notNull()
      .default('vedtatt'),
    /** Whether the members' administrations prepared the case. */
    prepared: text('prepared', { enum: PREPARATIONS }).notNull().default('ja'),
    /** With 'delvis': the members whose administration did prepare it (may be empty: not known which). */
    preparedByMemberIds: jsonb('prepared_by_member_ids').$type<string[]>().notNull().default([]),
    /** Inside the operative leader's mandate: a political decision on it is an overstyring signal. */
    withinMandate: boolean('within_mandate').notNull().default(false),
    /** A change of statutes or a major decision: creates its own anchoring occurrences. */
    anchoringEvent: text('anchoring_event', { enum: ['vedtektsendring', 'stor_beslutning'] }),
    url: text('url'),
    isPublic: boolean('is_public').notNull().default(true),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('body_decisions_cooperation_idx').on(t.cooperationId),
    index('body_decisions_meeting_idx').on(t.meetingId),
    index('body_decisions_recorded_by_idx').on(t.recordedBy),
  ],
);

/** An uploaded minutes file (PDF, Word …), at most one per meeting; kept apart so meeting lists stay light. */
export const meetingMinutesFiles = pgTable(
  'meeting_minutes_files',
  {
    meetingId: uuid('meeting_id')
      .primaryKey()
      .references(() => bodyMeetings.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('meeting_minutes_files_uploaded_by_idx').on(t.uploadedBy)],
);

export type BodyMeetingRow = typeof bodyMeetings.$inferSelect;
export type BodyDecisionRow = typeof bodyDecisions.$inferSelect;
