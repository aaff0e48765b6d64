'use client';
// The design form: react-hook-form validates with the same schema as the server action and
// sends what the user typed; the server parses again and answers with field errors keyed
// by the same paths, which land on the same fields.
import { useEffect, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Textfield } from '@digdir/designsystemet-react';
import { SaveBar, type SaveMessage } from '@/app/_components/phase/save-bar';
import { applyFieldErrors } from '@/lib/forms';
import { designSchema, type DesignInput } from '@/lib/validation/phases/design';
import { FormSection } from '@/app/_components/phase/form-section';
import { saveDesignAction } from '../actions';
import { BodiesSection } from './bodies-section';
import { LeaderSection } from './leader-section';
import { LegalFormSection } from './legal-form-section';
import { MandateSection } from './mandate-section';
import { MemberRolesSection, type DesignMember } from './member-roles-section';

export interface DesignFormProps {
  defaults: DesignInput;
  members: DesignMember[];
  storedForm: string | null;
  readOnly: boolean;
}

const FIX_FIELDS = 'Noen av feltene må rettes før du kan lagre.';
const resolver = zodResolver(designSchema, undefined, { raw: true });

export function DesignForm({ defaults, members, storedForm, readOnly }: DesignFormProps) {
  const [message, setMessage] = useState<SaveMessage | null>(null);
  const methods = useForm<DesignInput, unknown, DesignInput>({ resolver, defaultValues: defaults, disabled: readOnly });
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isDirty, isSubmitting },
  } = methods;

  // After a save the server re-renders the page with the stored values (new body ids
  // included); start from those so the next save updates rather than re-creates.
  useEffect(() => reset(defaults), [defaults, reset]);

  const save = async (values: DesignInput) => {
    setMessage(null);
    const result = await saveDesignAction(values);
    if (!result.ok) {
      applyFieldErrors(result, setError);
      setMessage({ ok: false, text: result.message });
      return;
    }
    reset(values);
    setMessage({ ok: true, text: result.message ?? 'Designet er lagret.' });
  };
  const onSubmit = handleSubmit(save, () => setMessage({ ok: false, text: FIX_FIELDS }));

  return (
    <FormProvider {...methods}>
      <form onSubmit={onSubmit} noValidate aria-label="Design">
        {/* Read-only: every field is disabled by the form, the add/remove buttons go, and
            disabled fields stay readable, since reading is the point of the view. */}
        <div className={`flex min-w-0 flex-col gap-6 ${readOnly ? '[--ds-opacity-disabled:1] [&_button]:hidden' : ''}`}>
          <LegalFormSection storedForm={storedForm} />
          <MemberRolesSection members={members} />
          <BodiesSection members={members} />
          <LeaderSection />
          <MandateSection />
          <FormSection title="Arbeidsform">
            <Textfield
              multiline
              rows={4}
              label="Hvordan skal samarbeidet arbeide?"
              description="Møterytme, arbeidsgrupper, hvem som forbereder saker, og hvordan fagfolk og folkevalgte fra kommunene tas med."
              error={errors.workingMethods?.message}
              {...register('workingMethods')}
            />
          </FormSection>
        </div>
        {readOnly ? null : <SaveBar dirty={isDirty} submitting={isSubmitting} message={message} label="Lagre designet" />}
      </form>
    </FormProvider>
  );
}
