'use client';
// Invites a person by e-mail: an account is made if the address has none, and a single-use
// link to choose a password is sent. The answer is the same whether or not it had one.
import { useState } from 'react';
import Link from 'next/link';
import { useZodResolver } from '@/lib/client/validation';
import { Paragraph, Textfield } from '@digdir/designsystemet-react';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { SubmitButton } from '@/app/_components/submit-button';
import { applyFieldErrors, useForm } from '@/lib/client/forms';
import type { InvitePersonInput } from '@/lib/pure/validation/accounts';
import { invitePersonAction } from '../actions';
import type { PersonRef } from './pick-user-button';
import type { Messages } from '@/lib/pure/i18n/catalogues';

export function InviteForm({
  person,
  defaultName,
  back,
  backLabel,
  words,
  checkFields,
}: {
  person: PersonRef;
  defaultName: string;
  back: string;
  backLabel: string;
  /** Catalogue `personer.inviter` in the page's language. */
  words: Messages['personer']['inviter'];
  checkFields: string;
}) {
  const feedback = useFeedback();
  const [sent, setSent] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<InvitePersonInput>({ resolver: useZodResolver(() => import('@/lib/pure/validation/accounts').then((m) => m.invitePersonSchema)), defaultValues: { ...person, name: defaultName, email: '' } });

  const onSubmit = handleSubmit(
    async (values) => {
      feedback.clear();
      const result = await invitePersonAction(values);
      if (!result.ok) {
        applyFieldErrors(result, setError);
        feedback.error(result.message);
        return;
      }
      setSent(true);
      feedback.success(result.data.message);
    },
    () => feedback.error(checkFields),
  );

  if (sent) {
    return (
      <div className="mt-4 space-y-3">
        <FeedbackMessage entry={feedback.entry}>
          <Paragraph data-size="sm" className="mt-2">
            <Link href={back}>{backLabel}</Link>
          </Paragraph>
        </FeedbackMessage>
        {feedback.entry ? null : (
          <Paragraph data-size="sm">
            {words.sent} <Link href={back}>{backLabel}</Link>
          </Paragraph>
        )}
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 flex max-w-md flex-col gap-4">
      <Textfield label={words.name} autoComplete="off" error={errors.name?.message} {...register('name')} />
      <Textfield label={words.email} type="email" autoComplete="off" error={errors.email?.message} {...register('email')} />
      <FeedbackMessage entry={feedback.entry} />
      <SubmitButton pending={isSubmitting} className="self-start">
        {words.submit}
      </SubmitButton>
    </form>
  );
}
