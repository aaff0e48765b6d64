'use client';
// The cooperation's own notice period for case documents; empty means the default.
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Textfield } from '@digdir/designsystemet-react';
import { applyFieldErrors } from '@/lib/forms';
import { noticeDaysSchema, type NoticeDaysInput, type NoticeDaysValues } from '@/lib/validation/bodies';
import { saveNoticeDaysAction } from '../actions';

export function NoticeDaysForm({ cooperationId, days, defaultDays }: { cooperationId: string; days: number | null; defaultDays: number }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const { register, handleSubmit, setError, getValues, formState } = useForm<NoticeDaysInput, unknown, NoticeDaysValues>({
    resolver: zodResolver(noticeDaysSchema),
    defaultValues: { cooperationId, days: days === null ? '' : String(days) },
  });
  const onSubmit = handleSubmit(async () => {
    setMessage(null);
    const result = await saveNoticeDaysAction(getValues());
    if (!result.ok) {
      applyFieldErrors(result, setError);
      setMessage({ ok: false, text: result.message });
      return;
    }
    const d = result.data.days;
    setMessage({ ok: true, text: d === null ? `Fristen er satt tilbake til standard, ${defaultDays} dager.` : `Fristen er ${d} dager før møtet.` });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Frist for saksdokumenter">
      {message ? (
        <Alert data-color={message.ok ? 'success' : 'danger'} role={message.ok ? 'status' : 'alert'} data-size="sm">
          {message.text}
        </Alert>
      ) : null}
      <div className="flex flex-wrap items-end gap-3">
        <Textfield
          label="Samarbeidets egen frist (dager før møtet)"
          description={`La feltet stå tomt for å bruke standard, ${defaultDays} dager.`}
          inputMode="numeric"
          autoComplete="off"
          className="max-w-xs"
          error={formState.errors.days?.message}
          {...register('days')}
        />
        <Button type="submit" variant="secondary" loading={formState.isSubmitting}>
          Lagre fristen
        </Button>
      </div>
    </form>
  );
}
