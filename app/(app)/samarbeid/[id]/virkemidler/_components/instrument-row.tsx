'use client';
// One instrument in use: a catalogue instrument (grouped by family) or a custom one with
// its own name and family, its status and a link to the document that establishes it.
import { Fieldset, Radio, Textfield } from '@digdir/designsystemet-react';
import { useWatch } from 'react-hook-form';
import { RemovableRow } from '@/app/_components/removable-rows';
import { SelectField } from '@/app/_components/select-field';
import { CUSTOM_INSTRUMENT } from '@/lib/pure/validation/instruments-options';
import { InstrumentHelp } from './instrument-help';
import type { CatalogueFamily, InstrumentHelpText, InstrumentsForm, InstrumentsFormWords } from './instrument-values';
import { radio } from '@/lib/client/forms';

export function InstrumentRow({
  form,
  index,
  onRemove,
  derivedCodes = [],
  words,
  catalogue,
  help,
}: {
  form: InstrumentsForm;
  index: number;
  /** Null when the form is read-only. */
  onRemove: (() => void) | null;
  derivedCodes?: string[];
  words: InstrumentsFormWords;
  catalogue: CatalogueFamily[];
  help: Record<string, InstrumentHelpText>;
}) {
  const { register, control, formState } = form;
  const errors = formState.errors.instruments?.[index];
  const [code, label] = useWatch({ control, name: [`instruments.${index}.code`, `instruments.${index}.label`] });
  const known = code ? catalogue.flatMap((f) => f.instruments).find((i) => i.code === code) : undefined;
  const custom = code === CUSTOM_INSTRUMENT;
  const name = known?.label ?? (custom && label?.trim() ? label.trim() : null);
  return (
    <RemovableRow look="card" title={`${words.row} ${index + 1}`} detail={name} onRemove={onRemove}>
      <div className="mt-3">
        <SelectField label={words.row} error={errors?.code?.message} {...register(`instruments.${index}.code`)}>
          <option value="">{words.choose}</option>
          {catalogue.map((f) => (
            <optgroup key={f.id} label={f.label}>
              {f.instruments.map((i) => (
                <option key={i.code} value={i.code}>
                  {i.label}
                  {derivedCodes.includes(i.code) ? words.derivedSuffix : ''}
                </option>
              ))}
            </optgroup>
          ))}
          <option value={CUSTOM_INSTRUMENT}>{words.custom}</option>
        </SelectField>
        {known ? <p className="bb-muted mt-1 text-sm">{known.description}</p> : null}
      </div>
      {custom ? (
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          <Textfield label={words.name} autoComplete="off" error={errors?.label?.message} {...register(`instruments.${index}.label`)} />
          <SelectField label={words.family} error={errors?.family?.message} {...register(`instruments.${index}.family`)}>
            <option value="">{words.chooseFamily}</option>
            {catalogue.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
          </SelectField>
        </div>
      ) : null}
      <div className="mt-4 grid gap-4 sm:grid-cols-[12rem_minmax(0,1fr)]">
        <Fieldset className="min-w-0">
          <Fieldset.Legend>{words.status}</Fieldset.Legend>
          <div className="mt-1 flex flex-wrap gap-x-6">
            <Radio label={words.planlagt} {...radio(register, `instruments.${index}.status`, 'planlagt')} />
            <Radio label={words.etablert} {...radio(register, `instruments.${index}.status`, 'etablert')} />
          </div>
        </Fieldset>
        <Textfield
          label={words.link}
          description={words.linkHint}
          type="url"
          inputMode="url"
          autoComplete="off"
          error={errors?.documentUrl?.message}
          {...register(`instruments.${index}.documentUrl`)}
        />
      </div>
      {known && help[known.code] ? <InstrumentHelp entry={help[known.code]!} words={words} /> : null}
    </RemovableRow>
  );
}
