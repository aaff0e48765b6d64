'use client';
// Choosing the legal form: the current forms grouped by category, a comparison of the chosen
// form with the usual alternatives, and the rationale the choice needs (a conscious design
// phase is the first input-legitimacy factor, IRIS/KS 2013 kap. 6.1).
import { useFormContext, useWatch } from 'react-hook-form';
import { Fieldset, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { currentForms, legalForm, type LegalForm } from '@/lib/pure/domain/legal-forms';
import { MIN_RATIONALE_LENGTH } from '@/lib/pure/domain/readiness-rules-design';
import type { DesignInput } from '@/lib/pure/validation/phases/design';
import { FormSection } from '@/app/_components/phase/form-section';
import { useSectionLock } from '@/app/_components/phase/section-lock';
import { FormComparisonDisclosure } from './form-comparison-disclosure';
import { LegalFormAdvisor } from './legal-form-advisor';

const CATEGORY_LABELS: Record<LegalForm['category'], string> = {
  kommuneloven: 'Samarbeidsformer etter kommuneloven § 17-1',
  selskap: 'Selskaper og andre egne rettssubjekter',
  avtale: 'Avtalebasert samarbeid',
  uformell: 'Mindre formelle samarbeid',
  eldre_lov: 'Registrert etter eldre lov',
};

const ERROR_ID = 'organisasjonsform-feil';

/** The current forms by category, plus the stored form when it is a legacy one. */
function groups(stored: string | null): [LegalForm['category'], LegalForm[]][] {
  const forms = currentForms();
  const legacy = legalForm(stored);
  if (legacy?.category === 'eldre_lov') forms.push(legacy);
  const byCategory = new Map<LegalForm['category'], LegalForm[]>();
  for (const f of forms) byCategory.set(f.category, [...(byCategory.get(f.category) ?? []), f]);
  return [...byCategory.entries()];
}

export function LegalFormSection({ storedForm }: { storedForm: string | null }) {
  const {
    control,
    register,
    formState: { errors },
  } = useFormContext<DesignInput>();
  const chosen = useWatch({ control, name: 'legalForm' }) ?? '';
  const rationale = useWatch({ control, name: 'legalFormRationale' }) ?? '';
  const error = errors.legalForm?.message;
  const { locked, completing } = useSectionLock('design.organisasjonsform');
  const rationaleField = (
    <Textfield
      multiline
      rows={4}
      label="Begrunnelse for valget"
      description={`Hvorfor passer denne formen bedre enn alternativene? Minst ${MIN_RATIONALE_LENGTH} tegn.`}
      error={errors.legalFormRationale?.message}
      {...register('legalFormRationale')}
    />
  );

  // While the cooperation runs the form is decided: show what was chosen and why, not the
  // choice. A registered cooperation without a recorded rationale may fill it in (and one
  // without a recorded form, choose it: the full choice below).
  if (locked || (completing && storedForm)) {
    const form = legalForm(chosen || storedForm);
    return (
      <FormSection title="Organisasjonsform" section="design.organisasjonsform">
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]" data-testid="valgt-organisasjonsform">
          <dt className="font-semibold">Valgt form</dt>
          <dd>{form ? `${form.name} (${form.basis})` : 'Ikke valgt'}</dd>
          {completing ? null : (
            <>
              <dt className="font-semibold">Begrunnelse for valget</dt>
              <dd className="whitespace-pre-line">{rationale.trim() || 'Ikke beskrevet'}</dd>
            </>
          )}
        </dl>
        {completing ? rationaleField : null}
      </FormSection>
    );
  }

  return (
    <FormSection
      title="Organisasjonsform"
      section="design.organisasjonsform"
      description="Valget av form bestemmer hvem som kan treffe vedtak, hvilke organer samarbeidet må ha, og hva avtalen må inneholde."
    >
      <LegalFormAdvisor />
      <Fieldset aria-describedby={error ? ERROR_ID : undefined}>
        <Fieldset.Legend>Velg organisasjonsform</Fieldset.Legend>
        <div className="flex flex-col gap-5">
          {groups(storedForm).map(([category, forms]) => (
            <Fieldset key={category}>
              <Fieldset.Legend className="text-base">{CATEGORY_LABELS[category]}</Fieldset.Legend>
              <div className="flex flex-col gap-1">
                {forms.map((f) => (
                  <Radio
                    key={f.code}
                    label={f.name}
                    description={
                      <>
                        <span className="block font-medium">Grunnlag: {f.basis}</span>
                        {f.summary}
                      </>
                    }
                    value={f.code}
                    aria-invalid={error ? true : undefined}
                    {...register('legalForm')}
                  />
                ))}
              </div>
            </Fieldset>
          ))}
        </div>
        {error ? <ValidationMessage id={ERROR_ID}>{error}</ValidationMessage> : null}
      </Fieldset>
      <FormComparisonDisclosure chosen={chosen} />
      {rationaleField}
    </FormSection>
  );
}
