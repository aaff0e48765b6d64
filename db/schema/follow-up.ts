// Following up a cooperation in drift: the information plan's executions, personal calendar
// feeds, and the log that makes the reminder job idempotent.
import { date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cooperations } from './cooperations';
import { informationItems } from './dossier';
import { users } from './users';

export const informationExecutions = pgTable(
  'information_executions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cooperationId: uuid('cooperation_id')
      .notNull()
      .references(() => cooperations.id, { onDelete: 'cascade' }),
    /** Kept when the plan changes: the log outlives the item. */
    informationItemId: uuid('information_item_id').references(() => informationItems.id, { onDelete: 'set null' }),
    executedOn: date('executed_on').notNull(),
    description: text('description').notNull(),
    url: text('url'),
    loggedBy: uuid('logged_by').references(() => users.id),
    loggedAt: timestamp('logged_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('information_executions_cooperation_idx').on(t.cooperationId, t.executedOn),
    index('information_executions_item_idx').on(t.informationItemId),
    index('information_executions_logged_by_idx').on(t.loggedBy),
  ],
);

/** One secret feed per user; only a hash of the token is stored, so a leaked table leaks no feed. */
export const calendarFeeds = pgTable('calendar_feeds', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Every reminder sent (or logged, without SMTP); the unique key makes a second run send nothing twice. */
export const reminderDeliveries = pgTable(
  'reminder_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    subjectId: text('subject_id').notNull(),
    recipient: text('recipient').notNull(),
    dueDate: date('due_date').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
    transport: text('transport', { enum: ['smtp', 'logg'] }).notNull(),
  },
  // The job looks deliveries up by subject (the occurrence), which the unique key does not lead with.
  (t) => [uniqueIndex('reminder_deliveries_once_idx').on(t.kind, t.subjectId, t.recipient, t.dueDate), index('reminder_deliveries_subject_idx').on(t.subjectId)],
);
