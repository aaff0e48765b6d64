'use client';
// The innramming form: react-hook-form validates with the same schema as the server action
// and sends what the user typed; the server parses again and answers with field errors
// keyed by the same paths, which land on the same fields.
import { useEffect, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { SaveMessage } from '@/app/_components/phase/save-bar';
import { SaveBar } from '@/app/_components/phase/save-bar';
import { applyFieldErrors } from '@/lib/forms';
import { hostCompensationMessage, innrammingSchema, type InnrammingInput } from '@/lib/validation/phases/innramming';
import { saveInnrammingAction } from '../actions';
import { AgreementChecklist, type ChecklistForm } from './agreement-checklist';
import { BenefitSection } from './benefit-section';
import { CostKeySection } from './cost-key-section';
import type { CostShareMemberInfo } from './cost-share-table';
import { EconomySection } from './economy-section';
import { GoalsSection } from './goals-section';
import { ReportingSection } from './reporting-section';

export interface InnrammingFormProps {
  defaults: InnrammingInput;
  members: CostShareMemberInfo[];
  hostNames: string[];
  checklistForm: ChecklistForm | null;
  designHref: string;
  readOnly: boolean;
}

const FIX_FIELDS = 'Noen av feltene må rettes før du kan lagre.';
const resolver = zodResolver(innrammingSchema, undefined, { raw: true });

export function InnrammingForm({ defaults, members, hostNames, checklistForm, designHref, readOnly }: InnrammingFormProps) {
  const [message, setMessage] = useState<SaveMessage | null>(null);
  const methods = useForm<InnrammingInput, unknown, InnrammingInput>({ resolver, defaultValues: defaults, disabled: readOnly });
  const {
    handleSubmit,
    reset,
    setError,
    formState: { isDirty, isSubmitting },
  } = methods;

  // After a save the server re-renders the page with the stored values (new goal ids
  // included); start from those so the next save updates rather than re-creates.
  useEffect(() => reset(defaults), [defaults, reset]);

  const save = async (values: InnrammingInput) => {
    setMessage(null);
    const parsed = innrammingSchema.safeParse(values);
    const hostProblem = parsed.success ? hostCompensationMessage(parsed.data, hostNames) : null;
    if (hostProblem) {
      setError('hostCompensation', { type: 'host', message: hostProblem }, { shouldFocus: true });
      setMessage({ ok: false, text: FIX_FIELDS });
      return;
    }
    const result = await saveInnrammingAction(values);
    if (!result.ok) {
      applyFieldErrors(result, setError);
      setMessage({ ok: false, text: result.message });
      return;
    }
    reset(values);
    setMessage({ ok: true, text: result.message ?? 'Innrammingen er lagret.' });
  };
  const onSubmit = handleSubmit(save, () => setMessage({ ok: false, text: FIX_FIELDS }));

  return (
    <FormProvider {...methods}>
      <form onSubmit={onSubmit} noValidate aria-label="Innramming">
        {/* Read-only: every field is disabled by the form, the add/remove buttons go, and
            disabled fields stay readable, since reading is the point of the view. */}
        <div className={`flex min-w-0 flex-col gap-6 ${readOnly ? '[--ds-opacity-disabled:1] [&_button]:hidden' : ''}`}>
          <GoalsSection />
          <EconomySection hostNames={hostNames} />
          <CostKeySection members={members} />
          <BenefitSection members={members} />
          <AgreementChecklist form={checklistForm} designHref={designHref} />
          <ReportingSection />
        </div>
        {readOnly ? null : <SaveBar dirty={isDirty} submitting={isSubmitting} message={message} label="Lagre innrammingen" />}
      </form>
    </FormProvider>
  );
}
