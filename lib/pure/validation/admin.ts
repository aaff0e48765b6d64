// Schemas for the administration pages, shared by the forms and the server actions.
import { z } from '@/lib/pure/validation/zod';
import { ROLES, ROLE_SCOPE } from '@/lib/pure/auth/roles';
import { MIN_PASSWORD_LENGTH } from '@/lib/pure/auth/password-policy';
import { MUNICIPALITY_NUMBER } from '@/lib/pure/domain/municipality';

const optionalText = z
  .string()
  .trim()
  .max(200, 'Teksten kan være høyst 200 tegn.')
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .optional();

export const createUserSchema = z.object({
  name: z.string().trim().min(2, 'Skriv inn fullt navn.').max(120, 'Navnet kan være høyst 120 tegn.'),
  email: z.string().trim().toLowerCase().min(1, 'Skriv inn e-postadressen.').email('Skriv inn en gyldig e-postadresse.'),
  title: optionalText,
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `Passordet må ha minst ${MIN_PASSWORD_LENGTH} tegn.`)
    .max(200, 'Passordet kan være høyst 200 tegn.'),
});
export type CreateUserInput = z.input<typeof createUserSchema>;

export const grantRoleSchema = z
  .object({
    userId: z.uuid('Ugyldig bruker.'),
    role: z.enum(ROLES, 'Velg en rolle.'),
    kommunenummer: z
      .string()
      .trim()
      .transform((v) => (v === '' ? null : v))
      // A municipality (four digits) or a county municipality (two): both have rådmannsteam and registers.
      .pipe(z.string().regex(MUNICIPALITY_NUMBER, 'Velg en kommune.').nullable())
      .nullable()
      .optional()
      .transform((v) => v ?? null),
    cooperationId: z
      .string()
      .trim()
      .transform((v) => (v === '' ? null : v))
      .pipe(z.uuid('Velg et samarbeid.').nullable())
      .nullable()
      .optional()
      .transform((v) => v ?? null),
  })
  .superRefine((v, ctx) => {
    const scope = ROLE_SCOPE[v.role];
    if (scope === 'municipality' && !v.kommunenummer) {
      ctx.addIssue({ code: 'custom', path: ['kommunenummer'], message: 'Velg hvilken kommune rollen gjelder.' });
    }
    if (scope === 'cooperation' && !v.cooperationId) {
      ctx.addIssue({ code: 'custom', path: ['cooperationId'], message: 'Velg hvilket samarbeid rollen gjelder.' });
    }
  })
  .transform((v) => ({
    ...v,
    // A system role has no scope; a municipality role has no cooperation.
    kommunenummer: ROLE_SCOPE[v.role] === 'system' ? null : v.kommunenummer,
    cooperationId: ROLE_SCOPE[v.role] === 'cooperation' ? v.cooperationId : null,
  }));
export type GrantRoleInput = z.input<typeof grantRoleSchema>;

export const revokeRoleSchema = z.object({ assignmentId: z.uuid('Ugyldig rolletildeling.'), userId: z.uuid('Ugyldig bruker.') });
export const setUserActiveSchema = z.object({ userId: z.uuid('Ugyldig bruker.'), active: z.boolean() });
