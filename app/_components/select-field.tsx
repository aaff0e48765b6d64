'use client';
// A labelled native select with description and error, wired explicitly for screen readers.
import { forwardRef, useId } from 'react';
import { Field, Label, Select, ValidationMessage, type SelectProps } from '@digdir/designsystemet-react';

export interface SelectFieldProps extends SelectProps {
  label: string;
  description?: string;
  error?: string;
}

export const SelectField = forwardRef<HTMLSelectElement, SelectFieldProps>(function SelectField(
  { label, description, error, id, children, ...rest },
  ref,
) {
  const generated = useId();
  const selectId = id ?? `select-${generated}`;
  const describedBy = [description ? `${selectId}-beskrivelse` : null, error ? `${selectId}-feil` : null].filter(Boolean).join(' ') || undefined;
  return (
    <Field>
      <Label htmlFor={selectId}>{label}</Label>
      {description ? (
        <p id={`${selectId}-beskrivelse`} className="bb-muted text-sm">
          {description}
        </p>
      ) : null}
      <Select ref={ref} id={selectId} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...rest}>
        {children}
      </Select>
      {error ? <ValidationMessage id={`${selectId}-feil`}>{error}</ValidationMessage> : null}
    </Field>
  );
});
