'use client';
// Invites a person by e-mail: an account is made if the address has none, and a single-use
// link to choose a password is sent. The answer is the same whether or not it had one.
import { useState } from 'react';
import Link from 'next/link';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { applyFieldErrors } from '@/lib/forms';
import { invitePersonSchema, type InvitePersonInput } from '@/lib/validation/accounts';
import { invitePersonAction } from '../actions';
import type { PersonRef } from './pick-user-button';

export function InviteForm({ person, defaultName, back, backLabel }: { person: PersonRef; defaultName: string; back: string; backLabel: string }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<InvitePersonInput>({ resolver: zodResolver(invitePersonSchema), defaultValues: { ...person, name: defaultName, email: '' } });

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const result = await invitePersonAction(values);
    if (!result.ok) {
      applyFieldErrors(result, setError);
      setMessage({ ok: false, text: result.message });
      return;
    }
    setMessage({ ok: true, text: result.data.message });
  });

  if (message?.ok) {
    return (
      <Alert data-color="success" role="status" className="mt-4">
        <Paragraph data-size="sm">{message.text}</Paragraph>
        <Paragraph data-size="sm" className="mt-2">
          <Link href={back}>{backLabel}</Link>
        </Paragraph>
      </Alert>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 flex max-w-md flex-col gap-4">
      {message ? (
        <Alert data-color="danger" role="alert">
          {message.text}
        </Alert>
      ) : null}
      <Textfield label="Fullt navn" autoComplete="off" error={errors.name?.message} {...register('name')} />
      <Textfield label="E-post" type="email" autoComplete="off" error={errors.email?.message} {...register('email')} />
      <Button type="submit" loading={isSubmitting} disabled={isSubmitting} className="self-start">
        Send invitasjon
      </Button>
    </form>
  );
}
