'use client';
// Invites a person to the municipality with one of its own roles.
import { useRouter } from 'next/navigation';
import { useZodResolver } from '@/lib/client/validation';
import { Textfield } from '@digdir/designsystemet-react';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { SubmitButton } from '@/app/_components/submit-button';
import { LOCAL_ROLES, type LocalRole } from '@/lib/pure/domain/person-links';
import { applyFieldErrors, useForm } from '@/lib/client/forms';
import type { LocalInviteInput } from '@/lib/pure/validation/accounts';
import { SelectField } from '@/app/_components/select-field';
import { inviteMunicipalityUserAction } from '../actions';

/** The form's words (brukere.kommune), with the local roles' names. */
export interface LocalInviteWords {
  fullName: string;
  email: string;
  role: string;
  send: string;
  checkFields: string;
  roles: Record<LocalRole, string>;
}

export function LocalInviteForm({ kommunenummer, words }: { kommunenummer: string; words: LocalInviteWords }) {
  const router = useRouter();
  const feedback = useFeedback();
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<LocalInviteInput>({ resolver: useZodResolver(() => import('@/lib/pure/validation/accounts').then((m) => m.localInviteSchema)), defaultValues: { kommunenummer, name: '', email: '', role: 'folkevalgt' } });

  const onSubmit = handleSubmit(
    async (values) => {
      feedback.clear();
      const result = await inviteMunicipalityUserAction(values);
      if (!result.ok) {
        applyFieldErrors(result, setError);
        feedback.error(result.message);
        return;
      }
      reset({ kommunenummer, name: '', email: '', role: values.role });
      feedback.success(result.data.message);
      router.refresh();
    },
    () => feedback.error(words.checkFields),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 flex flex-col gap-4">
      <Textfield label={words.fullName} autoComplete="off" error={errors.name?.message} {...register('name')} />
      <Textfield label={words.email} type="email" autoComplete="off" error={errors.email?.message} {...register('email')} />
      <SelectField label={words.role} error={errors.role?.message} {...register('role')}>
        {LOCAL_ROLES.map((r) => (
          <option key={r} value={r}>
            {words.roles[r]}
          </option>
        ))}
      </SelectField>
      <FeedbackMessage entry={feedback.entry} />
      <SubmitButton pending={isSubmitting}>
        {words.send}
      </SubmitButton>
    </form>
  );
}
