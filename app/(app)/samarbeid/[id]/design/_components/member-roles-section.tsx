'use client';
// Each member's role. Host forms need exactly one vertskommune; other forms none
// (readiness explains which, next to the form).
import { useFormContext } from 'react-hook-form';
import { ValidationMessage } from '@digdir/designsystemet-react';
import { SelectField } from '@/app/_components/select-field';
import { MEMBER_ROLE_LABELS, type DesignInput } from '@/lib/pure/validation/phases/design';
import { MEMBER_ROLES } from '@/lib/pure/domain/dossier';
import { FormSection } from '@/app/_components/phase/form-section';

export interface DesignMember {
  id: string;
  name: string;
}

export function MemberRolesSection({ members }: { members: DesignMember[] }) {
  const {
    register,
    formState: { errors },
  } = useFormContext<DesignInput>();
  return (
    <FormSection
      title="Deltakernes roller"
      section="design.roller"
      description={
        <>
          {MEMBER_ROLES.map((r) => (
            <span key={r} className="block">
              <strong>{MEMBER_ROLE_LABELS[r].label}:</strong> {MEMBER_ROLE_LABELS[r].description}
            </span>
          ))}
        </>
      }
    >
      {members.length === 0 ? <p className="text-sm">Samarbeidet har ingen deltakere ennå.</p> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {members.map((m, i) => (
          <div key={m.id}>
            <SelectField label={`Rolle for ${m.name}`} error={errors.members?.[i]?.role?.message} {...register(`members.${i}.role`)}>
              {MEMBER_ROLES.map((r) => (
                <option key={r} value={r}>
                  {MEMBER_ROLE_LABELS[r].label}
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
