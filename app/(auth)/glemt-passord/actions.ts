'use server';
// "Forgot password": anyone may ask; the answer never reveals whether the address has an account.
import { requestPasswordReset, resetRequestSpec } from '@/lib/server/actions/password';
import { publicAction } from '@/lib/server/authed-action';

export const requestPasswordResetAction = publicAction(resetRequestSpec, (input, ctx) => requestPasswordReset(input, ctx));
