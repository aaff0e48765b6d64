// A new cooperation (state utkast): the basics and the members. Shared by the form and the action.
import { z } from '@/lib/pure/validation/zod';
import { GEOGRAPHIC_LEVELS } from '@/lib/pure/domain/dossier';
import { MEMBER_REQUIRED, textTooLong } from '@/lib/pure/validation/messages';
import { msg } from '@/lib/pure/validation/reference';

/**
 * A cooperation's member list: each municipality once, and the municipality in `field` (the
 * one that initiates or registers it) among them; `message` says so when it is not.
 */
export function membersIncluding<K extends string>(field: K, message: string) {
  return (v: { members: readonly { kommunenummer: string | null }[] } & Record<K, string>, ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    v.members.forEach((m, i) => {
      if (!m.kommunenummer) return;
      if (seen.has(m.kommunenummer)) ctx.addIssue({ code: 'custom', path: ['members', i, 'kommunenummer'], message: msg('municipalityTwice') });
      seen.add(m.kommunenummer);
    });
    if (!seen.has(v[field])) ctx.addIssue({ code: 'custom', path: [field], message });
  };
}

const text = (min: number, max: number, tooShort: string) =>
  z.string().trim().min(min, tooShort).max(max, textTooLong(max));
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, textTooLong(max))
    .nullish()
    .transform((v) => (v ? v : null));

export const newMemberSchema = z
  .object({
    kommunenummer: z
      .string()
      .regex(/^\d{4}$/, msg('municipality'))
      .nullable()
      .optional()
      .transform((v) => v ?? null),
    organisationName: optionalText(200),
    expectedBenefit: optionalText(1000),
  })
  .refine((m) => m.kommunenummer !== null || m.organisationName !== null, {
    message: MEMBER_REQUIRED,
    path: ['organisationName'],
  });

export const newCooperationSchema = z
  .object({
    name: text(3, 200, msg('cooperationName')),
    purpose: text(10, 2000, msg('cooperationPurpose')),
    problemWhat: optionalText(2000),
    problemWhy: optionalText(2000),
    problemHow: optionalText(2000),
    taskAreaId: z.coerce.number({ error: msg('taskArea') }).int(msg('taskArea')).positive(msg('taskArea')),
    geographicLevel: z.enum(GEOGRAPHIC_LEVELS, msg('geographicLevel')),
    initiatingKommunenummer: z.string().regex(/^\d{4}$/, msg('initiatingMunicipality')),
    members: z.array(newMemberSchema).min(2, msg('membersTooFew')).max(60, msg('membersMax60')),
  })
  .superRefine(membersIncluding('initiatingKommunenummer', msg('initiatorMember')));

export type NewCooperationInput = z.input<typeof newCooperationSchema>;
export type NewCooperation = z.output<typeof newCooperationSchema>;

export const GEOGRAPHIC_LEVEL_LABELS = { lokalt: 'Lokalt', regionalt: 'Regionalt', hoyere: 'Høyere nivå (fylke/landsdel)' } as const;
