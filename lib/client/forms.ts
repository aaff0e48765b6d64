// Client helpers: map a refused action's field errors onto react-hook-form.
import '@/lib/pure/validation/zod'; // zod's fallback messages as references in the browser too
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { ActionResult } from '@/lib/pure/action-result';
import { validationMessage } from './validation-words';

export function applyFieldErrors<T extends FieldValues>(result: ActionResult<unknown>, setError: UseFormSetError<T>): void {
  if (result.ok || !result.fieldErrors) return;
  for (const [field, messages] of Object.entries(result.fieldErrors)) {
    if (field === '_form') continue;
    setError(field as Path<T>, { type: 'server', message: messages.map((m) => validationMessage(m)).join(' ') });
  }
}
