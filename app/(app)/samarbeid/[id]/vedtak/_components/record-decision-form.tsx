'use client';
// Recording one member's decision in the open round. The words come from the server page in
// the page's language; `saved` is a pattern with {name} and {outcome}.
import { useZodResolver } from '@/lib/client/validation';
import { Fieldset, Heading, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { SelectField } from '@/app/_components/select-field';
import { SubmitButton } from '@/app/_components/submit-button';
import { osloDateOf } from '@/lib/pure/domain/iso-date';
import { applyFieldErrors, useForm, radio } from '@/lib/client/forms';
import type { RecordDecisionInput, RecordDecisionValues } from '@/lib/pure/validation/decisions';
import { DECISION_BODY_SUGGESTIONS } from '@/lib/pure/validation/decisions-options';
import { DECISION_OUTCOMES, type DecisionOutcome } from '@/lib/pure/domain/dossier';
import { recordDecisionAction } from '../actions';

export interface DecisionMember {
  id: string;
  name: string;
}

export interface DecisionFieldWords {
  body: string;
  date: string;
  caseNumber: string;
  outcome: string;
  link: string;
  /** Said when the browser's own check stops the submit. */
  checkFields: string;
  outcomes: Record<DecisionOutcome, string>;
}

export interface RecordDecisionWords extends DecisionFieldWords {
  title: string;
  member: string;
  chooseMember: string;
  linkHint: string;
  submit: string;
  /** "Vedtaket fra {name} er registrert ({outcome})." */
  saved: string;
  theMember: string;
}

export function RecordDecisionForm({
  cooperationId,
  members,
  defaultMemberId,
  words,
}: {
  cooperationId: string;
  members: DecisionMember[];
  defaultMemberId: string;
  words: RecordDecisionWords;
}) {
  const feedback = useFeedback();
  const empty = (memberId: string): RecordDecisionInput => ({ cooperationId, memberId, body: 'Kommunestyret', date: '', saksnummer: '', outcome: 'tilslutning', url: '' });
  const { register, handleSubmit, reset, setError, formState } = useForm<RecordDecisionInput, unknown, RecordDecisionValues>({
    resolver: useZodResolver(() => import('@/lib/pure/validation/decisions').then((m) => m.recordDecisionSchema)),
    defaultValues: empty(defaultMemberId),
  });
  const errors = formState.errors;

  // A new submit replaces the last outcome, also when the browser's own checks stop it.
  const onSubmit = handleSubmit(
    async (values) => {
      feedback.clear();
      const result = await recordDecisionAction(values);
      if (!result.ok) {
        applyFieldErrors(result, setError);
        feedback.error(result.message);
        return;
      }
      const name = members.find((m) => m.id === values.memberId)?.name ?? words.theMember;
      reset(empty(''));
      feedback.success(words.saved.replace('{name}', name).replace('{outcome}', words.outcomes[values.outcome].toLowerCase()));
    },
    () => feedback.error(words.checkFields),
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="registrer-tittel" id="registrer" className="bb-panel scroll-mt-4">
      <Heading level={2} id="registrer-tittel" data-size="sm">
        {words.title}
      </Heading>
      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        <SelectField label={words.member} error={errors.memberId?.message} {...register('memberId')}>
          <option value="">{words.chooseMember}</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </SelectField>
        <Textfield label={words.body} list="vedtaksorgan-forslag" autoComplete="off" error={errors.body?.message} {...register('body')} />
        <datalist id="vedtaksorgan-forslag">
          {DECISION_BODY_SUGGESTIONS.map((b) => (
            <option key={b} value={b} />
          ))}
        </datalist>
        <Textfield label={words.date} type="date" max={osloDateOf(new Date())} error={errors.date?.message} {...register('date')} />
        <Textfield label={words.caseNumber} autoComplete="off" error={errors.saksnummer?.message} {...register('saksnummer')} />
      </div>
      <Fieldset className="mt-4 min-w-0" aria-describedby={errors.outcome ? 'utfall-feil' : undefined}>
        <Fieldset.Legend>{words.outcome}</Fieldset.Legend>
        <div className="mt-1 flex flex-wrap gap-x-6">
          {DECISION_OUTCOMES.map((o) => (
            <Radio key={o} label={words.outcomes[o]} {...radio(register, 'outcome', o)} />
          ))}
        </div>
        {errors.outcome ? <ValidationMessage id="utfall-feil">{errors.outcome.message}</ValidationMessage> : null}
      </Fieldset>
      <Textfield
        className="mt-4"
        label={words.link}
        description={words.linkHint}
        type="url"
        inputMode="url"
        autoComplete="off"
        error={errors.url?.message}
        {...register('url')}
      />
      <FeedbackMessage entry={feedback.entry} className="mt-5" />
      <SubmitButton className="mt-5" pending={formState.isSubmitting}>
        {words.submit}
      </SubmitButton>
    </form>
  );
}
