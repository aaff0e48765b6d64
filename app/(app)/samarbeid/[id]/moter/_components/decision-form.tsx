'use client';
// A decision taken in one meeting: what it was, whether politicians or the administration
// decided it, the outcome, whether the members' administrations prepared it and whether it
// lies inside the operative leader's mandate (both feed the warnings), and whether it
// changes the statutes or is major (then each member anchors it in its own council).
import { Controller, useWatch } from 'react-hook-form';
import { useZodResolver } from '@/lib/client/validation';
import { Checkbox, Fieldset, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { SubmitButton } from '@/app/_components/submit-button';
import { SelectField } from '@/app/_components/select-field';
import { applyFieldErrors, useForm, radio } from '@/lib/client/forms';
import type { BodyDecisionInput, BodyDecisionValues } from '@/lib/pure/validation/bodies';
import { BODY_EVENTS } from '@/lib/pure/validation/bodies-options';
import { BODY_OUTCOMES, PREPARATIONS } from '@/lib/pure/domain/dossier';
import type { Messages } from '@/lib/pure/i18n/catalogues';
import { fillTemplate } from '@/lib/pure/i18n/template';
import type { DecisionLabels } from './meeting-card';
import { recordBodyDecisionAction } from '../actions';

export interface DecisionFormMember {
  id: string;
  name: string;
}

export function DecisionForm({
  cooperationId,
  meetingId,
  meetingLabel,
  members,
  mandate,
  words,
  labels,
  checkFields,
}: {
  cooperationId: string;
  meetingId: string;
  meetingLabel: string;
  members: DecisionFormMember[];
  mandate: string[];
  /** Catalogue `moter.vedtakSkjema` in the page's language. */
  words: Messages['moter']['vedtakSkjema'];
  labels: DecisionLabels;
  checkFields: string;
}) {
  const feedback = useFeedback();
  const empty: BodyDecisionInput = {
    cooperationId,
    meetingId,
    title: '',
    saksnummer: '',
    kind: 'politisk',
    outcome: 'vedtatt',
    prepared: 'ja',
    preparedByMemberIds: [],
    withinMandate: 'nei',
    anchoringEvent: '',
    url: '',
    isPublic: true,
  };
  const { register, handleSubmit, reset, setError, control, getValues, formState } = useForm<BodyDecisionInput, unknown, BodyDecisionValues>({
    resolver: useZodResolver(() => import('@/lib/pure/validation/bodies').then((m) => m.bodyDecisionSchema)),
    defaultValues: empty,
  });
  const errors = formState.errors;
  const prepared = useWatch({ control, name: 'prepared' });
  const id = (name: string) => `vedtak-${meetingId}-${name}`;
  const mandateText = `${mandate.length > 0 ? fillTemplate(words.mandateList, { list: mandate.join('; ') }) : words.mandateNone} ${words.mandateNote}`;

  // The server parses what the user typed with the same schema, so it gets the raw values.
  const onSubmit = handleSubmit(
    async (values) => {
      feedback.clear();
      const result = await recordBodyDecisionAction(getValues());
      if (!result.ok) {
        applyFieldErrors(result, setError);
        feedback.error(result.message);
        return;
      }
      reset(empty);
      const anchoring = result.data.occurrences > 0 ? fillTemplate(words.occurrences, { count: result.data.occurrences }) : '';
      feedback.success(`${fillTemplate(words.registered, { title: values.title })}${anchoring}`);
    },
    () => feedback.error(checkFields),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={fillTemplate(words.formLabel, { meeting: meetingLabel })}>
      <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
        <Textfield label={words.title} description={words.titleHelp} error={errors.title?.message} {...register('title')} />
        <Textfield label={words.caseNumber} autoComplete="off" error={errors.saksnummer?.message} {...register('saksnummer')} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Fieldset aria-describedby={errors.kind ? id('type-feil') : undefined}>
          <Fieldset.Legend>{words.kind}</Fieldset.Legend>
          <div className="mt-1 flex flex-wrap gap-x-6">
            <Radio label={words.political} {...radio(register, 'kind', 'politisk')} />
            <Radio label={words.administrative} {...radio(register, 'kind', 'administrativ')} />
          </div>
          {errors.kind ? <ValidationMessage id={id('type-feil')}>{errors.kind.message}</ValidationMessage> : null}
        </Fieldset>
        <SelectField label={words.outcome} id={id('utfall')} error={errors.outcome?.message} {...register('outcome')}>
          {BODY_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {labels.outcomes[o]}
            </option>
          ))}
        </SelectField>
      </div>
      <Fieldset aria-describedby={errors.prepared ? id('forberedt-feil') : undefined}>
        <Fieldset.Legend>{words.prepared}</Fieldset.Legend>
        <Fieldset.Description>{words.preparedHelp}</Fieldset.Description>
        <div className="mt-1 flex flex-wrap gap-x-6">
          {PREPARATIONS.map((p) => (
            <Radio key={p} label={labels.preparations[p]} {...radio(register, 'prepared', p)} />
          ))}
        </div>
        {errors.prepared ? <ValidationMessage id={id('forberedt-feil')}>{errors.prepared.message}</ValidationMessage> : null}
      </Fieldset>
      {prepared === 'delvis' ? (
        <Controller
          control={control}
          name="preparedByMemberIds"
          render={({ field }) => {
            const selected = new Set(field.value ?? []);
            return (
              <Fieldset className="min-w-0" aria-describedby={errors.preparedByMemberIds ? id('hvem-feil') : undefined}>
                <Fieldset.Legend>{words.preparedBy}</Fieldset.Legend>
                <Fieldset.Description>{words.preparedByHelp}</Fieldset.Description>
                <div className="mt-1 grid gap-x-4 sm:grid-cols-2">
                  {members.map((m, i) => (
                    <Checkbox
                      key={m.id}
                      label={m.name}
                      value={m.id}
                      checked={selected.has(m.id)}
                      onChange={(e) => field.onChange(members.map((x) => x.id).filter((x) => (x === m.id ? e.target.checked : selected.has(x))))}
                      onBlur={field.onBlur}
                      ref={i === 0 ? field.ref : undefined}
                    />
                  ))}
                </div>
                {errors.preparedByMemberIds ? <ValidationMessage id={id('hvem-feil')}>{errors.preparedByMemberIds.message}</ValidationMessage> : null}
              </Fieldset>
            );
          }}
        />
      ) : null}
      <Fieldset aria-describedby={errors.withinMandate ? id('mandat-feil') : undefined}>
        <Fieldset.Legend>{words.mandate}</Fieldset.Legend>
        <Fieldset.Description>{mandateText}</Fieldset.Description>
        <div className="mt-1 flex flex-wrap gap-x-6">
          <Radio label={words.yes} {...radio(register, 'withinMandate', 'ja')} />
          <Radio label={words.no} {...radio(register, 'withinMandate', 'nei')} />
        </div>
        {errors.withinMandate ? <ValidationMessage id={id('mandat-feil')}>{errors.withinMandate.message}</ValidationMessage> : null}
      </Fieldset>
      <SelectField
        label={words.anchoring}
        description={words.anchoringHelp}
        id={id('forankring')}
        error={errors.anchoringEvent?.message}
        {...register('anchoringEvent')}
      >
        <option value="">{words.anchoringNone}</option>
        {BODY_EVENTS.map((e) => (
          <option key={e} value={e}>
            {labels.events[e]}
          </option>
        ))}
      </SelectField>
      <Textfield label={words.url} type="url" inputMode="url" autoComplete="off" error={errors.url?.message} {...register('url')} />
      <Checkbox label={words.public} error={errors.isPublic?.message} {...register('isPublic')} />
      <FeedbackMessage entry={feedback.entry} />
      <SubmitButton pending={formState.isSubmitting}>{words.submit}</SubmitButton>
    </form>
  );
}
