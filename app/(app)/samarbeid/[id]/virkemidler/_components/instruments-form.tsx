'use client';
// Adding, changing and removing the instruments in use; the matrix above follows on save.
import { useZodResolver } from '@/lib/client/validation';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { ConflictNotice } from '@/app/_components/phase/conflict-notice';
import { SaveBar } from '@/app/_components/phase/save-bar';
import { SectionTitle } from '@/app/_components/phase/section-rule';
import { useSectionSave } from '@/app/_components/phase/use-section-save';
import { RowList, useRemovableRows } from '@/app/_components/removable-rows';
import type { InstrumentUse } from '@/lib/pure/domain/dossier';
import type { InstrumentsInput, InstrumentsValues } from '@/lib/pure/validation/instruments';
import { saveInstrumentsAction } from '../actions';
import { InstrumentRow } from './instrument-row';
import { NEW_USE, instrumentValues, type CatalogueFamily, type InstrumentHelpText, type InstrumentsFormWords } from './instrument-values';
import { useForm } from '@/lib/client/forms';

export function InstrumentsForm({
  cooperationId,
  initial,
  version,
  readOnly,
  derived = [],
  words,
  catalogue,
  help,
}: {
  cooperationId: string;
  initial: InstrumentUse[];
  version: number;
  readOnly: boolean;
  /** Catalogue instruments the phase data already shows: listed, not asked for again. */
  derived?: { code: string; label: string }[];
  /** The form's words in the page's language. */
  words: InstrumentsFormWords;
  /** The instrument catalogue by family, in the page's language. */
  catalogue: CatalogueFamily[];
  /** Guidance per catalogue instrument, in the page's language. */
  help: Record<string, InstrumentHelpText>;
}) {
  const form = useForm<InstrumentsInput, unknown, InstrumentsValues>({ resolver: useZodResolver(() => import('@/lib/pure/validation/instruments').then((m) => m.instrumentsSchema)), defaultValues: instrumentValues(cooperationId, initial, version) });
  const { control, handleSubmit, formState } = form;
  const rows = useRemovableRows(control, 'instruments', { focus: 'code', returnFocusTo: 'legg-til-virkemiddel' });
  const saving = useSectionSave({
    form,
    save: saveInstrumentsAction,
    toValues: (uses: InstrumentUse[], v) => instrumentValues(cooperationId, uses, v),
    savedText: () => words.saved,
  });

  const onSubmit = handleSubmit(
    (values) => {
      return saving.submit(values);
    },
    () => saving.invalid(),
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="virkemidler-skjema-tittel" className="bb-panel">
      <Heading level={2} id="virkemidler-skjema-tittel" data-size="sm">
        <SectionTitle id="virkemidler.virkemidler">{words.title}</SectionTitle>
      </Heading>
      <Paragraph data-size="sm" className="mt-2">
        {words.intro}
      </Paragraph>
      {derived.length > 0 && words.derived ? (
        <Paragraph data-size="sm" className="mt-2" data-testid="avledede-virkemidler">
          {words.derived}
        </Paragraph>
      ) : null}
      <fieldset disabled={readOnly} className="min-w-0">
        <RowList
          look="card"
          empty={words.empty}
          add={readOnly ? null : { id: 'legg-til-virkemiddel', label: words.add, onClick: () => rows.add({ ...NEW_USE }) }}
        >
          {rows.fields.map((field, index) => (
            <InstrumentRow
              key={field.key}
              form={form}
              index={index}
              derivedCodes={derived.map((d) => d.code)}
              words={words}
              catalogue={catalogue}
              help={help}
              onRemove={readOnly ? null : () => rows.remove(index)}
            />
          ))}
        </RowList>
      </fieldset>
      {saving.conflict ? <ConflictNotice conflict={saving.conflict.data} message={saving.conflict.text} onKeepMine={saving.keepMine} onTakeTheirs={saving.takeTheirs} /> : null}
      {readOnly ? null : <SaveBar dirty={formState.isDirty} submitting={formState.isSubmitting} message={saving.message} />}
    </form>
  );
}
