'use client';
// Ask for a reset link. The answer is the same whether or not the address has an account.
// The words come from the page in the request's language; the answer and the field messages
// come from the server action and the shared schema, worded in the request's language too.
import { useZodResolver } from '@/lib/client/validation';
import { Textfield } from '@digdir/designsystemet-react';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { SubmitButton } from '@/app/_components/submit-button';
import { applyFieldErrors, useForm } from '@/lib/client/forms';
import type { ResetRequestInput } from '@/lib/pure/validation/password';
import { requestPasswordResetAction } from '../actions';

export function ResetRequestForm({ words }: { words: { email: string; send: string; checkFields: string } }) {
  const feedback = useFeedback();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ResetRequestInput>({ resolver: useZodResolver(() => import('@/lib/pure/validation/password').then((m) => m.resetRequestSchema)), defaultValues: { email: '' } });

  const onSubmit = handleSubmit(
    async (values) => {
      feedback.clear();
      const result = await requestPasswordResetAction(values);
      if (!result.ok) {
        applyFieldErrors(result, setError);
        feedback.error(result.message);
        return;
      }
      feedback.success(result.data.message);
    },
    () => feedback.error(words.checkFields),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 flex flex-col gap-5">
      <Textfield label={words.email} type="email" autoComplete="username" error={errors.email?.message} {...register('email')} />
      <FeedbackMessage entry={feedback.entry} />
      <SubmitButton pending={isSubmitting}>{words.send}</SubmitButton>
    </form>
  );
}
