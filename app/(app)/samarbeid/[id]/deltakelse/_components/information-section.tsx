'use client';
// The information plan (informasjonsplan), warning while nothing reaches the citizens.
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useWatch } from 'react-hook-form';
import type { InformationItemInput } from '@/lib/pure/validation/phases/deltakelse';
import { CHANNEL_SUGGESTIONS, reachesCitizens } from '@/lib/pure/validation/phases/deltakelse-options';
import type { DeltakelseForm } from './deltakelse-values';
import { SectionTitle } from '@/app/_components/phase/section-rule';
import { RowList, useRemovableRows } from '@/app/_components/removable-rows';
import { CHANNEL_LIST_ID, InformationItemRow } from './information-item-row';
import type { DeltakelseWords } from './deltakelse-form';

const NEW_ITEM: InformationItemInput = { id: '', audience: 'politikere', content: '', timing: '', channel: '', place: '', responsible: '' };

export function InformationSection({ form, readOnly, words }: { form: DeltakelseForm; readOnly: boolean; words: DeltakelseWords['information'] }) {
  const items = useRemovableRows(form.control, 'informationItems', { focus: 'content', returnFocusTo: 'legg-til-tiltak' });
  const current = useWatch({ control: form.control, name: 'informationItems' }) ?? [];
  return (
    <section aria-labelledby="informasjon-tittel" className="bb-panel">
      <Heading level={2} id="informasjon-tittel" data-size="sm">
        <SectionTitle id="deltakelse.informasjon">{words.title}</SectionTitle>
      </Heading>
      <Paragraph data-size="sm" className="mt-2">
        {words.intro}
      </Paragraph>
      {reachesCitizens(current) ? null : (
        <Alert data-color="warning" className="mt-4">
          <Heading level={3} data-size="2xs">
            {words.alertTitle}
          </Heading>
          <Paragraph data-size="sm" className="mt-1">
            {words.alertText}
          </Paragraph>
          {readOnly ? null : (
            <Button
              type="button"
              variant="secondary"
              data-size="sm"
              className="mt-3"
              onClick={() => items.add({ ...NEW_ITEM, audience: 'innbyggere', channel: 'Publiserte referater', content: 'Formål, vedtak og møtereferater', place: 'Kommunenes nettsider' })}
            >
              {words.addCitizens}
            </Button>
          )}
        </Alert>
      )}
      <RowList
        look="card"
        suggestions={{ id: CHANNEL_LIST_ID, values: CHANNEL_SUGGESTIONS }}
        empty={words.empty}
        add={readOnly ? null : { id: 'legg-til-tiltak', label: words.add, onClick: () => items.add({ ...NEW_ITEM }) }}
      >
        {items.fields.map((field, index) => (
          <InformationItemRow key={field.key} form={form} index={index} words={words} onRemove={readOnly ? null : () => items.remove(index)} />
        ))}
      </RowList>
    </section>
  );
}
