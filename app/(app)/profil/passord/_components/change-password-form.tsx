'use client';
// Change your own password: current one, new one twice. The rules are checked as you submit;
// the server adds the common-password list and your own name and address.
import { useRouter } from 'next/navigation';
import { useZodResolver } from '@/lib/client/validation';
import { Textfield } from '@digdir/designsystemet-react';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { SubmitButton } from '@/app/_components/submit-button';
import { applyFieldErrors, useForm } from '@/lib/client/forms';
import type { ChangePasswordInput } from '@/lib/pure/validation/password';
import { changePasswordAction } from '../actions';

/** The form's words, from the catalogue (profil.passord); the rule's length already filled in. */
export interface ChangePasswordWords {
  current: string;
  new: string;
  newDescription: string;
  repeat: string;
  submit: string;
  done: string;
  fixFields: string;
}

export function ChangePasswordForm({ afterChange, words }: { afterChange: string | null; words: ChangePasswordWords }) {
  const router = useRouter();
  const feedback = useFeedback();
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ChangePasswordInput>({ resolver: useZodResolver(() => import('@/lib/pure/validation/password').then((m) => m.changePasswordSchema)), defaultValues: { current: '', password: '', confirm: '' } });

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
      const done = words.done;
      // The header and the rest of the app read the session anew either way.
      if (afterChange) feedback.successThenGo(done, afterChange);
      else feedback.success(done);
      router.refresh();
    },
    () => feedback.error(words.fixFields),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <Textfield label={words.current} type="password" autoComplete="current-password" error={errors.current?.message} {...register('current')} />
      <Textfield
        label={words.new}
        description={words.newDescription}
        type="password"
        autoComplete="new-password"
        error={errors.password?.message}
        {...register('password')}
      />
      <Textfield label={words.repeat} type="password" autoComplete="new-password" error={errors.confirm?.message} {...register('confirm')} />
      <FeedbackMessage entry={feedback.entry} />
      <div>
        <SubmitButton pending={isSubmitting || feedback.going}>{words.submit}</SubmitButton>
      </div>
    </form>
  );
}
