'use client';
// After an election each sponsor is either confirmed (continues) or replaced by the person
// the member municipality has chosen — one step either way, from the overview.
import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { applyFieldErrors } from '@/lib/forms';
import { replaceSponsorSchema, type ReplaceSponsorInput, type ReplaceSponsorValues } from '@/lib/validation/elections';
import { reconfirmSponsorAction, replaceSponsorAction } from '../sponsor-actions';

export function ReconfirmButton({ cooperationId, sponsorId, name, role }: { cooperationId: string; sponsorId: string; name: string; role: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [replacing, setReplacing] = useState(false);
  const form = useForm<ReplaceSponsorInput, unknown, ReplaceSponsorValues>({
    resolver: zodResolver(replaceSponsorSchema),
    defaultValues: { cooperationId, sponsorId, name: '', title: '' },
  });
  const confirm = () =>
    startTransition(async () => {
      const result = await reconfirmSponsorAction({ cooperationId, sponsorId });
      setError(result.ok ? null : result.message);
      if (result.ok) router.refresh();
    });
  const replace = form.handleSubmit(async () => {
    const result = await replaceSponsorAction(form.getValues());
    if (!result.ok) {
      applyFieldErrors(result, form.setError);
      setError(result.message);
      return;
    }
    setError(null);
    router.refresh();
  });
  return (
    <div className="flex w-full flex-col gap-2" role="group" aria-label={`Fortsetter ${name} som ${role}?`}>
      {!replacing ? (
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" data-size="sm" loading={pending} aria-label={`${name} fortsetter som ${role}`} onClick={confirm}>
            Fortsetter
          </Button>
          <Button variant="tertiary" data-size="sm" aria-label={`${name} erstattes som ${role}`} onClick={() => setReplacing(true)}>
            Erstattes
          </Button>
        </div>
      ) : (
        <form onSubmit={replace} noValidate className="flex flex-col gap-3 rounded-md border border-[var(--ds-color-neutral-border-subtle)] p-3" aria-label={`Erstatt ${name}`}>
          <Textfield label={`Ny ${role} i stedet for ${name}`} autoComplete="name" error={form.formState.errors.name?.message} {...form.register('name')} />
          <Textfield label="Tittel eller verv (valgfritt)" description="For eksempel ordfører eller kommunalsjef for helse." error={form.formState.errors.title?.message} {...form.register('title')} />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" data-size="sm" loading={form.formState.isSubmitting}>
              Erstatt og bekreft
            </Button>
            <Button type="button" variant="secondary" data-size="sm" onClick={() => setReplacing(false)}>
              Avbryt
            </Button>
          </div>
        </form>
      )}
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </div>
  );
}
