'use client';
// Change your own password: current one, new one twice. The rules are checked as you submit;
// the server adds the common-password list and your own name and address.
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { useZodResolver } from '@/lib/client/validation';
import { Textfield } from '@digdir/designsystemet-react';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { FIX_FIELDS_MESSAGE } from '@/app/_components/phase/edit-notice';
import { SubmitButton } from '@/app/_components/submit-button';
import { MIN_PASSWORD_LENGTH } from '@/lib/pure/auth/password-policy';
import { applyFieldErrors } from '@/lib/client/forms';
import { changePasswordSchema, type ChangePasswordInput } from '@/lib/pure/validation/password';
import { changePasswordAction } from '../actions';

export function ChangePasswordForm({ afterChange }: { afterChange: string | null }) {
  const router = useRouter();
  const feedback = useFeedback();
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ChangePasswordInput>({ resolver: useZodResolver(changePasswordSchema), defaultValues: { current: '', password: '', confirm: '' } });

  const onSubmit = handleSubmit(
    async (values) => {
      feedback.clear();
      const result = await changePasswordAction(values);
      if (!result.ok) {
        applyFieldErrors(result, setError);
        feedback.error(result.message);
        return;
      }
      reset();
      const done = 'Passordet er byttet. Du er logget ut på alle andre enheter.';
      // The header and the rest of the app read the session anew either way.
      if (afterChange) feedback.successThenGo(done, afterChange);
      else feedback.success(done);
      router.refresh();
    },
    () => feedback.error(FIX_FIELDS_MESSAGE),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
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
      <FeedbackMessage entry={feedback.entry} />
      <div>
        <SubmitButton pending={isSubmitting || feedback.going}>Bytt passord</SubmitButton>
      </div>
    </form>
  );
}
