'use client';
// A decision taken in one meeting: what it was, whether politicians or the administration
// decided it, the outcome, whether the members' administrations prepared it and whether it
// lies inside the operative leader's mandate (both feed the warnings), and whether it
// changes the statutes or is major (then each member anchors it in its own council).
import { useRouter } from 'next/navigation';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useZodResolver } from '@/lib/client/validation';
import { Checkbox, Fieldset, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { CHECK_FIELDS_MESSAGE } from '@/lib/client/feedback/store';
import { SubmitButton } from '@/app/_components/submit-button';
import { SelectField } from '@/app/_components/select-field';
import { BODY_EVENT_LABELS, OUTCOME_LABELS, PREPARATION_LABELS } from '@/lib/pure/domain/bodies';
import { applyFieldErrors } from '@/lib/client/forms';
import { BODY_EVENTS, bodyDecisionSchema, type BodyDecisionInput, type BodyDecisionValues } from '@/lib/pure/validation/bodies';
import { BODY_OUTCOMES, PREPARATIONS } from '@/lib/pure/domain/dossier';
import { recordBodyDecisionAction } from '../actions';

export interface DecisionFormMember {
  id: string;
  name: string;
}

export function DecisionForm({ cooperationId, meetingId, meetingLabel, members, mandate }: { cooperationId: string; meetingId: string; meetingLabel: string; members: DecisionFormMember[]; mandate: string[] }) {
  const router = useRouter();
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
    resolver: useZodResolver(bodyDecisionSchema),
    defaultValues: empty,
  });
  const errors = formState.errors;
  const prepared = useWatch({ control, name: 'prepared' });
  const id = (name: string) => `vedtak-${meetingId}-${name}`;

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
      const anchoring = result.data.occurrences > 0 ? ` Det er lagt inn ${result.data.occurrences} forankringspunkter i deltakerkommunene.` : '';
      feedback.success(`Vedtaket «${values.title}» er registrert.${anchoring}`);
      router.refresh();
    },
    () => feedback.error(CHECK_FIELDS_MESSAGE),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={`Registrer vedtak fra ${meetingLabel}`}>
      <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
        <Textfield label="Sak" description="Hva saken gjaldt, slik den står i protokollen." error={errors.title?.message} {...register('title')} />
        <Textfield label="Saksnummer (valgfritt)" autoComplete="off" error={errors.saksnummer?.message} {...register('saksnummer')} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Fieldset aria-describedby={errors.kind ? id('type-feil') : undefined}>
          <Fieldset.Legend>Hvem avgjorde saken?</Fieldset.Legend>
          <div className="mt-1 flex flex-wrap gap-x-6">
            <Radio label="Politisk" value="politisk" {...register('kind')} />
            <Radio label="Administrativt" value="administrativ" {...register('kind')} />
          </div>
          {errors.kind ? <ValidationMessage id={id('type-feil')}>{errors.kind.message}</ValidationMessage> : null}
        </Fieldset>
        <SelectField label="Utfall" id={id('utfall')} error={errors.outcome?.message} {...register('outcome')}>
          {BODY_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {OUTCOME_LABELS[o]}
            </option>
          ))}
        </SelectField>
      </div>
      <Fieldset aria-describedby={errors.prepared ? id('forberedt-feil') : undefined}>
        <Fieldset.Legend>Forberedte administrasjonene i deltakerkommunene saken?</Fieldset.Legend>
        <Fieldset.Description>Saker som går rett til politisk behandling uten at kommunedirektørene har forberedt dem, gir varsel om rådmannsfellen.</Fieldset.Description>
        <div className="mt-1 flex flex-wrap gap-x-6">
          {PREPARATIONS.map((p) => (
            <Radio key={p} label={PREPARATION_LABELS[p]} value={p} {...register('prepared')} />
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
                <Fieldset.Legend>Hvilke administrasjoner forberedte saken?</Fieldset.Legend>
                <Fieldset.Description>Kryss av for dem som gjorde det. Vet du ikke, la alle stå tomme.</Fieldset.Description>
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
        <Fieldset.Legend>Ligger saken innenfor operativ leders mandat?</Fieldset.Legend>
        <Fieldset.Description>
          {mandate.length > 0 ? `Operativ leder avgjør selv: ${mandate.join('; ')}.` : 'Mandatet sier ikke hva operativ leder avgjør selv (se design-fasen).'} Politiske vedtak i slike saker
          kan være overstyring.
        </Fieldset.Description>
        <div className="mt-1 flex flex-wrap gap-x-6">
          <Radio label="Ja" value="ja" {...register('withinMandate')} />
          <Radio label="Nei" value="nei" {...register('withinMandate')} />
        </div>
        {errors.withinMandate ? <ValidationMessage id={id('mandat-feil')}>{errors.withinMandate.message}</ValidationMessage> : null}
      </Fieldset>
      <SelectField
        label="Skal vedtaket forankres i kommunene?"
        description="Endringer i vedtekter eller avtale og store beslutninger får egne forankringspunkter i hver deltakerkommune."
        id={id('forankring')}
        error={errors.anchoringEvent?.message}
        {...register('anchoringEvent')}
      >
        <option value="">Nei, vanlig vedtak</option>
        {BODY_EVENTS.map((e) => (
          <option key={e} value={e}>
            {BODY_EVENT_LABELS[e]}
          </option>
        ))}
      </SelectField>
      <Textfield label="Lenke til vedtaket (valgfritt)" type="url" inputMode="url" autoComplete="off" error={errors.url?.message} {...register('url')} />
      <Checkbox label="Vedtaket er offentlig og kan vises i innsyn" error={errors.isPublic?.message} {...register('isPublic')} />
      <FeedbackMessage entry={feedback.entry} />
      <SubmitButton pending={formState.isSubmitting}>Registrer vedtaket</SubmitButton>
    </form>
  );
}
