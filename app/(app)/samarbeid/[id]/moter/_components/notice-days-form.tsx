'use client';
// The cooperation's own notice period for case documents; empty means the default.
import { useZodResolver } from '@/lib/client/validation';
import { Textfield } from '@digdir/designsystemet-react';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { SubmitButton } from '@/app/_components/submit-button';
import { applyFieldErrors, useForm } from '@/lib/client/forms';
import type { Messages } from '@/lib/pure/i18n/catalogues';
import { fillTemplate } from '@/lib/pure/i18n/template';
import type { NoticeDaysInput, NoticeDaysValues } from '@/lib/pure/validation/bodies';
import { saveNoticeDaysAction } from '../actions';

export function NoticeDaysForm({ cooperationId, days, defaultDays,
  words,
  checkFields,
}: {
  cooperationId: string;
  days: number | null;
  defaultDays: number;
  /** Catalogue `moter.frist` in the page's language. */
  words: Messages['moter']['frist'];
  checkFields: string;
}) {
  const feedback = useFeedback();
  const { register, handleSubmit, setError, getValues, formState } = useForm<NoticeDaysInput, unknown, NoticeDaysValues>({
    resolver: useZodResolver(() => import('@/lib/pure/validation/bodies').then((m) => m.noticeDaysSchema)),
    defaultValues: { cooperationId, days: days === null ? '' : String(days) },
  });
  const onSubmit = handleSubmit(
    async () => {
      feedback.clear();
      const result = await saveNoticeDaysAction(getValues());
      if (!result.ok) {
        applyFieldErrors(result, setError);
        feedback.error(result.message);
        return;
      }
      const d = result.data.days;
      feedback.success(d === null ? fillTemplate(words.reset, { days: defaultDays }) : fillTemplate(words.set, { days: d }));
    },
    () => feedback.error(checkFields),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={words.formLabel}>
      <div className="flex flex-wrap items-end gap-3">
        <Textfield
          label={words.label}
          description={fillTemplate(words.help, { days: defaultDays })}
          inputMode="numeric"
          autoComplete="off"
          className="max-w-xs"
          error={formState.errors.days?.message}
          {...register('days')}
        />
        <SubmitButton variant="secondary" pending={formState.isSubmitting}>
          {words.save}
        </SubmitButton>
      </div>
      <FeedbackMessage entry={feedback.entry} />
    </form>
  );
}
