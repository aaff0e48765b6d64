'use client';
// The information plan (informasjonsplan), warning while nothing reaches the citizens.
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useWatch } from 'react-hook-form';
import { CHANNEL_SUGGESTIONS, reachesCitizens, type InformationItemInput } from '@/lib/pure/validation/phases/deltakelse';
import type { DeltakelseForm } from './deltakelse-values';
import { SectionTitle } from '@/app/_components/phase/section-rule';
import { RowList, useRemovableRows } from '@/app/_components/removable-rows';
import { CHANNEL_LIST_ID, InformationItemRow } from './information-item-row';

const NEW_ITEM: InformationItemInput = { id: '', audience: 'politikere', content: '', timing: '', channel: '', place: '', responsible: '' };

export function InformationSection({ form, readOnly }: { form: DeltakelseForm; readOnly: boolean }) {
  const items = useRemovableRows(form.control, 'informationItems', { focus: 'content', returnFocusTo: 'legg-til-tiltak' });
  const current = useWatch({ control: form.control, name: 'informationItems' }) ?? [];
  return (
    <section aria-labelledby="informasjon-tittel" className="bb-panel">
      <Heading level={2} id="informasjon-tittel" data-size="sm">
        <SectionTitle id="deltakelse.informasjon">Informasjonsplan</SectionTitle>
      </Heading>
      <Paragraph data-size="sm" className="mt-2">
        Hvem skal få vite hva, når, hvordan og fra hvem? Strategisk informasjon er det utvalget politikerne trenger – ikke alt som skjer.
      </Paragraph>
      {reachesCitizens(current) ? null : (
        <Alert data-color="warning" className="mt-4">
          <Heading level={3} data-size="2xs">
            Planen når ikke innbyggerne
          </Heading>
          <Paragraph data-size="sm" className="mt-1">
            Forskningen peker på innbyggerne som det svakeste punktet i informasjonsarbeidet. Legg inn minst ett tiltak for innbyggere, for eksempel å
            publisere referater, vedtak og hvem som har ansvaret for samarbeidet.
          </Paragraph>
          {readOnly ? null : (
            <Button
              type="button"
              variant="secondary"
              data-size="sm"
              className="mt-3"
              onClick={() => items.add({ ...NEW_ITEM, audience: 'innbyggere', channel: 'Publiserte referater', content: 'Formål, vedtak og møtereferater', place: 'Kommunenes nettsider' })}
            >
              Legg til tiltak for innbyggere
            </Button>
          )}
        </Alert>
      )}
      <RowList
        look="card"
        suggestions={{ id: CHANNEL_LIST_ID, values: CHANNEL_SUGGESTIONS }}
        empty="Ingen tiltak er lagt inn ennå."
        add={readOnly ? null : { id: 'legg-til-tiltak', label: 'Legg til tiltak', onClick: () => items.add({ ...NEW_ITEM }) }}
      >
        {items.fields.map((field, index) => (
          <InformationItemRow key={field.key} form={form} index={index} onRemove={readOnly ? null : () => items.remove(index)} />
        ))}
      </RowList>
    </section>
  );
}
