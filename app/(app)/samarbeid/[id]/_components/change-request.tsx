'use client';
// A change in drift (a member leaving, a new host …) is proposed as a redesign request:
// what kind of change and why, kept in the lifecycle history.
import { useState } from 'react';
import { Button, Fieldset, FieldsetLegend, Textfield } from '@digdir/designsystemet-react';
import { SelectField } from '@/app/_components/select-field';
import { CHANGE_KINDS, type ChangeKind } from '@/lib/pure/validation/lifecycle';

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
}: {
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
      <FieldsetLegend>Foreslå en endring</FieldsetLegend>
      <p className="bb-muted text-sm">Endringen utredes i redesign og må vedtas av deltakerne før den gjelder.</p>
      <div className="mt-3 space-y-3">
        <SelectField label="Hva slags endring?" value={kind} onChange={(e) => setKind(e.target.value as ChangeKind)} error={errors?.['change.kind']?.join(' ')}>
          <option value="">Velg</option>
          {Object.entries(CHANGE_KINDS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <Textfield label="Beskriv endringen og hvorfor" multiline rows={3} value={description} onChange={(e) => setDescription(e.target.value)} error={errors?.['change.description']?.join(' ')} />
        <div className="flex flex-wrap gap-3">
          <Button loading={pending} disabled={pending} onClick={() => onSubmit({ kind: kind as ChangeKind, description })}>
            Send endringsforslag
          </Button>
          <Button variant="tertiary" onClick={onCancel}>
            Avbryt
          </Button>
        </div>
      </div>
    </Fieldset>
  );
}
