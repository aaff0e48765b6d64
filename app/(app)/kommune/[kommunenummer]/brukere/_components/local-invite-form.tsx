'use client';
// Invites a person to the municipality with one of its own roles.
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Textfield } from '@digdir/designsystemet-react';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { LOCAL_ROLES } from '@/lib/domain/person-links';
import { applyFieldErrors } from '@/lib/forms';
import { localInviteSchema, type LocalInviteInput } from '@/lib/validation/accounts';
import { SelectField } from '@/app/_components/select-field';
import { inviteMunicipalityUserAction } from '../actions';

export function LocalInviteForm({ kommunenummer }: { kommunenummer: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<LocalInviteInput>({ resolver: zodResolver(localInviteSchema), defaultValues: { kommunenummer, name: '', email: '', role: 'folkevalgt' } });

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const result = await inviteMunicipalityUserAction(values);
    if (!result.ok) {
      applyFieldErrors(result, setError);
      setMessage({ ok: false, text: result.message });
      return;
    }
    reset({ kommunenummer, name: '', email: '', role: values.role });
    setMessage({ ok: true, text: result.data.message });
    router.refresh();
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
      <SelectField label="Rolle" error={errors.role?.message} {...register('role')}>
        {LOCAL_ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </SelectField>
      <Button type="submit" loading={isSubmitting} disabled={isSubmitting}>
        Send invitasjon
      </Button>
    </form>
  );
}
