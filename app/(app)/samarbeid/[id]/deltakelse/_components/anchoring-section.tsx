'use client';
// The anchoring plan (forankringsplan) with the research's advice on a sensible minimum
// beside it, and a one-click way to add that minimum.
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useWatch } from 'react-hook-form';
import type { DeltakelseMember } from '@/db/queries/phases/deltakelse';
import type { AnchoringPointInput } from '@/lib/pure/validation/phases/deltakelse';
import { BODY_SUGGESTIONS } from '@/lib/pure/validation/phases/deltakelse-options';
import { AnchoringPointRow, BODY_LIST_ID } from './anchoring-point-row';
import { NEW_POINT, type DeltakelseForm } from './deltakelse-values';
import { SectionTitle } from '@/app/_components/phase/section-rule';
import { RowList, useRemovableRows } from '@/app/_components/removable-rows';
import { fillTemplate } from '@/lib/pure/i18n/template';
import type { DeltakelseWords } from './deltakelse-form';

/** The research's suggested minimum; `stem` matches "formannskap", "Formannskapet" and the like. */
const MINIMUM: { stem: string; point: AnchoringPointInput }[] = [
  { stem: 'kommunestyre', point: { ...NEW_POINT, body: 'Kommunestyret', triggerType: 'hendelse', event: 'aarsmelding', description: 'Årsmelding og regnskap behandles som egen sak.' } },
  { stem: 'formannskap', point: { ...NEW_POINT, body: 'Formannskapet', triggerType: 'periodisk', frequency: 'kvartalsvis', description: 'Muntlig orientering fra den operative lederen.' } },
];

const covered = (points: readonly AnchoringPointInput[], { stem, point }: (typeof MINIMUM)[number]) =>
  points.some(
    (p) =>
      (p.body ?? '').toLowerCase().includes(stem) &&
      p.triggerType === point.triggerType &&
      (p.triggerType === 'hendelse' ? p.event === point.event : p.frequency === point.frequency),
  );

export function AnchoringSection({ form, members, readOnly, words }: { form: DeltakelseForm; members: DeltakelseMember[]; readOnly: boolean; words: DeltakelseWords['anchoring'] }) {
  const points = useRemovableRows(form.control, 'anchoringPoints', { focus: 'body', returnFocusTo: 'legg-til-forankringspunkt' });
  const current = useWatch({ control: form.control, name: 'anchoringPoints' }) ?? [];
  const missingMinimum = MINIMUM.filter((m) => !covered(current, m)).map((m) => m.point);
  return (
    <section aria-labelledby="forankring-tittel" className="bb-panel">
      <Heading level={2} id="forankring-tittel" data-size="sm">
        <SectionTitle id="deltakelse.forankring">{words.title}</SectionTitle>
      </Heading>
      <Paragraph data-size="sm" className="mt-2">
        {words.intro}
      </Paragraph>
      <aside aria-labelledby="forankring-rad-tittel" className="mt-4 rounded-md border-l-4 border-[var(--ds-color-info-border-default)] bg-[var(--ds-color-info-surface-tinted)] p-4">
        <Heading level={3} id="forankring-rad-tittel" data-size="2xs">
          {words.adviceTitle}
        </Heading>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
          <li>{words.advice1}</li>
          <li>{words.advice2}</li>
          <li>{words.advice3}</li>
        </ul>
        {readOnly || missingMinimum.length === 0 ? null : (
          <Button type="button" variant="secondary" data-size="sm" className="mt-3" onClick={() => points.add(missingMinimum)}>
            {fillTemplate(missingMinimum.length === 1 ? words.addMinimumOne : words.addMinimumOther, { count: missingMinimum.length })}
          </Button>
        )}
      </aside>
      <RowList
        look="card"
        suggestions={{ id: BODY_LIST_ID, values: BODY_SUGGESTIONS }}
        empty={words.empty}
        add={readOnly ? null : { id: 'legg-til-forankringspunkt', label: words.add, onClick: () => points.add({ ...NEW_POINT }) }}
      >
        {points.fields.map((field, index) => (
          <AnchoringPointRow key={field.key} form={form} index={index} members={members} words={words} onRemove={readOnly ? null : () => points.remove(index)} />
        ))}
      </RowList>
    </section>
  );
}
