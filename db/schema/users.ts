// People, their scoped roles, and sign-in attempts (for the rate limit).
import { relations, sql } from 'drizzle-orm';
import { boolean, index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { municipalities } from './municipalities';
import { cooperations } from './cooperations';
import { ROLES } from '../../lib/pure/auth/roles';

export const roleEnum = pgEnum('role', ROLES);

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Stored lower-case; unique. */
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  title: text('title'),
  passwordHash: text('password_hash').notNull(),
  active: boolean('active').notNull().default(true),
  /** Set when an administrator chose the password: the user must pick their own at first sign-in. */
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const roleAssignments = pgTable(
  'role_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: roleEnum('role').notNull(),
    /** Municipality scope (rådmannsteam, folkevalgt) or the member a cooperation role acts for. */
    kommunenummer: text('kommunenummer').references(() => municipalities.kommunenummer),
    /** Cooperation scope (sponsors, operative leader, member representative). */
    cooperationId: uuid('cooperation_id').references(() => cooperations.id, { onDelete: 'cascade' }),
    grantedBy: uuid('granted_by').references(() => users.id),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
    /** Revoking keeps the row, so who-had-which-role stays auditable. */
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by').references(() => users.id),
  },
  (t) => [
    index('role_assignments_user_idx').on(t.userId),
    index('role_assignments_active_idx').on(t.userId).where(sql`${t.revokedAt} is null`),
    // Who holds a role for a municipality or a cooperation (reminders, invitations).
    index('role_assignments_kommune_idx').on(t.kommunenummer, t.role),
    index('role_assignments_cooperation_idx').on(t.cooperationId),
    index('role_assignments_granted_by_idx').on(t.grantedBy),
    index('role_assignments_revoked_by_idx').on(t.revokedBy),
  ],
);

export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    ip: text('ip').notNull(),
    outcome: text('outcome', { enum: ['success', 'failure', 'blocked'] }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('login_attempts_email_at_idx').on(t.email, t.at), index('login_attempts_ip_at_idx').on(t.ip, t.at)],
);

export const usersRelations = relations(users, ({ many }) => ({ roles: many(roleAssignments) }));
export const roleAssignmentsRelations = relations(roleAssignments, ({ one }) => ({
  user: one(users, { fields: [roleAssignments.userId], references: [users.id] }),
  municipality: one(municipalities, {
    fields: [roleAssignments.kommunenummer],
    references: [municipalities.kommunenummer],
  }),
  cooperation: one(cooperations, { fields: [roleAssignments.cooperationId], references: [cooperations.id] }),
}));

export type User = typeof users.$inferSelect;
export type RoleAssignment = typeof roleAssignments.$inferSelect;
export type Role = (typeof roleEnum.enumValues)[number];
