// Server-side session records, single-use tokens (password reset, invitations) and the
// tamper-evident audit log. The audit log's chain and append-only rule live in the database
// (migration 0010_audit_log_chain.sql); see lib/server/audit/ for writing and verifying it.
import { bigint, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * One row per sign-in. The session cookie (a JWT) carries the row id; a request is signed in
 * only while the row is not ended and not expired, so sign-out, a password change,
 * deactivation and "log out everywhere" take effect on the next request.
 */
export const userSessions = pgTable(
  'user_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endedReason: text('ended_reason', { enum: ['sign_out', 'password_changed', 'deactivated', 'log_out_everywhere'] }),
  },
  // A full index on user_id (not only live sessions): deleting a user cascades through it.
  (t) => [index('user_sessions_user_idx').on(t.userId), index('user_sessions_expires_idx').on(t.expiresAt)],
);

export const TOKEN_PURPOSES = ['reset', 'invite'] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

/**
 * Single-use, time-limited tokens sent by e-mail. Only a SHA-256 digest of the token is stored,
 * so a copy of the database cannot be used to set anyone's password.
 */
export const userTokens = pgTable(
  'user_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose', { enum: TOKEN_PURPOSES }).notNull(),
    tokenHash: text('token_hash').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('user_tokens_hash_idx').on(t.tokenHash),
    index('user_tokens_user_purpose_idx').on(t.userId, t.purpose),
    index('user_tokens_created_by_idx').on(t.createdBy),
    index('user_tokens_expires_idx').on(t.expiresAt),
  ],
);

/**
 * Every successful write, sign-in and failed sign-in. `seq`, `prev_hash` and `hash` are set
 * by a BEFORE INSERT trigger under an advisory lock, so concurrent writers form one chain;
 * UPDATE, DELETE and TRUNCATE are refused by triggers. No foreign keys: the log must outlive
 * the rows it talks about.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    /** Position in the chain, 1, 2, 3 … without gaps; assigned by the trigger. */
    seq: bigint('seq', { mode: 'number' }).primaryKey().default(0),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorEmail: text('actor_email'),
    clientAddress: text('client_address'),
    /** What was done: the permission checked (e.g. cooperation.edit) or an auth event (auth.sign_in). */
    action: text('action').notNull(),
    /** The specific operation when known (e.g. saveInnramming). */
    operation: text('operation'),
    resourceKind: text('resource_kind'),
    resourceId: text('resource_id'),
    /** SHA-256 of the validated input with secrets removed. */
    inputDigest: text('input_digest'),
    /** SHA-256 of the resource's stored state before and after the write. */
    beforeDigest: text('before_digest'),
    afterDigest: text('after_digest'),
    /** Extra facts as a JSON text (kept as text so the hash covers exactly these bytes). */
    details: text('details'),
    prevHash: text('prev_hash').notNull().default(''),
    hash: text('hash').notNull().default(''),
  },
  (t) => [
    uniqueIndex('audit_log_prev_hash_idx').on(t.prevHash),
    index('audit_log_at_idx').on(t.at),
    index('audit_log_actor_idx').on(t.actorEmail, t.seq),
    index('audit_log_action_idx').on(t.action, t.seq),
    index('audit_log_resource_idx').on(t.resourceId, t.seq),
  ],
);

export type AuditRow = typeof auditLog.$inferSelect;
