'use client';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Textfield } from '@digdir/designsystemet-react';
import { applyFieldErrors } from '@/lib/forms';
import { electionSchema } from '@/lib/validation/elections';
import { recordElectionAction } from '../actions';

export function ElectionForm() {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const { register, handleSubmit, setError, getValues, formState } = useForm<{ electionDate: string }>({
    resolver: zodResolver(electionSchema),
    defaultValues: { electionDate: '' },
  });
  const onSubmit = handleSubmit(async () => {
    if (!window.confirm('Alle sponsorer i aktive samarbeid blir merket for ny bekreftelse. Fortsette?')) return;
    const result = await recordElectionAction(getValues());
    if (!result.ok) {
      applyFieldErrors(result, setError);
      setMessage({ ok: false, text: result.message });
      return;
    }
    setMessage({ ok: true, text: `Valget er registrert. ${result.data.sponsors} sponsorer i ${result.data.cooperations} samarbeid må bekreftes på nytt.` });
  });
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 flex flex-col gap-4">
      {message ? (
        <Alert data-color={message.ok ? 'success' : 'danger'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </Alert>
      ) : null}
      <Textfield label="Valgdag" type="date" error={formState.errors.electionDate?.message} {...register('electionDate')} />
      <Button type="submit" loading={formState.isSubmitting}>
        Registrer kommunevalg
      </Button>
    </form>
  );
}
