'use client';
// The innramming form: react-hook-form validates with the same schema as the server action
// and sends what the user typed; the server parses again and answers with field errors
// keyed by the same paths, which land on the same fields.
import { useEffect } from 'react';
import { FormProvider, type Resolver } from 'react-hook-form';
import { validationMessage, zodResolverInWords } from '@/lib/client/validation';
import { ConflictNotice } from '@/app/_components/phase/conflict-notice';
import { SaveBar } from '@/app/_components/phase/save-bar';
import { SectionLockProvider } from '@/app/_components/phase/section-lock';
import { saveScope, type SectionAccess } from '@/app/_components/phase/section-rule';
import { useSectionSave } from '@/app/_components/phase/use-section-save';
import { editMode } from '@/lib/pure/domain/section-rules';
import type { InnrammingFormInput, InnrammingInput } from '@/lib/pure/validation/phases/innramming';
import type { Messages } from '@/lib/pure/i18n/catalogues';
import type { Locale } from '@/lib/pure/i18n/locales';
import { saveInnrammingAction } from '../actions';
import { AgreementChecklist, type ChecklistForm } from './agreement-checklist';
import { BenefitSection } from './benefit-section';
import { CostKeySection } from './cost-key-section';
import type { CostShareMemberInfo } from './cost-share-table';
import { EconomySection } from './economy-section';
import { GoalsSection } from './goals-section';
import { ReportingSection } from './reporting-section';
import { useForm } from '@/lib/client/forms';

/** The form's words in the page's language: the raw `innramming.form` messages. */
export type InnrammingWords = Messages['innramming']['form'];

export interface InnrammingFormProps {
  defaults: InnrammingInput;
  members: CostShareMemberInfo[];
  hostNames: string[];
  checklistForm: ChecklistForm | null;
  designHref: string;
  access: SectionAccess;
  readOnly: boolean;
  words: InnrammingWords;
  locale: Locale;
}

// One schema for both scopes: in drift the form sends scope 'drift' (unless blanks of locked
// sections may be filled in, lib/pure/domain/completion.ts), and only expected
// benefit and plans/reporting are validated and read (the other sections are locked).
const lazyResolver = zodResolverInWords(() => import('@/lib/pure/validation/phases/innramming').then((m) => m.innrammingSaveSchema), { raw: true });
const resolver = lazyResolver as unknown as Resolver<InnrammingFormInput>;

export function InnrammingForm({ defaults, members, hostNames, checklistForm, designHref, access, readOnly, words, locale }: InnrammingFormProps) {
  const scope = saveScope(access);
  const withScope = (values: InnrammingInput): InnrammingFormInput => ({ ...values, scope });
  const methods = useForm<InnrammingFormInput>({ resolver, defaultValues: withScope(defaults), disabled: readOnly });
  useEffect(() => lazyResolver.preload(), []);
  const {
    handleSubmit,
    setError,
    formState: { isDirty, isSubmitting },
  } = methods;
  const saving = useSectionSave({
    form: methods,
    save: saveInnrammingAction,
    toValues: (values: InnrammingInput, version) => withScope({ ...values, version }),
    savedText: () => words.saved,
  });

  const save = async (values: InnrammingFormInput) => {
    // Establishing requires the host's compensation; while running it is a follow-up.
    if (editMode(access.state) === 'alt') {
      const { hostCompensationMessage, innrammingSchema } = await import('@/lib/pure/validation/phases/innramming');
      const parsed = innrammingSchema.safeParse(values);
      const hostProblem = parsed.success ? hostCompensationMessage(parsed.data, hostNames) : null;
      if (hostProblem) {
        setError('hostCompensation', { type: 'host', message: validationMessage(hostProblem) }, { shouldFocus: true });
        saving.invalid();
        return;
      }
    }
    await saving.submit(values);
  };
  const onSubmit = handleSubmit(save, () => saving.invalid());

  return (
    <FormProvider {...methods}>
      <SectionLockProvider access={access}>
      <form onSubmit={onSubmit} noValidate aria-label={words.ariaLabel}>
        {/* Read-only: every field is disabled by the form, the add/remove buttons go, and
            disabled fields stay readable, since reading is the point of the view. */}
        <div className={`flex min-w-0 flex-col gap-6 ${readOnly ? '[--ds-opacity-disabled:1] [&_button]:hidden' : ''}`}>
          <GoalsSection words={words.goals} />
          <EconomySection hostNames={hostNames} words={words.economy} and={words.and} />
          <CostKeySection members={members} words={words} locale={locale} />
          <BenefitSection members={members} words={words.benefit} />
          <AgreementChecklist form={checklistForm} designHref={designHref} words={words.checklist} />
          <ReportingSection words={words.reporting} />
        </div>
        {saving.conflict ? <ConflictNotice conflict={saving.conflict.data} message={saving.conflict.text} onKeepMine={saving.keepMine} onTakeTheirs={saving.takeTheirs} /> : null}
        {readOnly ? null : <SaveBar dirty={isDirty} submitting={isSubmitting} message={saving.message} label={words.save} />}
      </form>
      </SectionLockProvider>
    </FormProvider>
  );
}
