'use client';
// Choosing the legal form: the current forms grouped by category, a comparison of the chosen
// form with the usual alternatives, and the rationale the choice needs (a conscious design
// phase is the first input-legitimacy factor, IRIS/KS 2013 kap. 6.1). The forms' texts come
// from the page in its language (choice), not from the bokmål catalogue data.
import { useFormContext, useWatch } from 'react-hook-form';
import { Fieldset, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import type { LegalFormCode } from '@/lib/pure/domain/legal-forms';
import { fill } from '@/lib/pure/domain/inline-words';
import { MIN_RATIONALE_LENGTH } from '@/lib/pure/domain/legal-form-rationale';
import type { DesignInput } from '@/lib/pure/validation/phases/design';
import { FormSection } from '@/app/_components/phase/form-section';
import { useSectionLock } from '@/app/_components/phase/section-lock';
import { FormComparisonDisclosure } from './form-comparison-disclosure';
import { LegalFormAdvisor } from './legal-form-advisor';
import type { DesignWords, LegalFormChoice } from './words';
import { radio } from '@/lib/client/forms';

const ERROR_ID = 'organisasjonsform-feil';

export function LegalFormSection({ storedForm, words, choice }: { storedForm: string | null; words: DesignWords; choice: LegalFormChoice }) {
  const {
    control,
    register,
    formState: { errors },
  } = useFormContext<DesignInput>();
  const chosen = useWatch({ control, name: 'legalForm' }) ?? '';
  const rationale = useWatch({ control, name: 'legalFormRationale' }) ?? '';
  const error = errors.legalForm?.message;
  const { locked, completing } = useSectionLock('design.organisasjonsform');
  const w = words.organisasjonsform;
  const rationaleField = (
    <Textfield
      multiline
      rows={4}
      label={w.rationale}
      description={fill(w.rationaleDescription, { min: MIN_RATIONALE_LENGTH })}
      error={errors.legalFormRationale?.message}
      {...register('legalFormRationale')}
    />
  );

  // While the cooperation runs the form is decided: show what was chosen and why, not the
  // choice. A registered cooperation without a recorded rationale may fill it in (and one
  // without a recorded form, choose it: the full choice below).
  if (locked || (completing && storedForm)) {
    const code = (chosen || storedForm) as LegalFormCode | null;
    const form = code ? choice.forms[code] : undefined;
    return (
      <FormSection title={w.title} section="design.organisasjonsform">
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]" data-testid="valgt-organisasjonsform">
          <dt className="font-semibold">{w.chosen}</dt>
          <dd>{form ? fill(w.chosenValue, { name: form.name, basis: form.basis }) : w.notChosen}</dd>
          {completing ? null : (
            <>
              <dt className="font-semibold">{w.rationale}</dt>
              <dd className="whitespace-pre-line">{rationale.trim() || w.notDescribed}</dd>
            </>
          )}
        </dl>
        {completing ? rationaleField : null}
      </FormSection>
    );
  }

  return (
    <FormSection title={w.title} section="design.organisasjonsform" description={w.description}>
      <LegalFormAdvisor choice={choice} />
      <Fieldset aria-describedby={error ? ERROR_ID : undefined}>
        <Fieldset.Legend>{w.legend}</Fieldset.Legend>
        <div className="flex flex-col gap-5">
          {choice.groups.map((group) => (
            <Fieldset key={group.category}>
              <Fieldset.Legend className="text-base">{group.label}</Fieldset.Legend>
              <div className="flex flex-col gap-1">
                {group.codes.map((code) => {
                  const f = choice.forms[code]!;
                  return (
                    <Radio
                      key={code}
                      label={f.name}
                      description={
                        <>
                          <span className="block font-medium">{fill(w.basis, { basis: f.basis })}</span>
                          {f.summary}
                        </>
                      }
                      aria-invalid={error ? true : undefined}
                      {...radio(register, 'legalForm', code)}
                    />
                  );
                })}
              </div>
            </Fieldset>
          ))}
        </div>
        {error ? <ValidationMessage id={ERROR_ID}>{error}</ValidationMessage> : null}
      </Fieldset>
      <FormComparisonDisclosure chosen={chosen} words={words.sammenligning} choice={choice} />
      {rationaleField}
    </FormSection>
  );
}
