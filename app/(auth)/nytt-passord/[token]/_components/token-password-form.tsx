'use client';
// Choose a password with the link from the e-mail; on success, on to sign in.
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Textfield } from '@digdir/designsystemet-react';
import { SubmitButton } from '@/app/_components/submit-button';
import { MIN_PASSWORD_LENGTH } from '@/lib/pure/auth/password-policy';
import { applyFieldErrors } from '@/lib/client/forms';
import { tokenPasswordSchema, type TokenPasswordInput } from '@/lib/pure/validation/password';
import { setPasswordWithTokenAction } from '../../actions';

export function TokenPasswordForm({ token, email }: { token: string; email: string }) {
  const router = useRouter();
  const [error, setErrorText] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<TokenPasswordInput>({ resolver: zodResolver(tokenPasswordSchema), defaultValues: { token, password: '', confirm: '' } });

  const [leaving, setLeaving] = useState(false);
  const onSubmit = handleSubmit(async (values) => {
    setErrorText(null);
    const result = await setPasswordWithTokenAction(values);
    if (!result.ok) {
      applyFieldErrors(result, setError);
      setErrorText(result.message);
      return;
    }
    setLeaving(true);
    router.replace('/logg-inn?passord=valgt');
  }, () => setErrorText(null));

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 flex flex-col gap-5">
      {error ? (
        <Alert data-color="danger" role="alert">
          {error}
        </Alert>
      ) : null}
      {/* For password managers: which account the new password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Textfield
        label="Nytt passord"
        description={`Minst ${MIN_PASSWORD_LENGTH} tegn. Lengde teller mer enn spesialtegn – en setning av flere ord er både sterk og lett å huske.`}
        type="password"
        autoComplete="new-password"
        error={errors.password?.message}
        {...register('password')}
      />
      <Textfield label="Gjenta nytt passord" type="password" autoComplete="new-password" error={errors.confirm?.message} {...register('confirm')} />
      <SubmitButton pending={isSubmitting || leaving}>Lagre passord</SubmitButton>
    </form>
  );
}
