'use client';
// The exit checklist: for each item whether it is in place and a note on what was agreed,
// who is responsible and where it is documented. Read-only once the cooperation is wound
// down, or for a user who may not edit it.
import { useRouter } from 'next/navigation';
import { useZodResolver } from '@/lib/client/validation';
import { Checkbox, Fieldset, Heading, Textfield } from '@digdir/designsystemet-react';
import { READ_ONLY_FIELDS_CLASS } from '@/app/_components/phase/edit-notice';
import { ConflictNotice } from '@/app/_components/phase/conflict-notice';
import { SaveBar } from '@/app/_components/phase/save-bar';
import { useSectionSave } from '@/app/_components/phase/use-section-save';
import { EXIT_ITEMS } from '@/lib/pure/domain/exit-checklist';
import type { ExitChecklistFormValues, ExitChecklistInput, ExitChecklistValues } from '@/lib/pure/validation/exit-checklist';
import type { Messages } from '@/lib/pure/i18n/catalogues';
import { fillTemplate } from '@/lib/pure/i18n/template';
import { saveExitChecklistAction } from '../actions';
import { useForm } from '@/lib/client/forms';

const NUMBERED = '{n}. {label}';

export function ExitChecklistForm({
  initial,
  readOnly,
  words,
  items,
}: {
  initial: ExitChecklistFormValues;
  readOnly: boolean;
  /** Catalogue `avvikling.skjema` in the page's language. */
  words: Messages['avvikling']['skjema'];
  /** The items' label and help (catalogue `avvikling.punkt`), by item id. */
  items: Readonly<Record<string, { label: string; help: string }>>;
}) {
  const router = useRouter();
  const form = useForm<ExitChecklistInput, unknown, ExitChecklistValues>({ resolver: useZodResolver(() => import('@/lib/pure/validation/exit-checklist').then((m) => m.exitChecklistSchema)), defaultValues: initial });
  const { register, handleSubmit, formState } = form;
  const errors = formState.errors.items;
  const saving = useSectionSave({
    form,
    save: saveExitChecklistAction,
    toValues: (values: ExitChecklistFormValues, version) => ({ ...values, version }),
    savedText: ({ missing }) =>
      missing.length === 0 ? words.savedAll : fillTemplate(words.savedSome, { missing: missing.length, count: EXIT_ITEMS.length }),
    // The status above the form (what is missing, «Fullfør avviklingen») follows the saved list.
    onSaved: () => router.refresh(),
  });

  const onSubmit = handleSubmit(
    (values) => {
      return saving.submit(values);
    },
    () => saving.invalid(),
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-label={words.formLabel}>
      <fieldset disabled={readOnly} className={`min-w-0 space-y-4 ${readOnly ? READ_ONLY_FIELDS_CLASS : ''}`}>
        {EXIT_ITEMS.map((item, i) => (
          <div key={item.id} id={`punkt-${item.id}`} className="bb-panel scroll-mt-4" data-testid={`avvikling-${item.id}`}>
            <Fieldset className="flex flex-col gap-4">
              <Fieldset.Legend>
                <Heading level={3} data-size="xs">
                  {fillTemplate(NUMBERED, { n: i + 1, label: items[item.id]?.label ?? item.label })}
                </Heading>
              </Fieldset.Legend>
              <Fieldset.Description>{items[item.id]?.help ?? item.help}</Fieldset.Description>
              <Checkbox label={words.inPlace} {...register(`items.${item.id}.done`)} />
              <Textfield
                label={words.note}
                description={words.noteHelp}
                multiline
                rows={2}
                suppressHydrationWarning
                error={errors?.[item.id]?.note?.message}
                {...register(`items.${item.id}.note`)}
              />
            </Fieldset>
          </div>
        ))}
      </fieldset>
      {saving.conflict ? <ConflictNotice conflict={saving.conflict.data} message={saving.conflict.text} onKeepMine={saving.keepMine} onTakeTheirs={saving.takeTheirs} /> : null}
      {readOnly ? null : <SaveBar dirty={formState.isDirty} submitting={formState.isSubmitting} message={saving.message} label={words.save} />}
    </form>
  );
}
