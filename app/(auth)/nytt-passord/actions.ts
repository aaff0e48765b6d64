'use server';
// Choosing a password with a link from an e-mail (reset or invitation); the link is the credential.
import { setPasswordWithToken, tokenPasswordSpec } from '@/lib/server/actions/password';
import { publicAction } from '@/lib/server/authed-action';

export const setPasswordWithTokenAction = publicAction(tokenPasswordSpec, (input, ctx) => setPasswordWithToken(input, ctx));
