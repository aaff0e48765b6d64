'use client';
// Each member's role. Host forms need exactly one vertskommune; other forms none
// (readiness explains which, next to the form).
import { useFormContext } from 'react-hook-form';
import { ValidationMessage } from '@digdir/designsystemet-react';
import { SelectField } from '@/app/_components/select-field';
import type { DesignInput } from '@/lib/pure/validation/phases/design';
import { MEMBER_ROLES } from '@/lib/pure/domain/dossier';
import { fill } from '@/lib/pure/domain/inline-words';
import { FormSection } from '@/app/_components/phase/form-section';
import type { DesignWords } from './words';

export interface DesignMember {
  id: string;
  name: string;
}

export function MemberRolesSection({ members, words }: { members: DesignMember[]; words: DesignWords }) {
  const {
    register,
    formState: { errors },
  } = useFormContext<DesignInput>();
  const w = words.roller;
  return (
    <FormSection
      title={w.title}
      section="design.roller"
      description={
        <>
          {MEMBER_ROLES.map((r) => (
            <span key={r} className="block">
              <strong>{words.roleLabels[r]}:</strong> {w.descriptions[r]}
            </span>
          ))}
        </>
      }
    >
      {members.length === 0 ? <p className="text-sm">{w.noMembers}</p> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {members.map((m, i) => (
          <div key={m.id}>
            <SelectField label={fill(w.roleFor, { name: m.name })} error={errors.members?.[i]?.role?.message} {...register(`members.${i}.role`)}>
              {MEMBER_ROLES.map((r) => (
                <option key={r} value={r}>
                  {words.roleLabels[r]}
                </option>
              ))}
            </SelectField>
            {errors.members?.[i]?.id?.message ? <ValidationMessage>{errors.members[i].id.message}</ValidationMessage> : null}
          </div>
        ))}
      </div>
    </FormSection>
  );
}
