// The sign-in form's schema, shared by the form (loaded on demand) and the tests.
import { z } from '@/lib/pure/validation/zod';
import { msg } from '@/lib/pure/validation/reference';

export const signInSchema = z.object({
  email: z.string().trim().min(1, msg('emailYours')).email(msg('emailExample')),
  password: z.string().min(1, msg('passwordYours')),
});
export type SignInInput = z.infer<typeof signInSchema>;
