'use client';
// The Støtte og tilrettelegging form: sponsors grouped per member, then the practical
// support, minimum funding and professional community around the operative leader.
import { useState } from 'react';
import { useZodResolver } from '@/lib/client/validation';
import { Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { ConflictNotice } from '@/app/_components/phase/conflict-notice';
import { SaveBar } from '@/app/_components/phase/save-bar';
import { SectionTitle } from '@/app/_components/phase/section-rule';
import { useSectionSave } from '@/app/_components/phase/use-section-save';
import { useRemovableRows } from '@/app/_components/removable-rows';
import type { SponsorKind } from '@/lib/pure/domain/dossier';
import type { StottePhase } from '@/db/queries/phases/stotte';
import type { StotteInput, StotteValues } from '@/lib/pure/validation/phases/stotte';
import { stotteValues } from '@/lib/pure/validation/phases/stotte-values';
import type { Messages } from '@/lib/pure/i18n/catalogues';
import type { Locale } from '@/lib/pure/i18n/locales';
import { fillTemplate } from '@/lib/pure/i18n/template';
import { saveStotteAction } from '../actions';
import { SponsorGroup, type StotteMember } from './sponsor-group';
import { READ_ONLY_FIELDS_CLASS } from '@/app/_components/phase/edit-notice';
import { useForm } from '@/lib/client/forms';

/** The form's words in the page's language: the raw `stotte.form` messages. */
export type StotteWords = Messages['stotte']['form'];

export interface StotteFormProps {
  cooperationId: string;
  members: StotteMember[];
  initial: StottePhase;
  /** The Støtte content version the page was loaded with. */
  version: number;
  /** "Kari Nordmann, legevaktsjef" from the design phase, or null before it is recorded. */
  leader: string | null;
  /** How the design phase says the leader's position is funded, shown as a reminder. */
  designFunding: string | null;
  readOnly: boolean;
  words: StotteWords;
  locale: Locale;
}

export function StotteForm({ cooperationId, members, initial, version, leader, designFunding, readOnly, words, locale }: StotteFormProps) {
  const [stored, setStored] = useState(initial);
  const form = useForm<StotteInput, unknown, StotteValues>({ resolver: useZodResolver(() => import('@/lib/pure/validation/phases/stotte').then((m) => m.stotteSchema)), defaultValues: stotteValues(cooperationId, initial, version) });
  const { control, register, handleSubmit, formState } = form;
  const sponsors = useRemovableRows(control, 'sponsors', { focus: 'name' });
  const storedById = new Map(stored.sponsors.map((s) => [s.id, s]));
  const saving = useSectionSave({
    form,
    save: saveStotteAction,
    toValues: (phase: StottePhase, v) => stotteValues(cooperationId, phase, v),
    onStored: setStored,
    savedText: () => words.saved,
  });

  const onSubmit = handleSubmit(
    (values) => {
      return saving.submit(values);
    },
    () => saving.invalid(),
  );

  const add = (memberId: string, kind: SponsorKind) => sponsors.add({ id: '', memberId, kind, name: '', title: '', leaderContact: '', reconfirm: false });
  // The group's first add button: the removed row's own group, whichever kind it was.
  const remove = (memberId: string, index: number) => sponsors.remove(index, `legg-til-politisk-${memberId}`);

  return (
    <form onSubmit={onSubmit} noValidate>
      <fieldset disabled={readOnly} className={`min-w-0 space-y-6 ${readOnly ? READ_ONLY_FIELDS_CLASS : ''}`}>
        <section aria-labelledby="sponsorer-tittel" className="bb-panel">
          <Heading level={2} id="sponsorer-tittel" data-size="sm">
            <SectionTitle id="stotte.sponsorer">{words.sponsorsTitle}</SectionTitle>
          </Heading>
          <Paragraph data-size="sm" className="mt-2">
            {words.sponsorsIntro}
          </Paragraph>
          <Paragraph data-size="sm" className="mt-2">
            {leader ? (
              <>
                {words.leaderBefore}
                <strong>{leader}</strong>
                {words.leaderAfter}
              </>
            ) : (
              words.noLeader
            )}
          </Paragraph>
          {members.map((member) => (
            <SponsorGroup
              key={member.id}
              form={form}
              member={member}
              rows={sponsors.fields.map((field, index) => ({ field, index })).filter(({ field }) => field.memberId === member.id)}
              stored={storedById}
              readOnly={readOnly}
              words={words}
              locale={locale}
              onAdd={(kind) => add(member.id, kind)}
              onRemove={(index) => remove(member.id, index)}
            />
          ))}
        </section>

        {/* Designsystemet's field observer sets ids on a textarea before hydration, and its Textarea (unlike Input and Select) does not suppress that warning. */}
        <section aria-labelledby="tilrettelegging-tittel" className="bb-panel space-y-5">
          <Heading level={2} id="tilrettelegging-tittel" data-size="sm">
            <SectionTitle id="stotte.praktisk">{words.practicalTitle}</SectionTitle>
          </Heading>
          <Textfield
            multiline
            rows={3}
            suppressHydrationWarning
            label={words.practical}
            description={words.practicalHint}
            error={formState.errors.practicalSupport?.message}
            {...register('practicalSupport')}
          />
          <Textfield
            multiline
            rows={3}
            suppressHydrationWarning
            label={words.funding}
            description={designFunding ? fillTemplate(words.fundingHintDesign, { funding: designFunding }) : words.fundingHint}
            error={formState.errors.minimumFunding?.message}
            {...register('minimumFunding')}
          />
          <Textfield
            multiline
            rows={3}
            suppressHydrationWarning
            label={words.community}
            description={words.communityHint}
            error={formState.errors.professionalCommunity?.message}
            {...register('professionalCommunity')}
          />
        </section>
      </fieldset>
      {saving.conflict ? <ConflictNotice conflict={saving.conflict.data} message={saving.conflict.text} onKeepMine={saving.keepMine} onTakeTheirs={saving.takeTheirs} /> : null}
      {readOnly ? null : <SaveBar dirty={formState.isDirty} submitting={formState.isSubmitting} message={saving.message} />}
    </form>
  );
}
