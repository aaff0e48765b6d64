// A zod error as the field errors an action answers with (lib/pure/action-result.ts), each
// message worded in the given words (lib/pure/validation/reference.ts). lib/server/action-core.ts
// hands in the request's words; tests hand in a catalogue's.
import type { z } from 'zod';
import type { FieldErrors } from '@/lib/pure/action-result';
import { validationText, type ValidationWords } from './reference';

export function fieldErrorsIn(error: z.ZodError, words: ValidationWords): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_form';
    (errors[key] ??= []).push(validationText(issue.message, words));
  }
  return errors;
}
