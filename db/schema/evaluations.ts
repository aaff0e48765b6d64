// Evaluation rounds: who is invited from which perspective, their answers (private until
// the round closes), and the round's outcome (scores, recommendation, decision).
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cooperationMembers, cooperations } from './cooperations';
import { DECISIONS } from '../../lib/pure/domain/evaluation-decision';
import { users } from './users';
import { LOCALES } from '../../lib/pure/i18n/locales';

export const evaluationRounds = pgTable(
  'evaluation_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cooperationId: uuid('cooperation_id')
      .notNull()
      .references(() => cooperations.id, { onDelete: 'cascade' }),
    /** 1, 2, 3 … per cooperation. */
    number: integer('number').notNull(),
    /** The statement set the round was answered with (lib/pure/domain/questionnaire). */
    questionnaireVersion: integer('questionnaire_version').notNull(),
    /** The language of that version the round was opened in (nb, nn, en); respondents see the statements in it. */
    questionnaireLanguage: text('questionnaire_language', { enum: LOCALES }).notNull().default('nb'),
    reason: text('reason', { enum: ['plan', 'forespurt'] }).notNull().default('plan'),
    status: text('status', { enum: ['aapen', 'lukket'] }).notNull().default('aapen'),
    dueDate: date('due_date'),
    openedBy: uuid('opened_by').references(() => users.id),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
    closedBy: uuid('closed_by').references(() => users.id),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** Frozen at close, so later data changes do not rewrite history. */
    results: jsonb('results').$type<unknown>(),
    summary: text('summary'),
    recommendation: text('recommendation', { enum: DECISIONS }),
    recommendationNote: text('recommendation_note'),
    decision: text('decision', { enum: DECISIONS }),
    decisionNote: text('decision_note'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** Whether the summary may be shown on the public pages. */
    summaryPublic: boolean('summary_public').notNull().default(true),
  },
  (t) => [
    uniqueIndex('evaluation_rounds_number_idx').on(t.cooperationId, t.number),
    index('evaluation_rounds_opened_by_idx').on(t.openedBy),
    index('evaluation_rounds_closed_by_idx').on(t.closedBy),
    index('evaluation_rounds_decided_by_idx').on(t.decidedBy),
  ],
);

export const evaluationInvitations = pgTable(
  'evaluation_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => evaluationRounds.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    perspective: text('perspective', { enum: ['operativ_leder', 'politisk_sponsor', 'administrativ_sponsor', 'radmannsteam', 'medlemsrepresentant'] }).notNull(),
    memberId: uuid('member_id').references(() => cooperationMembers.id, { onDelete: 'set null' }),
    invitedAt: timestamp('invited_at', { withTimezone: true }).notNull().defaultNow(),
    /** Set once; an invitation with submittedAt can no longer be changed. */
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('evaluation_invitations_once_idx').on(t.roundId, t.userId), index('evaluation_invitations_user_idx').on(t.userId), index('evaluation_invitations_member_idx').on(t.memberId)],
);

export const evaluationAnswers = pgTable('evaluation_answers', {
  invitationId: uuid('invitation_id')
    .primaryKey()
    .references(() => evaluationInvitations.id, { onDelete: 'cascade' }),
  /** Shaped by lib/pure/validation/evaluation.ts: statements, goals, open questions. */
  answers: jsonb('answers').$type<unknown>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type EvaluationRound = typeof evaluationRounds.$inferSelect;
