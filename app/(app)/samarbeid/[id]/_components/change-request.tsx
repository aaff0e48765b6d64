'use client';
// A change in drift (a member leaving, a new host …) is proposed as a redesign request:
// what kind of change and why, kept in the lifecycle history. Its words come from the page.
import { useState } from 'react';
import { Button, Fieldset, FieldsetLegend, Textfield } from '@digdir/designsystemet-react';
import { SelectField } from '@/app/_components/select-field';
import type { ChangeKind } from '@/lib/pure/validation/lifecycle';

export interface ChangeRequestWords {
  legend: string;
  intro: string;
  kind: string;
  choose: string;
  description: string;
  submit: string;
  cancel: string;
  /** Every kind of change, in the order offered. */
  kinds: Record<ChangeKind, string>;
}

export interface ChangeRequest {
  kind: ChangeKind;
  description: string;
}

export function ChangeRequestForm({
  pending,
  errors,
  initialKind,
  onSubmit,
  onCancel,
  words,
}: {
  words: ChangeRequestWords;
  pending: boolean;
  errors: Record<string, string[]> | undefined;
  /** Chosen already when the user came from a section that needs member decisions. */
  initialKind?: ChangeKind;
  onSubmit: (change: ChangeRequest) => void;
  onCancel: () => void;
}) {
  const [kind, setKind] = useState<ChangeKind | ''>(initialKind ?? '');
  const [description, setDescription] = useState('');
  return (
    <Fieldset className="mt-4 rounded-md border border-[var(--ds-color-neutral-border-subtle)] p-3">
      <FieldsetLegend>{words.legend}</FieldsetLegend>
      <p className="bb-muted text-sm">{words.intro}</p>
      <div className="mt-3 space-y-3">
        <SelectField label={words.kind} value={kind} onChange={(e) => setKind(e.target.value as ChangeKind)} error={errors?.['change.kind']?.join(' ')}>
          <option value="">{words.choose}</option>
          {Object.entries(words.kinds).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <Textfield
          label={words.description}
          multiline
          rows={3}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          error={errors?.['change.description']?.join(' ')}
        />
        <div className="flex flex-wrap gap-3">
          <Button loading={pending} disabled={pending} onClick={() => onSubmit({ kind: kind as ChangeKind, description })}>
            {words.submit}
          </Button>
          <Button variant="tertiary" onClick={onCancel}>
            {words.cancel}
          </Button>
        </div>
      </div>
    </Fieldset>
  );
}
