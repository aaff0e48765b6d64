'use client';
// The password form. Its words come from the page in the request's language (no translation
// runtime in the browser), the refusals' words too (lib/pure/validation/sign-in.ts); the field
// messages are worded by the layout's validation words.
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useZodResolver } from '@/lib/client/validation';
import { Alert, Textfield } from '@digdir/designsystemet-react';
import { SubmitButton } from '@/app/_components/submit-button';
import { signInErrorMessage, type SignInRefusalWords } from '@/lib/pure/validation/sign-in';
import type { SignInInput } from '@/lib/pure/validation/sign-in-schema';
import { useForm } from '@/lib/client/forms';

export interface SignInWords {
  email: string;
  password: string;
  submit: string;
}

export function SignInForm({
  callbackUrl,
  initialError,
  refusals,
  words,
}: {
  callbackUrl: string;
  initialError: string | null;
  refusals: SignInRefusalWords;
  words: SignInWords;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialError);
  // Signed in: the button stays busy until the next page has loaded.
  const [leaving, setLeaving] = useState(false);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SignInInput>({ resolver: useZodResolver(() => import('@/lib/pure/validation/sign-in-schema').then((m) => m.signInSchema)), defaultValues: { email: '', password: '' } });

  // An old refusal goes as soon as the form is sent again, also when the browser's checks stop it.
  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const { signIn } = await import('next-auth/react'); // loaded on use, not with the page
    const result = await signIn('credentials', { ...values, redirect: false, callbackUrl });
    if (!result || result.error) {
      setError(signInErrorMessage(result?.error ?? 'unknown', refusals));
      return;
    }
    setLeaving(true);
    router.replace(callbackUrl);
    router.refresh();
  }, () => setError(null));

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 flex flex-col gap-5">
      {error ? (
        <Alert data-color="danger" role="alert">
          {error}
        </Alert>
      ) : null}
      <Textfield label={words.email} type="email" autoComplete="username" error={errors.email?.message} {...register('email')} />
      <Textfield label={words.password} type="password" autoComplete="current-password" error={errors.password?.message} {...register('password')} />
      <SubmitButton pending={isSubmitting || leaving}>{words.submit}</SubmitButton>
    </form>
  );
}
