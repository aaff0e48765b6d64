'use client';
// The Deltakelse form: representation, anchoring plan, information plan, informal contact.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Heading, Textfield } from '@digdir/designsystemet-react';
import { SaveBar, type SaveMessage } from '@/app/_components/phase/save-bar';
import { applyFieldErrors } from '@/lib/forms';
import type { DeltakelsePhase } from '@/db/queries/phases/deltakelse';
import { deltakelseSchema, type DeltakelseInput, type DeltakelseValues } from '@/lib/validation/phases/deltakelse';
import { saveDeltakelseAction } from '../actions';
import { AnchoringSection } from './anchoring-section';
import { deltakelseValues } from './deltakelse-values';
import { InformationSection } from './information-section';
import { RepresentationSection } from './representation-section';
import { FIX_FIELDS_MESSAGE, READ_ONLY_FIELDS_CLASS } from '@/app/_components/phase/edit-notice';

export function DeltakelseForm({ cooperationId, initial, readOnly }: { cooperationId: string; initial: DeltakelsePhase; readOnly: boolean }) {
  const [members, setMembers] = useState(initial.members);
  const [message, setMessage] = useState<SaveMessage | null>(null);
  const form = useForm<DeltakelseInput, unknown, DeltakelseValues>({ resolver: zodResolver(deltakelseSchema), defaultValues: deltakelseValues(cooperationId, initial) });
  const { register, handleSubmit, reset, setError, formState } = form;

  const onSubmit = handleSubmit(
    async (values) => {
      setMessage(null);
      const result = await saveDeltakelseAction(values);
      if (!result.ok) {
        applyFieldErrors(result, setError);
        setMessage({ ok: false, text: result.message });
        return;
      }
      const { phase, occurrences } = result.data;
      if (phase) {
        setMembers(phase.members);
        reset(deltakelseValues(cooperationId, phase));
      }
      const calendar = occurrences.created + occurrences.deleted > 0 ? ' Forankringskalenderen for de neste tolv månedene er oppdatert.' : '';
      setMessage({ ok: true, text: `Deltakelse er lagret.${calendar}` });
    },
    () => setMessage({ ok: false, text: FIX_FIELDS_MESSAGE }),
  );

  return (
    <form onSubmit={onSubmit} noValidate>
      <fieldset disabled={readOnly} className={`min-w-0 space-y-6 ${readOnly ? READ_ONLY_FIELDS_CLASS : ''}`}>
        <RepresentationSection form={form} members={members} />
        <AnchoringSection form={form} members={members} readOnly={readOnly} />
        <InformationSection form={form} readOnly={readOnly} />
        <section aria-labelledby="uformell-tittel" className="bb-panel">
          <Heading level={2} id="uformell-tittel" data-size="sm">
            Uformell kontakt
          </Heading>
          {/* Designsystemet's Textarea, unlike Input and Select, does not suppress the ids its field observer sets before hydration. */}
          <Textfield
            multiline
            rows={3}
            suppressHydrationWarning
            className="mt-3"
            label="Ordning for uformell kontakt"
            description="Hvordan holder kommunens ledelse og samarbeidets leder kontakt mellom de formelle møtene? For eksempel faste samtaler mellom ordfører og daglig leder."
            error={formState.errors.informalContact?.message}
            {...register('informalContact')}
          />
        </section>
      </fieldset>
      {readOnly ? null : <SaveBar dirty={formState.isDirty} submitting={formState.isSubmitting} message={message} />}
    </form>
  );
}
