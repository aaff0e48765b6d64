// Schemas for the administration pages, shared by the forms and the server actions.
import { z } from '@/lib/pure/validation/zod';
import { ROLES, ROLE_SCOPE } from '@/lib/pure/auth/roles';
import { MIN_PASSWORD_LENGTH } from '@/lib/pure/auth/password-policy';
import { MUNICIPALITY_NUMBER } from '@/lib/pure/domain/municipality';
import { msg } from '@/lib/pure/validation/reference';

const optionalText = z
  .string()
  .trim()
  .max(200, msg('textTooLong', { max: 200 }))
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .optional();

export const createUserSchema = z.object({
  name: z.string().trim().min(2, msg('fullName')).max(120, msg('nameTooLong')),
  email: z.string().trim().toLowerCase().min(1, msg('emailRequired')).email(msg('email')),
  title: optionalText,
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, msg('passwordTooShort', { min: MIN_PASSWORD_LENGTH }))
    .max(200, msg('passwordTooLong')),
});
export type CreateUserInput = z.input<typeof createUserSchema>;

export const grantRoleSchema = z
  .object({
    userId: z.uuid(msg('userInvalid')),
    role: z.enum(ROLES, msg('role')),
    kommunenummer: z
      .string()
      .trim()
      .transform((v) => (v === '' ? null : v))
      // A municipality (four digits) or a county municipality (two): both have rådmannsteam and registers.
      .pipe(z.string().regex(MUNICIPALITY_NUMBER, msg('municipality')).nullable())
      .nullable()
      .optional()
      .transform((v) => v ?? null),
    cooperationId: z
      .string()
      .trim()
      .transform((v) => (v === '' ? null : v))
      .pipe(z.uuid(msg('cooperation')).nullable())
      .nullable()
      .optional()
      .transform((v) => v ?? null),
  })
  .superRefine((v, ctx) => {
    const scope = ROLE_SCOPE[v.role];
    if (scope === 'municipality' && !v.kommunenummer) {
      ctx.addIssue({ code: 'custom', path: ['kommunenummer'], message: msg('roleMunicipality') });
    }
    if (scope === 'cooperation' && !v.cooperationId) {
      ctx.addIssue({ code: 'custom', path: ['cooperationId'], message: msg('roleCooperation') });
    }
  })
  .transform((v) => ({
    ...v,
    // A system role has no scope; a municipality role has no cooperation.
    kommunenummer: ROLE_SCOPE[v.role] === 'system' ? null : v.kommunenummer,
    cooperationId: ROLE_SCOPE[v.role] === 'cooperation' ? v.cooperationId : null,
  }));
export type GrantRoleInput = z.input<typeof grantRoleSchema>;

export const revokeRoleSchema = z.object({ assignmentId: z.uuid(msg('roleAssignmentInvalid')), userId: z.uuid(msg('userInvalid')) });
export const setUserActiveSchema = z.object({ userId: z.uuid(msg('userInvalid')), active: z.boolean() });
