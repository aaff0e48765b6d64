// Schemas for linking people to accounts, inviting by e-mail, a municipality's own user
// administration and adding invitees to an open evaluation round; shared by forms and actions.
import { z } from '@/lib/pure/validation/zod';
import { LINK_ROLES, LOCAL_ROLES } from '@/lib/pure/domain/person-links';
import { MUNICIPALITY_NUMBER } from '@/lib/pure/domain/municipality';
import { EMAIL_TOO_LONG } from '@/lib/pure/validation/messages';
import { msg } from '@/lib/pure/validation/reference';

const name = z.string().trim().min(2, msg('fullName')).max(120, msg('nameTooLong'));
const email = z.string().trim().toLowerCase().min(1, msg('emailRequired')).max(254, EMAIL_TOO_LONG).email(msg('email'));
const optionalUuid = z
  .union([z.uuid(msg('invalid')), z.literal('')])
  .nullable()
  .optional()
  .transform((v) => v || null);
const kommunenummer = z.string().regex(MUNICIPALITY_NUMBER, msg('municipalityNumberInvalid'));

/** Which person of the cooperation: a sponsor row, the leader, or a new representative of a member. */
export const personSchema = z.object({
  cooperationId: z.uuid(msg('cooperationInvalid')),
  role: z.enum(LINK_ROLES, msg('roleInvalid')),
  sponsorId: optionalUuid,
  memberId: optionalUuid,
  /** The link the page showed for this person ('' = none): a different one now is a conflict. */
  expectedLinkId: optionalUuid,
});

export const linkUserSchema = personSchema.extend({ userId: z.uuid(msg('userFromList')) });
export const invitePersonSchema = personSchema.extend({ name, email });
export const unlinkPersonSchema = z.object({ cooperationId: z.uuid(msg('cooperationInvalid')), linkId: z.uuid(msg('linkInvalid')) });

export const localInviteSchema = z.object({ kommunenummer, name, email, role: z.enum(LOCAL_ROLES, msg('role')) });
export const localGrantSchema = z.object({ kommunenummer, userId: z.uuid(msg('userInvalid')), role: z.enum(LOCAL_ROLES, msg('role')) });
export const localRevokeSchema = z.object({ kommunenummer, assignmentId: z.uuid(msg('roleAssignmentInvalid')) });

export const addInviteeSchema = z.object({ roundId: z.uuid(msg('roundInvalid')), userId: z.uuid(msg('userInvalid')) });

export type InvitePersonInput = z.input<typeof invitePersonSchema>;
export type LocalInviteInput = z.input<typeof localInviteSchema>;
