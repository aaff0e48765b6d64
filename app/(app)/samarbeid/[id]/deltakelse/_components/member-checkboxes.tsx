'use client';
// The members an anchoring point applies to when it does not apply to all of them.
import { Checkbox, Fieldset, ValidationMessage } from '@digdir/designsystemet-react';
import { Controller } from 'react-hook-form';
import type { DeltakelseMember } from '@/db/queries/phases/deltakelse';
import type { DeltakelseForm } from './deltakelse-values';

export function MemberCheckboxes({ form, index, members, legend }: { form: DeltakelseForm; index: number; members: DeltakelseMember[]; legend: string }) {
  const error = form.formState.errors.anchoringPoints?.[index]?.memberIds;
  const message = error?.message ?? (Array.isArray(error) ? error.find((e) => e?.message)?.message : undefined);
  const errorId = `forankring-${index}-deltakere-feil`;
  return (
    <Controller
      control={form.control}
      name={`anchoringPoints.${index}.memberIds`}
      render={({ field }) => {
        const selected = new Set(field.value ?? []);
        const toggle = (id: string, on: boolean) => field.onChange(members.map((m) => m.id).filter((m) => (m === id ? on : selected.has(m))));
        return (
          <Fieldset className="mt-3 min-w-0" aria-describedby={message ? errorId : undefined} aria-invalid={message ? true : undefined}>
            <Fieldset.Legend>{legend}</Fieldset.Legend>
            <div className="mt-1 grid gap-x-4 sm:grid-cols-2">
              {members.map((m, i) => (
                <Checkbox
                  key={m.id}
                  label={m.name}
                  value={m.id}
                  checked={selected.has(m.id)}
                  onChange={(e) => toggle(m.id, e.target.checked)}
                  onBlur={field.onBlur}
                  ref={i === 0 ? field.ref : undefined}
                />
              ))}
            </div>
            {message ? <ValidationMessage id={errorId}>{message}</ValidationMessage> : null}
          </Fieldset>
        );
      }}
    />
  );
}
