// Client helpers for react-hook-form: fields that carry their values in the server-rendered
// page, and a refused action's field errors mapped onto the form.
import { useMemo } from 'react';
import { useForm as useHookForm } from 'react-hook-form';
import type { FieldValues, Path, SubmitErrorHandler, SubmitHandler, UseFormHandleSubmit, UseFormProps, UseFormRegister, UseFormRegisterReturn, UseFormReturn, UseFormSetError } from 'react-hook-form';
import type { ActionResult } from '@/lib/pure/action-result';
import { reportSubmitFailure } from './feedback/submit-failure';
import { validationMessage } from './validation-words';

export function applyFieldErrors<T extends FieldValues>(result: ActionResult<unknown>, setError: UseFormSetError<T>): void {
  if (result.ok || !result.fieldErrors) return;
  for (const [field, messages] of Object.entries(result.fieldErrors)) {
    if (field === '_form') continue;
    setError(field as Path<T>, { type: 'server', message: messages.map((m) => validationMessage(m)).join(' ') });
  }
}

// The forms' useForm. react-hook-form fills its fields from the browser after hydration, so
// the server-rendered page showed every field empty (and every select on its first option)
// until the scripts had run: a reader on a slow line saw a blank form, and a field typed into
// before hydration was overwritten. Here each registered field also carries its value as
// defaultValue (defaultChecked for a checkbox) so the page is right before any script has
// run; react-hook-form compares the field with that default to keep what was typed early.
// A submit handler that throws (no answer from the server) is reported as a failed save
// (./feedback/submit-failure.ts) instead of ending silently; the fields keep their values.
// react-hook-form's form object stays the same between renders (its formState is replaced on
// it), so the form returned is a view of it with only register and handleSubmit changed, made once.
export function useForm<TFieldValues extends FieldValues = FieldValues, TContext = unknown, TTransformedValues = TFieldValues>(
  props?: UseFormProps<TFieldValues, TContext, TTransformedValues>,
): UseFormReturn<TFieldValues, TContext, TTransformedValues> {
  const form = useHookForm<TFieldValues, TContext, TTransformedValues>(props);
  return useMemo(() => {
    const register: UseFormRegister<TFieldValues> = (name, options) => ({ ...form.register(name, options), ...serverValue(form.getValues(name)) });
    const handleSubmit: UseFormHandleSubmit<TFieldValues, TTransformedValues> = <TResult,>(onValid: SubmitHandler<TTransformedValues, TResult>, onInvalid?: SubmitErrorHandler<TFieldValues>) =>
      form.handleSubmit(async (data, event): Promise<Awaited<TResult> | undefined> => {
        try {
          return await onValid(data, event);
        } catch (error) {
          if (!reportSubmitFailure(error)) throw error;
          return undefined;
        }
      }, onInvalid);
    const changed: Record<PropertyKey, unknown> = { register, handleSubmit };
    return new Proxy(form, { get: (target, key, receiver) => (key in changed ? changed[key] : Reflect.get(target, key, receiver)) });
  }, [form]);
}

function serverValue(value: unknown): { defaultValue?: string | number; defaultChecked?: boolean } {
  if (typeof value === 'boolean') return { defaultChecked: value };
  if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) return { defaultValue: value };
  return {};
}

/** One radio of a group: the registered field with its own value, checked on the server when it is the form's value. */
export function radio<T extends FieldValues>(register: UseFormRegister<T>, name: Path<T>, value: string): UseFormRegisterReturn & { value: string; defaultChecked: boolean } {
  const { defaultValue, ...field } = register(name) as UseFormRegisterReturn & { defaultValue?: unknown };
  return { ...field, value, defaultChecked: defaultValue !== undefined && String(defaultValue) === value };
}
