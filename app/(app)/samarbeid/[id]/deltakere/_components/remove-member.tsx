'use client';
// Removing a member: at once while setting up (after a confirmation), or as a proposal
// with the member's last day and a reason in a redesign.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Details, Textfield } from '@digdir/designsystemet-react';
import { applyFieldErrors } from '@/lib/forms';
import { removeMemberSchema, type RemoveMemberInput, type RemoveMemberValues } from '@/lib/validation/membership';
import { removeMemberAction } from '../actions';

export function RemoveMember({ cooperationId, memberId, name, proposal }: { cooperationId: string; memberId: string; name: string; proposal: boolean }) {
  const [error, setError] = useState<string | null>(null);
  const defaults: RemoveMemberInput = { cooperationId, memberId, effectiveDate: proposal ? '' : null, reason: '' };
  const form = useForm<RemoveMemberInput, unknown, RemoveMemberValues>({ resolver: zodResolver(removeMemberSchema), defaultValues: defaults });
  const errors = form.formState.errors;

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await removeMemberAction(values);
    if (!result.ok) {
      applyFieldErrors(result, form.setError);
      setError(errors.memberId?.message ?? result.fieldErrors?.memberId?.join(' ') ?? result.message);
    }
  });

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
          {error ? (
            <Alert data-color="danger" role="alert">
              {error}
            </Alert>
          ) : null}
          <Button type="submit" variant="secondary" data-color="danger" data-size="sm" loading={form.formState.isSubmitting} disabled={form.formState.isSubmitting}>
            {proposal ? 'Foreslå uttreden' : `Fjern ${name}`}
          </Button>
        </form>
      </Details.Content>
    </Details>
  );
}
