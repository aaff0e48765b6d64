// Schemas for linking people to accounts, inviting by e-mail, a municipality's own user
// administration and adding invitees to an open evaluation round; shared by forms and actions.
import { z } from '@/lib/pure/validation/zod';
import { LINK_ROLES, LOCAL_ROLES } from '@/lib/pure/domain/person-links';
import { MUNICIPALITY_NUMBER } from '@/lib/pure/domain/municipality';
import { EMAIL_TOO_LONG } from '@/lib/pure/validation/messages';

const name = z.string().trim().min(2, 'Skriv inn fullt navn.').max(120, 'Navnet kan være høyst 120 tegn.');
const email = z.string().trim().toLowerCase().min(1, 'Skriv inn e-postadressen.').max(254, EMAIL_TOO_LONG).email('Skriv inn en gyldig e-postadresse.');
const optionalUuid = z
  .union([z.uuid('Ugyldig verdi.'), z.literal('')])
  .nullable()
  .optional()
  .transform((v) => v || null);
const kommunenummer = z.string().regex(MUNICIPALITY_NUMBER, 'Ugyldig kommunenummer.');

/** Which person of the cooperation: a sponsor row, the leader, or a new representative of a member. */
export const personSchema = z.object({
  cooperationId: z.uuid('Ugyldig samarbeid.'),
  role: z.enum(LINK_ROLES, 'Ugyldig rolle.'),
  sponsorId: optionalUuid,
  memberId: optionalUuid,
  /** The link the page showed for this person ('' = none): a different one now is a conflict. */
  expectedLinkId: optionalUuid,
});

export const linkUserSchema = personSchema.extend({ userId: z.uuid('Velg en bruker fra listen.') });
export const invitePersonSchema = personSchema.extend({ name, email });
export const unlinkPersonSchema = z.object({ cooperationId: z.uuid('Ugyldig samarbeid.'), linkId: z.uuid('Ugyldig kobling.') });

export const localInviteSchema = z.object({ kommunenummer, name, email, role: z.enum(LOCAL_ROLES, 'Velg en rolle.') });
export const localGrantSchema = z.object({ kommunenummer, userId: z.uuid('Ugyldig bruker.'), role: z.enum(LOCAL_ROLES, 'Velg en rolle.') });
export const localRevokeSchema = z.object({ kommunenummer, assignmentId: z.uuid('Ugyldig rolletildeling.') });

export const addInviteeSchema = z.object({ roundId: z.uuid('Ugyldig evalueringsrunde.'), userId: z.uuid('Ugyldig bruker.') });

export type InvitePersonInput = z.input<typeof invitePersonSchema>;
export type LocalInviteInput = z.input<typeof localInviteSchema>;
