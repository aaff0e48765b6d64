'use client';
// One question on the 1-5 scale with «Vet ikke», as a radio group whose legend is the
// statement; optional extra fields (a comment, a reported result) sit below it. The options
// are the round's questionnaire, marked with its language (optionsLang).
import type { ReactNode } from 'react';
import { useFormContext, type FieldError } from 'react-hook-form';
import { Fieldset, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import { SCALE, type ScaleValue } from '@/lib/pure/domain/questionnaire/types';
import type { AnswerFormValues } from '@/lib/pure/validation/evaluation';
import { radio } from '@/lib/client/forms';

export type ScaleField = `statements.${string}.value` | `goals.${string}.value`;

/** The id of the first radio: where the error summary's link lands. */
export const firstOptionId = (field: ScaleField) => `svar-${field.replace(/\./g, '-')}-1`;

export function ScaleQuestion({
  field,
  legend,
  legendLang,
  description,
  labels,
  dontKnowLabel,
  optionsLang,
  error,
  children,
}: {
  field: ScaleField;
  legend: ReactNode;
  /** The language of the legend when it is questionnaire text; absent for user data (a goal). */
  legendLang?: string;
  description?: ReactNode;
  labels: Readonly<Record<ScaleValue, string>>;
  dontKnowLabel: string;
  optionsLang: string;
  error: FieldError | undefined;
  children?: ReactNode;
}) {
  const { register } = useFormContext<AnswerFormValues>();
  const errorId = `${firstOptionId(field)}-feil`;
  return (
    <Fieldset className="min-w-0 border-t border-[var(--ds-color-neutral-border-subtle)] pt-4" aria-describedby={error ? errorId : undefined} data-testid={`sporsmal-${field}`}>
      <Fieldset.Legend className="font-medium" lang={legendLang}>
        {legend}
      </Fieldset.Legend>
      {description ? <Fieldset.Description>{description}</Fieldset.Description> : null}
      <div className="mt-2 flex flex-wrap gap-x-5 gap-y-1" lang={optionsLang}>
        {SCALE.map((value) => (
          <Radio key={value} id={value === 1 ? firstOptionId(field) : undefined} label={`${value} ${labels[value]}`} {...radio(register, field, String(value))} />
        ))}
        <Radio label={dontKnowLabel} {...radio(register, field, 'vet_ikke')} />
      </div>
      {error ? <ValidationMessage id={errorId}>{error.message}</ValidationMessage> : null}
      {children}
    </Fieldset>
  );
}
