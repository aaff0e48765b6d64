'use client';
// The Støtte og tilrettelegging form: sponsors grouped per member, then the practical
// support, minimum funding and professional community around the operative leader.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useZodResolver } from '@/lib/client/validation';
import { Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { ConflictNotice } from '@/app/_components/phase/conflict-notice';
import { SaveBar } from '@/app/_components/phase/save-bar';
import { SectionTitle } from '@/app/_components/phase/section-rule';
import { useSectionSave } from '@/app/_components/phase/use-section-save';
import { useRemovableRows } from '@/app/_components/removable-rows';
import type { SponsorKind } from '@/lib/pure/domain/dossier';
import type { StottePhase } from '@/db/queries/phases/stotte';
import { stotteSchema, stotteValues, type StotteInput, type StotteValues } from '@/lib/pure/validation/phases/stotte';
import { saveStotteAction } from '../actions';
import { SponsorGroup, type StotteMember } from './sponsor-group';
import { READ_ONLY_FIELDS_CLASS } from '@/app/_components/phase/edit-notice';

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
}

export function StotteForm({ cooperationId, members, initial, version, leader, designFunding, readOnly }: StotteFormProps) {
  const [stored, setStored] = useState(initial);
  const form = useForm<StotteInput, unknown, StotteValues>({ resolver: useZodResolver(stotteSchema), defaultValues: stotteValues(cooperationId, initial, version) });
  const { control, register, handleSubmit, formState } = form;
  const sponsors = useRemovableRows(control, 'sponsors', { focus: 'name' });
  const storedById = new Map(stored.sponsors.map((s) => [s.id, s]));
  const saving = useSectionSave({
    form,
    save: saveStotteAction,
    toValues: (phase: StottePhase, v) => stotteValues(cooperationId, phase, v),
    onStored: setStored,
    savedText: () => 'Støtte og tilrettelegging er lagret.',
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
            <SectionTitle id="stotte.sponsorer">Sponsorer</SectionTitle>
          </Heading>
          <Paragraph data-size="sm" className="mt-2">
            Målet er minst én politisk og én administrativ sponsor i hver deltakerkommune: personer i ledelsen som jevnlig støtter samarbeidet og åpner
            dører for lederen.
          </Paragraph>
          <Paragraph data-size="sm" className="mt-2">
            {leader ? (
              <>
                Operativ leder er <strong>{leader}</strong>. Skriv for hver sponsor hvordan kontakten med lederen holdes.
              </>
            ) : (
              'Operativ leder er ikke registrert i designfasen ennå. Du kan likevel beskrive hvordan sponsorene skal holde kontakt med lederen.'
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
              onAdd={(kind) => add(member.id, kind)}
              onRemove={(index) => remove(member.id, index)}
            />
          ))}
        </section>

        {/* Designsystemet's field observer sets ids on a textarea before hydration, and its Textarea (unlike Input and Select) does not suppress that warning. */}
        <section aria-labelledby="tilrettelegging-tittel" className="bb-panel space-y-5">
          <Heading level={2} id="tilrettelegging-tittel" data-size="sm">
            <SectionTitle id="stotte.praktisk">Praktisk støtte og finansiering</SectionTitle>
          </Heading>
          <Textfield
            multiline
            rows={3}
            suppressHydrationWarning
            label="Praktisk støtte"
            description="Kontor, møterom, sekretariat og annen hjelp: hvem stiller med hva?"
            error={formState.errors.practicalSupport?.message}
            {...register('practicalSupport')}
          />
          <Textfield
            multiline
            rows={3}
            suppressHydrationWarning
            label="Minimumsfinansiering"
            description={
              designFunding
                ? `Hvordan er lederstillingen sikret over tid? I designfasen står det: «${designFunding}»`
                : 'Hvordan er lederstillingen sikret over tid? Forskningen peker på lønnen til operativ leder som et minimum.'
            }
            error={formState.errors.minimumFunding?.message}
            {...register('minimumFunding')}
          />
          <Textfield
            multiline
            rows={3}
            suppressHydrationWarning
            label="Fagmiljø for lederen (valgfritt)"
            description="Hvor har lederen kolleger og faglig støtte, for eksempel et nettverk eller en arbeidsplass i en av kommunene?"
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
