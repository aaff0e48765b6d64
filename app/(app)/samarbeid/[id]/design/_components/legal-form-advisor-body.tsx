'use client';
// The body of «Hjelp meg å velge» (loaded when it is first opened): a few questions from the
// ministry guide's comparison of the forms. The answers narrow and rank the forms
// (lib/pure/domain/legal-form-advice.ts), each with its reasons and sources, and go into the
// rationale field as a draft, which is saved with the rest of the design form (same
// action, version check and validation).
import { useMemo, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { Button, Details, Fieldset, Heading, Paragraph, Radio, Tag } from '@digdir/designsystemet-react';
import { adviseLegalForm, answersFromRationale, QUESTIONS, rationaleDraft, withDraft, type Answers, type Reason } from '@/lib/pure/domain/legal-form-advice';
import { legalForm, type LegalFormCode } from '@/lib/pure/domain/legal-forms';
import { SRC } from '@/lib/pure/domain/legal-forms-data/common';
import type { DesignInput } from '@/lib/pure/validation/phases/design';

function Reasons({ reasons }: { reasons: Reason[] }) {
  return (
    <ul className="mt-2 flex list-disc flex-col gap-2 pl-5 text-sm">
      {reasons.map((r) => (
        <li key={`${r.text}${r.weight}`}>
          {r.weight < 0 ? <strong>Mot: </strong> : null}
          {r.text} <span className="bb-muted block text-xs">Kilde: {r.source}</span>
        </li>
      ))}
    </ul>
  );
}

export function LegalFormAdvisorBody() {
  const { getValues, setValue } = useFormContext<DesignInput>();
  // Answers given earlier live in the saved rationale draft; show them again.
  const [answers, setAnswers] = useState<Answers>(() => answersFromRationale(getValues('legalFormRationale')));
  const [note, setNote] = useState('');
  const advice = useMemo(() => adviseLegalForm(answers), [answers]);
  const best = advice.recommended.slice(0, 3);

  const apply = (code: LegalFormCode | null) => {
    if (code) setValue('legalForm', code, { shouldDirty: true });
    setValue('legalFormRationale', withDraft(getValues('legalFormRationale'), rationaleDraft(answers, code)), { shouldDirty: true });
    const chosen = code ? `${legalForm(code)!.name} er valgt, og svarene dine` : 'Svarene dine';
    setNote(`${chosen} står nå i «Begrunnelse for valget» nedenfor. Rediger teksten om du vil, og lagre designet for å beholde den.`);
  };

  const summary =
    advice.answered === 0
      ? 'Svar på ett eller flere spørsmål, så ser du hvilke former som passer.'
      : best.length === 0
        ? 'Ingen form passer alle svarene. Se hvorfor under «Passer ikke», og vurder svarene på nytt.'
        : `Svarene peker mot ${best[0]!.name}.`;

  return (
    <div className="flex min-w-0 flex-col gap-5">
      <Paragraph data-size="sm">
        Spørsmålene bygger på sammenligningen av samarbeidsformene i {SRC.veileder}, kapittel 3, 5 og 6. Svarene snevrer inn og rangerer formene. De er
        et hjelpemiddel, ikke en juridisk vurdering.
      </Paragraph>
      {QUESTIONS.map((q) => (
        <Fieldset key={q.id} data-size="sm">
          <Fieldset.Legend>{q.text}</Fieldset.Legend>
          <Fieldset.Description>{q.help}</Fieldset.Description>
          <div className="flex flex-wrap gap-x-6 gap-y-1">
            {q.options.map((o) => (
              <Radio
                key={o.value}
                name={`hjelp-${q.id}`}
                label={o.label}
                value={o.value}
                checked={answers[q.id] === o.value}
                onChange={() => setAnswers((a) => ({ ...a, [q.id]: o.value }))}
              />
            ))}
          </div>
        </Fieldset>
      ))}
      <section aria-labelledby="hjelp-anbefaling-tittel" className="flex flex-col gap-3">
        <Heading level={3} id="hjelp-anbefaling-tittel" data-size="xs">
          Det svarene peker mot
        </Heading>
        <p role="status" className="text-sm">
          {summary}
        </p>
        {best.length > 0 ? (
          <ol className="flex flex-col gap-3" aria-label="Anbefalte organisasjonsformer">
            {best.map((r, i) => (
              <li key={r.code} className="rounded-md border border-[var(--ds-color-neutral-border-subtle)] p-3 sm:p-4" data-testid={`anbefaling-${r.code}`}>
                <div className="flex flex-wrap items-center gap-2">
                  <strong className="min-w-0 wrap-anywhere hyphens-auto">
                    {i + 1}. {r.name}
                  </strong>
                  {i === 0 ? (
                    <Tag data-color="success" data-size="sm">
                      Passer best
                    </Tag>
                  ) : null}
                </div>
                <Reasons reasons={r.reasons} />
                <Button type="button" variant="secondary" data-size="sm" className="mt-3" onClick={() => apply(r.code)}>
                  Velg {legalForm(r.code)!.shortName} og bruk svarene i begrunnelsen
                </Button>
              </li>
            ))}
          </ol>
        ) : null}
        {advice.answered > 0 ? (
          <div>
            <Button type="button" variant="tertiary" data-size="sm" onClick={() => apply(null)}>
              Bruk bare svarene i begrunnelsen
            </Button>
          </div>
        ) : null}
        <p role="status" className="text-sm font-medium">
          {note}
        </p>
        {advice.excluded.length > 0 ? (
          <Details>
            <Details.Summary>Passer ikke ({advice.excluded.length})</Details.Summary>
            <Details.Content>
              <ul className="flex flex-col gap-3 wrap-anywhere">
                {advice.excluded.map((x) => (
                  <li key={x.code}>
                    <strong>{x.name}</strong>
                    <Reasons reasons={x.reasons} />
                  </li>
                ))}
              </ul>
            </Details.Content>
          </Details>
        ) : null}
      </section>
    </div>
  );
}
