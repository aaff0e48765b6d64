// Schemas for choosing a password (changing it, or with a reset or invitation link) and for
// asking for a reset link; shared by the forms and the server actions. The server also checks
// the common-password list and the user's own name and address (lib/server/auth/common-passwords.ts).
import { z } from '@/lib/pure/validation/zod';
import { passwordProblem } from '@/lib/pure/auth/password-policy';
import { EMAIL_TOO_LONG } from '@/lib/pure/validation/messages';
import { msg } from '@/lib/pure/validation/reference';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export const newPassword = z.string().superRefine((value, ctx) => {
  const problem = passwordProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const confirm = z.string().min(1, msg('passwordRepeat')).max(1000, msg('passwordsDiffer'));

const sameTwice = <T extends { password: string; confirm: string }>(v: T, ctx: z.RefinementCtx) => {
  if (v.password !== v.confirm) ctx.addIssue({ code: 'custom', path: ['confirm'], message: msg('passwordsDifferLong') });
};

export const changePasswordSchema = z
  .object({ current: z.string().min(1, msg('passwordCurrent')).max(1000, msg('passwordTooLongShort')), password: newPassword, confirm })
  .superRefine(sameTwice);
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

export const tokenPasswordSchema = z
  .object({ token: z.string().regex(TOKEN, msg('tokenInvalid')), password: newPassword, confirm })
  .superRefine(sameTwice);
export type TokenPasswordInput = z.input<typeof tokenPasswordSchema>;

export const resetRequestSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, msg('emailYours')).max(320, EMAIL_TOO_LONG).email(msg('emailExample')),
});
export type ResetRequestInput = z.input<typeof resetRequestSchema>;

export const logOutEverywhereSchema = z.object({});
