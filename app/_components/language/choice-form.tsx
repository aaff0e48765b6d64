'use client';
// One radio choice saved by a server action with the value the page was loaded with (the
// conflict check): the profile's language and a municipality's målform. The words come from
// the server in the page's language. After saving, the page is rendered again (the action
// revalidates), so a new language shows at once.
import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { Fieldset, Radio } from '@digdir/designsystemet-react';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { SubmitButton } from '@/app/_components/submit-button';
import type { ActionResult } from '@/lib/pure/action-result';

export interface ChoiceFormProps {
  legend: string;
  description?: string;
  /** Value '' stands for "none chosen" where the setting allows it. */
  options: readonly { value: string; label: string; lang?: string }[];
  initial: string;
  submitLabel: string;
  savedMessage: string;
  /** Sends { value, expected } shaped as the action wants. */
  save: (value: string, expected: string) => Promise<ActionResult<unknown>>;
  name: string;
}

export function ChoiceForm({ legend, description, options, initial, submitLabel, savedMessage, save, name }: ChoiceFormProps) {
  const router = useRouter();
  const feedback = useFeedback();
  const [value, setValue] = useState(initial);
  const [loaded, setLoaded] = useState(initial);
  const [pending, startTransition] = useTransition();
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    feedback.clear();
    startTransition(async () => {
      const result = await save(value, loaded);
      if (!result.ok) {
        feedback.error(result.message);
        return;
      }
      setLoaded(value);
      feedback.success(savedMessage);
      router.refresh();
    });
  };
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4">
      <Fieldset>
        <Fieldset.Legend>{legend}</Fieldset.Legend>
        {description ? <Fieldset.Description>{description}</Fieldset.Description> : null}
        {options.map((o) => (
          <Radio key={o.value} name={name} label={<span lang={o.lang}>{o.label}</span>} value={o.value} checked={value === o.value} onChange={() => setValue(o.value)} />
        ))}
      </Fieldset>
      <FeedbackMessage entry={feedback.entry} />
      <div>
        <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
