'use client';
// The design form: react-hook-form validates with the same schema as the server action and
// sends what the user typed; the server parses again and answers with field errors keyed
// by the same paths, which land on the same fields. Its words come from the page (words.ts).
import { useEffect } from 'react';
import { FormProvider, type Resolver } from 'react-hook-form';
import { zodResolverInWords } from '@/lib/client/validation';
import { Textfield } from '@digdir/designsystemet-react';
import { ConflictNotice } from '@/app/_components/phase/conflict-notice';
import { SaveBar } from '@/app/_components/phase/save-bar';
import { SectionLockProvider } from '@/app/_components/phase/section-lock';
import { saveScope, type SectionAccess } from '@/app/_components/phase/section-rule';
import { useSectionSave } from '@/app/_components/phase/use-section-save';
import type { DesignFormInput, DesignInput } from '@/lib/pure/validation/phases/design';
import { FormSection } from '@/app/_components/phase/form-section';
import { saveDesignAction } from '../actions';
import { BodiesSection } from './bodies-section';
import { LeaderSection } from './leader-section';
import { LegalFormSection } from './legal-form-section';
import { MandateSection } from './mandate-section';
import { MemberRolesSection, type DesignMember } from './member-roles-section';
import type { DesignWords, LegalFormChoice } from './words';
import { useForm } from '@/lib/client/forms';

export interface DesignFormProps {
  defaults: DesignInput;
  members: DesignMember[];
  storedForm: string | null;
  access: SectionAccess;
  readOnly: boolean;
  words: DesignWords;
  choice: LegalFormChoice;
}

// One schema for both scopes: in drift the form sends scope 'drift' (unless blanks of locked
// sections may be filled in, lib/pure/domain/completion.ts), and only the leader and
// the working methods are validated and read (the other sections are locked).
const lazyResolver = zodResolverInWords(() => import('@/lib/pure/validation/phases/design').then((m) => m.designSaveSchema), { raw: true });
const resolver = lazyResolver as unknown as Resolver<DesignFormInput>;

export function DesignForm({ defaults, members, storedForm, access, readOnly, words, choice }: DesignFormProps) {
  const scope = saveScope(access);
  const withScope = (values: DesignInput): DesignFormInput => ({ ...values, scope });
  const methods = useForm<DesignFormInput>({ resolver, defaultValues: withScope(defaults), disabled: readOnly });
  useEffect(() => lazyResolver.preload(), []);
  const {
    register,
    handleSubmit,
    formState: { errors, isDirty, isSubmitting },
  } = methods;
  const saving = useSectionSave({
    form: methods,
    save: saveDesignAction,
    toValues: (values: DesignInput, version) => withScope({ ...values, version }),
    savedText: () => words.form.saved,
  });

  const onSubmit = handleSubmit(
    (values) => {
      return saving.submit(values);
    },
    () => saving.invalid(),
  );

  return (
    <FormProvider {...methods}>
      <SectionLockProvider access={access}>
      <form onSubmit={onSubmit} noValidate aria-label={words.form.label}>
        {/* Read-only: every field is disabled by the form, the add/remove buttons go, and
            disabled fields stay readable, since reading is the point of the view. */}
        <div className={`flex min-w-0 flex-col gap-6 ${readOnly ? '[--ds-opacity-disabled:1] [&_button]:hidden' : ''}`}>
          <LegalFormSection storedForm={storedForm} words={words} choice={choice} />
          <MemberRolesSection members={members} words={words} />
          <BodiesSection members={members} words={words.organer} />
          <LeaderSection words={words.leder} />
          <MandateSection words={words.mandat} />
          <FormSection title={words.arbeidsform.title} section="design.arbeidsform">
            <Textfield
              multiline
              rows={4}
              label={words.arbeidsform.label}
              description={words.arbeidsform.description}
              error={errors.workingMethods?.message}
              {...register('workingMethods')}
            />
          </FormSection>
        </div>
        {saving.conflict ? <ConflictNotice conflict={saving.conflict.data} message={saving.conflict.text} onKeepMine={saving.keepMine} onTakeTheirs={saving.takeTheirs} /> : null}
        {readOnly ? null : <SaveBar dirty={isDirty} submitting={isSubmitting} message={saving.message} label={words.form.save} />}
      </form>
      </SectionLockProvider>
    </FormProvider>
  );
}
