'use client';
// After an election each sponsor is either confirmed (continues) or replaced by the person
// the member municipality has chosen — one step either way, from the overview. Both are
// Støtte saves with the Støtte version the page showed; a conflict refreshes the page. The
// sponsor's row goes once confirmed, so the page itself says what was done. Its words come from
// the page, already naming the sponsor and the role; field messages are still bokmål.
import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useZodResolver } from '@/lib/client/validation';
import { Button, Textfield } from '@digdir/designsystemet-react';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { SubmitButton } from '@/app/_components/submit-button';
import type { ActionResult } from '@/lib/pure/action-result';
import { applyFieldErrors, useForm } from '@/lib/client/forms';
import type { ReplaceSponsorInput, ReplaceSponsorValues } from '@/lib/pure/validation/elections';
import { reconfirmSponsorAction, replaceSponsorAction } from '../sponsor-actions';

export interface ReconfirmWords {
  conflict: string;
  checkFields: string;
  confirmed: string;
  /** With "{newName}" for the name typed in. */
  replaced: string;
  group: string;
  continuesLabel: string;
  continues: string;
  replacedLabel: string;
  replace: string;
  replaceForm: string;
  newSponsor: string;
  title: string;
  titleHelp: string;
  submit: string;
  cancel: string;
}

export function ReconfirmButton({ cooperationId, sponsorId, version, words }: { cooperationId: string; sponsorId: string; version: number; words: ReconfirmWords }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const feedback = useFeedback();
  const [replacing, setReplacing] = useState(false);
  const form = useForm<ReplaceSponsorInput, unknown, ReplaceSponsorValues>({
    resolver: useZodResolver(() => import('@/lib/pure/validation/elections').then((m) => m.replaceSponsorSchema)),
    defaultValues: { cooperationId, sponsorId, name: '', title: '', version },
  });
  /** Shows the outcome; true when saved. */
  const settle = (result: ActionResult<unknown>, done: string): boolean => {
    if (result.ok) {
      // The action revalidated the page, and its response brought it as it is now.
      feedback.successOnPage(done);
      return true;
    }
    feedback.error(result.code === 'conflict' ? words.conflict : result.message);
    if (result.code === 'conflict') router.refresh();
    return false;
  };
  const confirm = () =>
    startTransition(async () => {
      feedback.clear();
      settle(await reconfirmSponsorAction({ cooperationId, sponsorId, version }), words.confirmed);
    });
  const replace = form.handleSubmit(
    async (values) => {
      feedback.clear();
      const result = await replaceSponsorAction({ ...values, version });
      if (!settle(result, words.replaced.replace('{newName}', values.name)) && !result.ok) applyFieldErrors(result, form.setError);
    },
    () => feedback.error(words.checkFields),
  );
  return (
    <div className="flex w-full flex-col gap-2" role="group" aria-label={words.group}>
      {!replacing ? (
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" data-size="sm" loading={pending} disabled={pending} aria-label={words.continuesLabel} onClick={confirm}>
            {words.continues}
          </Button>
          <Button variant="tertiary" data-size="sm" aria-label={words.replacedLabel} onClick={() => setReplacing(true)}>
            {words.replace}
          </Button>
        </div>
      ) : (
        <form onSubmit={replace} noValidate className="flex flex-col gap-3 rounded-md border border-[var(--ds-color-neutral-border-subtle)] p-3" aria-label={words.replaceForm}>
          <Textfield label={words.newSponsor} autoComplete="name" error={form.formState.errors.name?.message} {...form.register('name')} />
          <Textfield label={words.title} description={words.titleHelp} error={form.formState.errors.title?.message} {...form.register('title')} />
          <div className="flex flex-wrap gap-2">
            <SubmitButton data-size="sm" pending={form.formState.isSubmitting}>
              {words.submit}
            </SubmitButton>
            <Button type="button" variant="secondary" data-size="sm" onClick={() => setReplacing(false)}>
              {words.cancel}
            </Button>
          </div>
        </form>
      )}
      <FeedbackMessage entry={feedback.entry} />
    </div>
  );
}
