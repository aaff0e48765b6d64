'use client';
// The Deltakelse form: representation, anchoring plan, information plan, informal contact.
import { useState } from 'react';
import { useZodResolver } from '@/lib/client/validation';
import { Heading, Textfield } from '@digdir/designsystemet-react';
import { ConflictNotice } from '@/app/_components/phase/conflict-notice';
import { SaveBar } from '@/app/_components/phase/save-bar';
import { SectionTitle } from '@/app/_components/phase/section-rule';
import { useSectionSave } from '@/app/_components/phase/use-section-save';
import type { DeltakelsePhase } from '@/db/queries/phases/deltakelse';
import type { DeltakelseInput, DeltakelseValues } from '@/lib/pure/validation/phases/deltakelse';
import type { Messages } from '@/lib/pure/i18n/catalogues';
import { saveDeltakelseAction } from '../actions';
import { AnchoringSection } from './anchoring-section';
import { deltakelseValues } from './deltakelse-values';
import { InformationSection } from './information-section';
import { RepresentationSection } from './representation-section';
import { READ_ONLY_FIELDS_CLASS } from '@/app/_components/phase/edit-notice';
import { useForm } from '@/lib/client/forms';

/** The form's words in the page's language: the raw `deltakelse.form` messages. */
export type DeltakelseWords = Messages['deltakelse']['form'];

export function DeltakelseForm({
  cooperationId,
  initial,
  version,
  readOnly,
  words,
}: {
  cooperationId: string;
  initial: DeltakelsePhase;
  version: number;
  readOnly: boolean;
  words: DeltakelseWords;
}) {
  const [members, setMembers] = useState(initial.members);
  const form = useForm<DeltakelseInput, unknown, DeltakelseValues>({ resolver: useZodResolver(() => import('@/lib/pure/validation/phases/deltakelse').then((m) => m.deltakelseSchema)), defaultValues: deltakelseValues(cooperationId, initial, version) });
  const { register, handleSubmit, formState } = form;
  const saving = useSectionSave({
    form,
    save: saveDeltakelseAction,
    toValues: (phase: DeltakelsePhase, v) => deltakelseValues(cooperationId, phase, v),
    onStored: (phase) => setMembers(phase.members),
    savedText: ({ result }) => `${words.saved}${result && result.created + result.deleted > 0 ? words.savedCalendar : ''}`,
  });

  const onSubmit = handleSubmit(
    (values) => {
      return saving.submit(values);
    },
    () => saving.invalid(),
  );

  return (
    <form onSubmit={onSubmit} noValidate>
      <fieldset disabled={readOnly} className={`min-w-0 space-y-6 ${readOnly ? READ_ONLY_FIELDS_CLASS : ''}`}>
        <RepresentationSection form={form} members={members} words={words.representation} />
        <AnchoringSection form={form} members={members} readOnly={readOnly} words={words.anchoring} />
        <InformationSection form={form} readOnly={readOnly} words={words.information} />
        <section aria-labelledby="uformell-tittel" className="bb-panel">
          <Heading level={2} id="uformell-tittel" data-size="sm">
            <SectionTitle id="deltakelse.uformell">{words.informalTitle}</SectionTitle>
          </Heading>
          {/* Designsystemet's Textarea, unlike Input and Select, does not suppress the ids its field observer sets before hydration. */}
          <Textfield
            multiline
            rows={3}
            suppressHydrationWarning
            className="mt-3"
            label={words.informal}
            description={words.informalHint}
            error={formState.errors.informalContact?.message}
            {...register('informalContact')}
          />
        </section>
      </fieldset>
      {saving.conflict ? <ConflictNotice conflict={saving.conflict.data} message={saving.conflict.text} onKeepMine={saving.keepMine} onTakeTheirs={saving.takeTheirs} /> : null}
      {readOnly ? null : <SaveBar dirty={formState.isDirty} submitting={formState.isSubmitting} message={saving.message} />}
    </form>
  );
}
