// Links between the people a cooperation's phases name (sponsors in Støtte, the operative
// leader in Design, representatives in Deltakelse) and user accounts, and a municipality's
// invitations to its own roles. A link grants the matching cooperation role (role_assignment_id),
// so the person can read the cooperation and is invited to its evaluations. A link made by
// inviting an e-mail address is pending until the person first chooses a password with the
// link or signs in (accepted_at); only then is the role granted, so an invitation never shows
// the inviter anything of an account that already existed.
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { cooperationMembers, cooperations } from './cooperations';
import { municipalities } from './municipalities';
import { sponsors } from './dossier';
import { roleAssignments, users } from './users';

export const PERSON_LINK_ROLES = ['politisk_sponsor', 'administrativ_sponsor', 'operativ_leder', 'medlemsrepresentant'] as const;
export type PersonLinkRole = (typeof PERSON_LINK_ROLES)[number];

export const personLinks = pgTable(
  'person_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cooperationId: uuid('cooperation_id')
      .notNull()
      .references(() => cooperations.id, { onDelete: 'cascade' }),
    role: text('role', { enum: PERSON_LINK_ROLES }).notNull(),
    /** The sponsor row a sponsor link belongs to; null once the sponsor is removed (the link has then lapsed). */
    sponsorId: uuid('sponsor_id').references(() => sponsors.id, { onDelete: 'set null' }),
    /** The member the person acts for (sponsors, representatives); null for the operative leader. */
    memberId: uuid('member_id').references(() => cooperationMembers.id, { onDelete: 'cascade' }),
    /** The person's name as the phase names it when linked; a leader link lapses when the name changes. */
    personName: text('person_name').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The role grant made for this link; revoked when the link is removed. */
    roleAssignmentId: uuid('role_assignment_id').references(() => roleAssignments.id, { onDelete: 'set null' }),
    /** Set when the link was made by inviting an e-mail address. */
    invitedAt: timestamp('invited_at', { withTimezone: true }),
    invitationExpiresAt: timestamp('invitation_expires_at', { withTimezone: true }),
    /** When the invited person first chose a password with the link or signed in. */
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('person_links_cooperation_idx').on(t.cooperationId),
    index('person_links_user_idx').on(t.userId),
    index('person_links_member_idx').on(t.memberId),
    index('person_links_role_assignment_idx').on(t.roleAssignmentId),
    index('person_links_created_by_idx').on(t.createdBy),
    // One account per sponsor, and one leader link per cooperation.
    uniqueIndex('person_links_sponsor_idx').on(t.sponsorId), // nulls are distinct
    uniqueIndex('person_links_leader_idx').on(t.cooperationId).where(sql`${t.role} = 'operativ_leder'`),
    // The same account is one representative of a member once.
    uniqueIndex('person_links_representative_idx').on(t.memberId, t.userId).where(sql`${t.role} = 'medlemsrepresentant'`),
  ],
);

export type PersonLink = typeof personLinks.$inferSelect;

/**
 * A municipality's invitation of a person to one of its own roles (lib/server/actions/local-admin.ts).
 * The role is granted only when the person accepts (chooses a password with the link or signs
 * in), so an invitation to an address that already had an account shows nothing of that
 * account — not its name, not its roles — until its owner says yes.
 */
export const municipalityInvitations = pgTable(
  'municipality_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kommunenummer: text('kommunenummer')
      .notNull()
      .references(() => municipalities.kommunenummer),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['radmannsteam', 'folkevalgt'] }).notNull(),
    /** The name and address as the inviter typed them: what the inviter sees until it is accepted. */
    invitedName: text('invited_name').notNull(),
    invitedEmail: text('invited_email').notNull(),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    invitedAt: timestamp('invited_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
  },
  (t) => [
    index('municipality_invitations_kommune_idx').on(t.kommunenummer, t.acceptedAt),
    index('municipality_invitations_user_idx').on(t.userId),
    index('municipality_invitations_invited_by_idx').on(t.invitedBy),
  ],
);
