// Registering a cooperation that already runs: what the form sends and the action accepts,
// one schema for both. The spreadsheet import reads its rows into the same shape
// (lib/pure/import/rows.ts) and validates them with the same field builders.
import { z } from '@/lib/pure/validation/zod';
import { MEMBER_ROLES } from '@/lib/pure/domain/dossier';
import { parseDateNb } from '@/lib/pure/domain/iso-date';
import { LEGAL_FORMS, type LegalFormCode } from '@/lib/pure/domain/legal-forms';
import { MUNICIPALITY_NUMBER } from '@/lib/pure/domain/municipality';
import { isValidOrganisationNumber, normaliseOrganisationNumber } from '@/lib/pure/domain/organisation-number';
import { membersIncluding } from './cooperation';
import { checkbox, optionalText } from './phases/common';
import { MEMBER_REQUIRED } from '@/lib/pure/validation/messages';
import { msg } from '@/lib/pure/validation/reference';
export { MEMBER_ROLE_OPTIONS } from './existing-cooperation-options';

export const LEGAL_FORM_CODES = LEGAL_FORMS.map((f) => f.code) as [LegalFormCode, ...LegalFormCode[]];

/** The earliest start date accepted: the first municipal councils (formannskapslovene, 1837). */
export const EARLIEST_START = '1837-01-01';
export const START_DATE_MESSAGE = msg('startDateFormat');

/** What is wrong with an organisation number (the rules of organisationNumberProblem), as a message reference. */
function organisationNumberMessage(raw: string): string | null {
  const value = normaliseOrganisationNumber(raw);
  if (!/^\d+$/.test(value)) return msg('orgNumberDigits');
  if (value.length !== 9) return msg('orgNumberLength', { length: value.length });
  return isValidOrganisationNumber(value) ? null : msg('orgNumberCheckDigit');
}

/** Nine digits with a valid check digit, typed with or without spaces; empty becomes null. */
export function organisationNumberField() {
  return z
    .string({ error: msg('orgNumberType') })
    .trim()
    .nullish()
    .transform((value, ctx): string | null => {
      if (!value) return null;
      const problem = organisationNumberMessage(value);
      if (problem) {
        ctx.addIssue({ code: 'custom', message: problem });
        return z.NEVER;
      }
      return normaliseOrganisationNumber(value);
    });
}

/** A required calendar day, typed dd.mm.åååå or picked (åååå-mm-dd); not before 1837. */
export function startDateField() {
  return z
    .string({ error: START_DATE_MESSAGE })
    .trim()
    .min(1, msg('startDateRequired'))
    .transform((value, ctx): string => {
      const iso = parseDateNb(value);
      if (iso === null) {
        ctx.addIssue({ code: 'custom', message: START_DATE_MESSAGE });
        return z.NEVER;
      }
      if (iso < EARLIEST_START) {
        ctx.addIssue({ code: 'custom', message: msg('startDateTooEarly') });
        return z.NEVER;
      }
      return iso;
    });
}

/** A web address people can open; empty becomes null. */
export function optionalWebAddress() {
  return z
    .string({ error: msg('linkType') })
    .trim()
    .max(2000, msg('linkTooLong'))
    .nullish()
    .transform((value, ctx): string | null => {
      if (!value) return null;
      try {
        const url = new URL(value);
        if (url.protocol === 'https:' || url.protocol === 'http:') return url.toString();
      } catch {
        // fall through to the message
      }
      ctx.addIssue({ code: 'custom', message: msg('urlWhole') });
      return z.NEVER;
    });
}

export const existingMemberSchema = z
  .object({
    kommunenummer: z
      .string()
      .regex(MUNICIPALITY_NUMBER, msg('municipalityOrCounty'))
      .nullable()
      .optional()
      .transform((v) => v ?? null),
    organisationName: optionalText(200),
    role: z.enum(MEMBER_ROLES, msg('memberRoleExisting')),
    contactPerson: optionalText(200),
    politicalSponsor: optionalText(200),
    administrativeSponsor: optionalText(200),
  })
  .refine((m) => m.kommunenummer !== null || m.organisationName !== null, {
    message: MEMBER_REQUIRED,
    path: ['organisationName'],
  });

export const existingCooperationSchema = z
  .object({
    /** The municipality whose rådmannsteam registers it; it must be a member. */
    registeringKommunenummer: z.string().regex(MUNICIPALITY_NUMBER, msg('registeringMunicipality')),
    name: z.string().trim().min(3, msg('cooperationName')).max(200, msg('cooperationNameTooLong')),
    purpose: optionalText(2000),
    taskAreaId: z.coerce.number({ error: msg('taskArea') }).int(msg('taskArea')).positive(msg('taskArea')),
    legalForm: z.enum(LEGAL_FORM_CODES, msg('legalFormChoice')),
    startDate: startDateField(),
    organisationNumber: organisationNumberField(),
    agreementUrl: optionalWebAddress(),
    operativeLeader: optionalText(200),
    isPublic: checkbox(),
    members: z.array(existingMemberSchema).min(2, msg('membersTooFew')).max(60, msg('membersMax60')),
  })
  .superRefine(membersIncluding('registeringKommunenummer', msg('registeringMember')));

export type ExistingCooperationInput = z.input<typeof existingCooperationSchema>;
export type ExistingCooperation = z.output<typeof existingCooperationSchema>;
export type ExistingMember = z.output<typeof existingMemberSchema>;

