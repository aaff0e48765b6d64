'use client';
// Removing a member: at once while setting up (after a confirmation), or as a proposal
// with the member's last day and a reason in a redesign. The row goes once the member is
// removed, so the page itself confirms it.
import { useZodResolver } from '@/lib/client/validation';
import { Details, Textfield } from '@digdir/designsystemet-react';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { SubmitButton } from '@/app/_components/submit-button';
import { applyFieldErrors, useForm } from '@/lib/client/forms';
import type { Messages } from '@/lib/pure/i18n/catalogues';
import { fillTemplate } from '@/lib/pure/i18n/template';
import type { RemoveMemberInput, RemoveMemberValues } from '@/lib/pure/validation/membership';
import { removeMemberAction } from '../actions';

export function RemoveMember({
  cooperationId,
  memberId,
  name,
  proposal,
  words,
  checkFields,
}: {
  cooperationId: string;
  memberId: string;
  name: string;
  proposal: boolean;
  /** Catalogue `deltakere.fjern` in the page's language. */
  words: Messages['deltakere']['fjern'];
  checkFields: string;
}) {
  const feedback = useFeedback();
  const defaults: RemoveMemberInput = { cooperationId, memberId, effectiveDate: proposal ? '' : null, reason: '' };
  const form = useForm<RemoveMemberInput, unknown, RemoveMemberValues>({ resolver: useZodResolver(() => import('@/lib/pure/validation/membership').then((m) => m.removeMemberSchema)), defaultValues: defaults });
  const errors = form.formState.errors;

  const onSubmit = form.handleSubmit(
    async (values) => {
      feedback.clear();
      const result = await removeMemberAction(values);
      if (!result.ok) {
        applyFieldErrors(result, form.setError);
        feedback.error(result.fieldErrors?.memberId?.join(' ') ?? result.message);
        return;
      }
      feedback.successOnPage(fillTemplate(result.data.mode === 'direkte' ? words.removed : words.proposedDone, { name }));
    },
    () => feedback.error(checkFields),
  );

  return (
    <Details>
      <Details.Summary>{fillTemplate(proposal ? words.summaryProposal : words.summary, { name })}</Details.Summary>
      <Details.Content>
        <form onSubmit={onSubmit} noValidate className="space-y-3">
          {proposal ? (
            <>
              <Textfield label={words.lastDay} type="date" error={errors.effectiveDate?.message} {...form.register('effectiveDate')} />
              <Textfield label={words.reason} multiline rows={2} error={errors.reason?.message} {...form.register('reason')} />
            </>
          ) : (
            <p className="text-sm">{fillTemplate(words.explain, { name })}</p>
          )}
          <FeedbackMessage entry={feedback.entry} />
          <SubmitButton variant="secondary" data-color="danger" data-size="sm" pending={form.formState.isSubmitting}>
            {proposal ? words.submitProposal : fillTemplate(words.summary, { name })}
          </SubmitButton>
        </form>
      </Details.Content>
    </Details>
  );
}
