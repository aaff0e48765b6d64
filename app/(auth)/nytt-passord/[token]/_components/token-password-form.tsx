'use client';
// Choose a password with the link from the e-mail; on success, on to sign in. The labels come
// from the page in the request's language; the field messages and refusals come from the
// shared schema and the server action, worded in the request's language too.
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useZodResolver } from '@/lib/client/validation';
import { Alert, Textfield } from '@digdir/designsystemet-react';
import { SubmitButton } from '@/app/_components/submit-button';
import { applyFieldErrors, useForm } from '@/lib/client/forms';
import type { TokenPasswordInput } from '@/lib/pure/validation/password';
import { setPasswordWithTokenAction } from '../../actions';

export interface TokenPasswordWords {
  newPassword: string;
  help: string;
  repeat: string;
  save: string;
}

export function TokenPasswordForm({ token, email, words }: { token: string; email: string; words: TokenPasswordWords }) {
  const router = useRouter();
  const [error, setErrorText] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<TokenPasswordInput>({ resolver: useZodResolver(() => import('@/lib/pure/validation/password').then((m) => m.tokenPasswordSchema)), defaultValues: { token, password: '', confirm: '' } });

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
        label={words.newPassword}
        description={words.help}
        type="password"
        autoComplete="new-password"
        error={errors.password?.message}
        {...register('password')}
      />
      <Textfield label={words.repeat} type="password" autoComplete="new-password" error={errors.confirm?.message} {...register('confirm')} />
      <SubmitButton pending={isSubmitting || leaving}>{words.save}</SubmitButton>
    </form>
  );
}
