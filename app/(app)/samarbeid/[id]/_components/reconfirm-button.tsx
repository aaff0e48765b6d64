'use client';
// After an election each sponsor is either confirmed (continues) or replaced by the person
// the member municipality has chosen — one step either way, from the overview. Both are
// Støtte saves with the Støtte version the page showed; a conflict refreshes the page. The
// sponsor's row goes once confirmed, so the page itself says what was done.
import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { useZodResolver } from '@/lib/client/validation';
import { Button, Textfield } from '@digdir/designsystemet-react';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { CHECK_FIELDS_MESSAGE } from '@/lib/client/feedback/store';
import { SubmitButton } from '@/app/_components/submit-button';
import type { ActionResult } from '@/lib/pure/action-result';
import { applyFieldErrors } from '@/lib/client/forms';
import { replaceSponsorSchema, type ReplaceSponsorInput, type ReplaceSponsorValues } from '@/lib/pure/validation/elections';
import { reconfirmSponsorAction, replaceSponsorAction } from '../sponsor-actions';

const CONFLICT = 'Støttesiden ble endret av noen andre samtidig. Siden er oppdatert; prøv igjen.';

export function ReconfirmButton({ cooperationId, sponsorId, name, role, version }: { cooperationId: string; sponsorId: string; name: string; role: string; version: number }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const feedback = useFeedback();
  const [replacing, setReplacing] = useState(false);
  const form = useForm<ReplaceSponsorInput, unknown, ReplaceSponsorValues>({
    resolver: useZodResolver(replaceSponsorSchema),
    defaultValues: { cooperationId, sponsorId, name: '', title: '', version },
  });
  /** Shows the outcome; true when saved. */
  const settle = (result: ActionResult<unknown>, done: string): boolean => {
    if (result.ok) {
      feedback.successOnPage(done);
      router.refresh();
      return true;
    }
    feedback.error(result.code === 'conflict' ? CONFLICT : result.message);
    if (result.code === 'conflict') router.refresh();
    return false;
  };
  const confirm = () =>
    startTransition(async () => {
      feedback.clear();
      settle(await reconfirmSponsorAction({ cooperationId, sponsorId, version }), `${name} er bekreftet som ${role}.`);
    });
  const replace = form.handleSubmit(
    async (values) => {
      feedback.clear();
      const result = await replaceSponsorAction({ ...values, version });
      if (!settle(result, `${values.name} er ny ${role} i stedet for ${name}.`) && !result.ok) applyFieldErrors(result, form.setError);
    },
    () => feedback.error(CHECK_FIELDS_MESSAGE),
  );
  return (
    <div className="flex w-full flex-col gap-2" role="group" aria-label={`Fortsetter ${name} som ${role}?`}>
      {!replacing ? (
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" data-size="sm" loading={pending} disabled={pending} aria-label={`${name} fortsetter som ${role}`} onClick={confirm}>
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
            <SubmitButton data-size="sm" pending={form.formState.isSubmitting}>
              Erstatt og bekreft
            </SubmitButton>
            <Button type="button" variant="secondary" data-size="sm" onClick={() => setReplacing(false)}>
              Avbryt
            </Button>
          </div>
        </form>
      )}
      <FeedbackMessage entry={feedback.entry} />
    </div>
  );
}
