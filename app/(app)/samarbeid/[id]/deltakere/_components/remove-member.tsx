'use client';
// Removing a member: at once while setting up (after a confirmation), or as a proposal
// with the member's last day and a reason in a redesign. The row goes once the member is
// removed, so the page itself confirms it.
import { useForm } from 'react-hook-form';
import { useZodResolver } from '@/lib/client/validation';
import { Details, Textfield } from '@digdir/designsystemet-react';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { CHECK_FIELDS_MESSAGE } from '@/lib/client/feedback/store';
import { SubmitButton } from '@/app/_components/submit-button';
import { applyFieldErrors } from '@/lib/client/forms';
import { removeMemberSchema, type RemoveMemberInput, type RemoveMemberValues } from '@/lib/pure/validation/membership';
import { removeMemberAction } from '../actions';

export function RemoveMember({ cooperationId, memberId, name, proposal }: { cooperationId: string; memberId: string; name: string; proposal: boolean }) {
  const feedback = useFeedback();
  const defaults: RemoveMemberInput = { cooperationId, memberId, effectiveDate: proposal ? '' : null, reason: '' };
  const form = useForm<RemoveMemberInput, unknown, RemoveMemberValues>({ resolver: useZodResolver(removeMemberSchema), defaultValues: defaults });
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
      feedback.successOnPage(
        result.data.mode === 'direkte'
          ? `${name} er fjernet fra samarbeidet.`
          : `Uttreden for ${name} er foreslått. Den gjelder når deltakerne har vedtatt den.`,
      );
    },
    () => feedback.error(CHECK_FIELDS_MESSAGE),
  );

  return (
    <Details>
      <Details.Summary>{proposal ? `Foreslå uttreden for ${name}` : `Fjern ${name}`}</Details.Summary>
      <Details.Content>
        <form onSubmit={onSubmit} noValidate className="space-y-3">
          {proposal ? (
            <>
              <Textfield label="Siste dag som deltaker" type="date" error={errors.effectiveDate?.message} {...form.register('effectiveDate')} />
              <Textfield label="Begrunnelse (valgfritt)" multiline rows={2} error={errors.reason?.message} {...form.register('reason')} />
            </>
          ) : (
            <p className="text-sm">
              {name} fjernes fra samarbeidet. Har deltakeren registrerte vedtak, blir den stående som tidligere deltaker i historikken.
            </p>
          )}
          <FeedbackMessage entry={feedback.entry} />
          <SubmitButton variant="secondary" data-color="danger" data-size="sm" pending={form.formState.isSubmitting}>
            {proposal ? 'Foreslå uttreden' : `Fjern ${name}`}
          </SubmitButton>
        </form>
      </Details.Content>
    </Details>
  );
}
