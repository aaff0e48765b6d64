'use client';
// Ask for a reset link. The answer is the same whether or not the address has an account.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Textfield } from '@digdir/designsystemet-react';
import { applyFieldErrors } from '@/lib/forms';
import { resetRequestSchema, type ResetRequestInput } from '@/lib/validation/password';
import { requestPasswordResetAction } from '../actions';

export function ResetRequestForm() {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ResetRequestInput>({ resolver: zodResolver(resetRequestSchema), defaultValues: { email: '' } });

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const result = await requestPasswordResetAction(values);
    if (!result.ok) {
      applyFieldErrors(result, setError);
      setMessage({ ok: false, text: result.message });
      return;
    }
    setMessage({ ok: true, text: result.data.message });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 flex flex-col gap-5">
      {message ? (
        <Alert data-color={message.ok ? 'success' : 'danger'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </Alert>
      ) : null}
      <Textfield label="E-post" type="email" autoComplete="username" error={errors.email?.message} {...register('email')} />
      <Button type="submit" loading={isSubmitting} disabled={isSubmitting}>
        Send lenke
      </Button>
    </form>
  );
}
