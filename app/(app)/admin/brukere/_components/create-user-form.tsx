'use client';
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Textfield } from '@digdir/designsystemet-react';
import { createUserSchema, type CreateUserInput } from '@/lib/validation/admin';
import { applyFieldErrors } from '@/lib/forms';
import { createUserAction } from '../actions';

export function CreateUserForm() {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CreateUserInput>({ resolver: zodResolver(createUserSchema), defaultValues: { name: '', email: '', title: '', password: '' } });

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const result = await createUserAction(values);
    if (!result.ok) {
      applyFieldErrors(result, setError);
      setMessage({ ok: false, text: result.message });
      return;
    }
    reset();
    setMessage({ ok: true, text: `Brukeren ${values.name} er opprettet. Gi brukeren en rolle.` });
    router.push(`/admin/brukere/${result.data.id}`);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 flex flex-col gap-4">
      {message ? (
        <Alert data-color={message.ok ? 'success' : 'danger'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </Alert>
      ) : null}
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
      <Button type="submit" loading={isSubmitting} disabled={isSubmitting}>
        Opprett bruker
      </Button>
    </form>
  );
}
