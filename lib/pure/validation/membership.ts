// Changing who takes part: a joiner or a leaver proposed in a redesign (decided with the
// member decisions), or added/removed directly while the cooperation is still being set up.
// One schema per form, shared by the form and the server action.
import { z } from './zod';
import { cooperationIdField, memberIdField, optionalText } from './phases/common';
import { MEMBER_ROLES } from '@/lib/pure/domain/dossier';
import { isIsoDate } from '@/lib/pure/domain/iso-date';
import { DATE_IMPLAUSIBLE, FORM_UNREADABLE, MEMBER_REQUIRED } from '@/lib/pure/validation/messages';
import { msg } from '@/lib/pure/validation/reference';

const effectiveDate = (missing: string) =>
  z
    .string(missing)
    .trim()
    .min(1, { error: missing, abort: true })
    .refine(isIsoDate, { error: msg('dateValid'), abort: true })
    .refine((d) => d >= '1950-01-01' && d <= '2100-12-31', DATE_IMPLAUSIBLE);

export const addMemberSchema = z
  .object({
    cooperationId: cooperationIdField(),
    kommunenummer: z
      .string()
      .trim()
      .nullish()
      .transform((v) => (v ? v : null))
      .pipe(z.string().regex(/^\d{4}$/, msg('municipality')).nullable()),
    organisationName: optionalText(200),
    role: z.enum(MEMBER_ROLES, msg('memberRoleNew')),
    /** Only asked in a redesign: the first day of membership once decided. */
    effectiveDate: effectiveDate(msg('joinDate')).nullish(),
    reason: optionalText(1000),
  }, FORM_UNREADABLE)
  .refine((m) => m.kommunenummer !== null || m.organisationName !== null, {
    message: MEMBER_REQUIRED,
    path: ['kommunenummer'],
  })
  .refine((m) => m.kommunenummer === null || m.organisationName === null, {
    message: msg('municipalityOrOrganisation'),
    path: ['organisationName'],
  });

export const removeMemberSchema = z.object({
  cooperationId: cooperationIdField(),
  memberId: memberIdField(),
  /** Only asked in a redesign: the last day of membership once decided. */
  effectiveDate: effectiveDate(msg('lastDay')).nullish(),
  reason: optionalText(1000),
}, FORM_UNREADABLE);

export const withdrawChangeSchema = z.object({
  cooperationId: cooperationIdField(),
  changeId: z.uuid(msg('changeInvalid')),
}, FORM_UNREADABLE);

export type AddMemberInput = z.input<typeof addMemberSchema>;
export type AddMemberValues = z.output<typeof addMemberSchema>;
export type RemoveMemberInput = z.input<typeof removeMemberSchema>;
export type RemoveMemberValues = z.output<typeof removeMemberSchema>;
