'use client';
// Adding, changing and removing the instruments in use; the matrix above follows on save.
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { SaveBar, type SaveMessage } from '@/app/_components/phase/save-bar';
import { applyFieldErrors } from '@/lib/forms';
import type { InstrumentUse } from '@/lib/domain/dossier';
import { instrumentsSchema, type InstrumentsInput, type InstrumentsValues } from '@/lib/validation/instruments';
import { FIX_FIELDS_MESSAGE } from '@/app/_components/phase/edit-notice';
import { saveInstrumentsAction } from '../actions';
import { InstrumentRow } from './instrument-row';
import { NEW_USE, instrumentValues } from './instrument-values';

export function InstrumentsForm({
  cooperationId,
  initial,
  readOnly,
  derived = [],
}: {
  cooperationId: string;
  initial: InstrumentUse[];
  readOnly: boolean;
  /** Catalogue instruments the phase data already shows: listed, not asked for again. */
  derived?: { code: string; label: string }[];
}) {
  const [message, setMessage] = useState<SaveMessage | null>(null);
  const form = useForm<InstrumentsInput, unknown, InstrumentsValues>({ resolver: zodResolver(instrumentsSchema), defaultValues: instrumentValues(cooperationId, initial) });
  const { control, handleSubmit, reset, setError, formState } = form;
  const rows = useFieldArray({ control, name: 'instruments', keyName: 'key' });

  const onSubmit = handleSubmit(
    async (values) => {
      setMessage(null);
      const result = await saveInstrumentsAction(values);
      if (!result.ok) {
        applyFieldErrors(result, setError);
        setMessage({ ok: false, text: result.message });
        return;
      }
      reset(instrumentValues(cooperationId, result.data.instruments));
      setMessage({ ok: true, text: 'Virkemidlene er lagret. Matrisen over er oppdatert.' });
    },
    () => setMessage({ ok: false, text: FIX_FIELDS_MESSAGE }),
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="virkemidler-skjema-tittel" className="bb-panel">
      <Heading level={2} id="virkemidler-skjema-tittel" data-size="sm">
        Virkemidler i bruk
      </Heading>
      <Paragraph data-size="sm" className="mt-2">
        Velg fra katalogen eller legg inn et eget virkemiddel. Et virkemiddel er etablert når det er vedtatt eller tatt i bruk; ellers er det planlagt.
      </Paragraph>
      {derived.length > 0 ? (
        <Paragraph data-size="sm" className="mt-2" data-testid="avledede-virkemidler">
          Disse er allerede hentet fra fasene og trenger ikke legges inn her: {derived.map((d) => d.label).join('; ')}. Legg dem bare til hvis du vil knytte et
          dokument til dem.
        </Paragraph>
      ) : null}
      <fieldset disabled={readOnly} className="min-w-0">
        {rows.fields.length > 0 ? (
          <ul className="mt-4 space-y-3">
            {rows.fields.map((field, index) => (
              <InstrumentRow
                key={field.key}
                form={form}
                index={index}
                readOnly={readOnly}
                derivedCodes={derived.map((d) => d.code)}
                onRemove={() => {
                  rows.remove(index);
                  document.getElementById('legg-til-virkemiddel')?.focus();
                }}
              />
            ))}
          </ul>
        ) : (
          <p className="bb-muted mt-4 text-sm">Ingen virkemidler er registrert ennå.</p>
        )}
        {readOnly ? null : (
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            className="mt-4"
            id="legg-til-virkemiddel"
            onClick={() => rows.append({ ...NEW_USE }, { focusName: `instruments.${rows.fields.length}.code` })}
          >
            Legg til virkemiddel
          </Button>
        )}
      </fieldset>
      {readOnly ? null : <SaveBar dirty={formState.isDirty} submitting={formState.isSubmitting} message={message} />}
    </form>
  );
}
