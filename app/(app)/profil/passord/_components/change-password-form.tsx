'use client';
// Change your own password: current one, new one twice. The rules are checked as you submit;
// the server adds the common-password list and your own name and address.
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Textfield } from '@digdir/designsystemet-react';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password-policy';
import { applyFieldErrors } from '@/lib/forms';
import { changePasswordSchema, type ChangePasswordInput } from '@/lib/validation/password';
import { changePasswordAction } from '../actions';

export function ChangePasswordForm({ afterChange }: { afterChange: string | null }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ChangePasswordInput>({ resolver: zodResolver(changePasswordSchema), defaultValues: { current: '', password: '', confirm: '' } });

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const result = await changePasswordAction(values);
    if (!result.ok) {
      applyFieldErrors(result, setError);
      setMessage({ ok: false, text: result.message });
      return;
    }
    reset();
    setMessage({ ok: true, text: 'Passordet er byttet. Du er logget ut på alle andre enheter.' });
    if (afterChange) router.push(afterChange);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {message ? (
        <Alert data-color={message.ok ? 'success' : 'danger'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </Alert>
      ) : null}
      <Textfield label="Passordet du har nå" type="password" autoComplete="current-password" error={errors.current?.message} {...register('current')} />
      <Textfield
        label="Nytt passord"
        description={`Minst ${MIN_PASSWORD_LENGTH} tegn. Lengde teller mer enn spesialtegn – en setning av flere ord er både sterk og lett å huske.`}
        type="password"
        autoComplete="new-password"
        error={errors.password?.message}
        {...register('password')}
      />
      <Textfield label="Gjenta nytt passord" type="password" autoComplete="new-password" error={errors.confirm?.message} {...register('confirm')} />
      <div>
        <Button type="submit" loading={isSubmitting} disabled={isSubmitting}>
          Bytt passord
        </Button>
      </div>
    </form>
  );
}
