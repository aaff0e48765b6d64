'use client';
import { useForm } from 'react-hook-form';
import { useZodResolver } from '@/lib/client/validation';
import { Textfield } from '@digdir/designsystemet-react';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { CHECK_FIELDS_MESSAGE } from '@/lib/client/feedback/store';
import { SubmitButton } from '@/app/_components/submit-button';
import { createUserSchema, type CreateUserInput } from '@/lib/pure/validation/admin';
import { applyFieldErrors } from '@/lib/client/forms';
import { createUserAction } from '../actions';

export function CreateUserForm() {
  const feedback = useFeedback();
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CreateUserInput>({ resolver: useZodResolver(createUserSchema), defaultValues: { name: '', email: '', title: '', password: '' } });

  const onSubmit = handleSubmit(
    async (values) => {
      feedback.clear();
      const result = await createUserAction(values);
      if (!result.ok) {
        applyFieldErrors(result, setError);
        feedback.error(result.message);
        return;
      }
      reset();
      feedback.successThenGo(`Brukeren ${values.name} er opprettet. Gi brukeren en rolle.`, `/admin/brukere/${result.data.id}`);
    },
    () => feedback.error(CHECK_FIELDS_MESSAGE),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 flex flex-col gap-4">
      <Textfield label="Fullt navn" autoComplete="off" error={errors.name?.message} {...register('name')} />
      <Textfield label="E-post" type="email" autoComplete="off" error={errors.email?.message} {...register('email')} />
      <Textfield label="Stilling (valgfritt)" autoComplete="off" error={errors.title?.message} {...register('title')} />
      <Textfield
        label="Førstegangspassord"
        description="Minst 12 tegn. Gi det til brukeren på en trygg måte."
        type="password"
        autoComplete="new-password"
        error={errors.password?.message}
        {...register('password')}
      />
      <FeedbackMessage entry={feedback.entry} />
      <SubmitButton pending={isSubmitting || feedback.going}>Opprett bruker</SubmitButton>
    </form>
  );
}
