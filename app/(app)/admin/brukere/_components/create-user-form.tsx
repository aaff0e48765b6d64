'use client';
import { useZodResolver } from '@/lib/client/validation';
import { Textfield } from '@digdir/designsystemet-react';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { fillTemplate } from '@/lib/pure/i18n/template';
import { SubmitButton } from '@/app/_components/submit-button';
import type { CreateUserInput } from '@/lib/pure/validation/admin';
import { applyFieldErrors, useForm } from '@/lib/client/forms';
import { createUserAction } from '../actions';

/** The form's words (brukere); `created` has the placeholder {name}. */
export interface CreateUserWords {
  fullName: string;
  email: string;
  jobTitle: string;
  firstPassword: string;
  firstPasswordDescription: string;
  create: string;
  created: string;
  checkFields: string;
}

export function CreateUserForm({ words }: { words: CreateUserWords }) {
  const feedback = useFeedback();
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CreateUserInput>({ resolver: useZodResolver(() => import('@/lib/pure/validation/admin').then((m) => m.createUserSchema)), defaultValues: { name: '', email: '', title: '', password: '' } });

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
      feedback.successThenGo(fillTemplate(words.created, { name: values.name }), `/admin/brukere/${result.data.id}`);
    },
    () => feedback.error(words.checkFields),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 flex flex-col gap-4">
      <Textfield label={words.fullName} autoComplete="off" error={errors.name?.message} {...register('name')} />
      <Textfield label={words.email} type="email" autoComplete="off" error={errors.email?.message} {...register('email')} />
      <Textfield label={words.jobTitle} autoComplete="off" error={errors.title?.message} {...register('title')} />
      <Textfield
        label={words.firstPassword}
        description={words.firstPasswordDescription}
        type="password"
        autoComplete="new-password"
        error={errors.password?.message}
        {...register('password')}
      />
      <FeedbackMessage entry={feedback.entry} />
      <SubmitButton pending={isSubmitting || feedback.going}>{words.create}</SubmitButton>
    </form>
  );
}
