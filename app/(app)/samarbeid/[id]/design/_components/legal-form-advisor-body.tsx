'use client';
// The body of «Hjelp meg å velge» (loaded when it is first opened): a few questions from the
// ministry guide's comparison of the forms. The answers narrow and rank the forms
// (lib/pure/domain/legal-form-advice.ts), each with its reasons and sources, and go into the
// rationale field as a draft, which is saved with the rest of the design form (same
// action, version check and validation). Its words come from the page (choice.advice, choice.aid);
// the citations stay as the sources are titled, in bokmål.
import { useMemo, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { Button, Details, Fieldset, Heading, Paragraph, Radio, Tag } from '@digdir/designsystemet-react';
import { adviseLegalForm, answersFromRationale, QUESTIONS, rationaleDraft, withDraft, type Answers, type Reason } from '@/lib/pure/domain/legal-form-advice';
import type { LegalFormCode } from '@/lib/pure/domain/legal-forms';
import { SRC } from '@/lib/pure/domain/legal-forms-data/common';
import { fill } from '@/lib/pure/domain/inline-words';
import type { DesignInput } from '@/lib/pure/validation/phases/design';
import type { LegalFormChoice } from './words';

function Reasons({ reasons, choice }: { reasons: Reason[]; choice: LegalFormChoice }) {
  return (
    <ul className="mt-2 flex list-disc flex-col gap-2 pl-5 text-sm">
      {reasons.map((r) => (
        <li key={`${r.text}${r.weight}`}>
          {r.weight < 0 ? <strong>{choice.aid.against} </strong> : null}
          {r.text}{' '}
          <span className="bb-muted block text-xs">
            {choice.aid.source} <span lang={choice.citationLang}>{r.source}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}

export function LegalFormAdvisorBody({ choice }: { choice: LegalFormChoice }) {
  const { getValues, setValue } = useFormContext<DesignInput>();
  const { advice: words, aid } = choice;
  // Answers given earlier live in the saved rationale draft; show them again.
  const [answers, setAnswers] = useState<Answers>(() => answersFromRationale(getValues('legalFormRationale'), words));
  const [note, setNote] = useState('');
  const advice = useMemo(() => adviseLegalForm(answers, words), [answers, words]);
  const best = advice.recommended.slice(0, 3);

  const apply = (code: LegalFormCode | null) => {
    if (code) setValue('legalForm', code, { shouldDirty: true });
    setValue('legalFormRationale', withDraft(getValues('legalFormRationale'), rationaleDraft(answers, code, words), words), { shouldDirty: true });
    setNote(code ? fill(aid.appliedChosen, { name: words.forms[code] ?? code }) : aid.appliedAnswers);
  };

  // The guide's title stays as it is titled (bokmål), marked as such on other pages.
  const [introBefore, introAfter = ''] = aid.intro.split('{source}');
  const summary = advice.answered === 0 ? aid.start : best.length === 0 ? aid.none : fill(aid.pointsTo, { name: best[0]!.name });

  return (
    <div className="flex min-w-0 flex-col gap-5">
      <Paragraph data-size="sm">
        {introBefore}
        <span lang={choice.citationLang}>{SRC.veileder}</span>
        {introAfter}
      </Paragraph>
      {QUESTIONS.map((q) => (
        <Fieldset key={q.id} data-size="sm">
          <Fieldset.Legend>{words.questions[q.id].text}</Fieldset.Legend>
          <Fieldset.Description>{words.questions[q.id].help}</Fieldset.Description>
          <div className="flex flex-wrap gap-x-6 gap-y-1">
            {q.options.map((o) => (
              <Radio
                key={o.value}
                name={`hjelp-${q.id}`}
                label={words.questions[q.id].options[o.value]?.label ?? o.label}
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
          {aid.resultHeading}
        </Heading>
        <p role="status" className="text-sm">
          {summary}
        </p>
        {best.length > 0 ? (
          <ol className="flex flex-col gap-3" aria-label={aid.listLabel}>
            {best.map((r, i) => (
              <li key={r.code} className="rounded-md border border-[var(--ds-color-neutral-border-subtle)] p-3 sm:p-4" data-testid={`anbefaling-${r.code}`}>
                <div className="flex flex-wrap items-center gap-2">
                  <strong className="min-w-0 wrap-anywhere hyphens-auto">
                    {fill(aid.rank, { n: i + 1, name: r.name })}
                  </strong>
                  {i === 0 ? (
                    <Tag data-color="success" data-size="sm">
                      {aid.best}
                    </Tag>
                  ) : null}
                </div>
                <Reasons reasons={r.reasons} choice={choice} />
                <Button type="button" variant="secondary" data-size="sm" className="mt-3" onClick={() => apply(r.code)}>
                  {fill(aid.choose, { short: choice.forms[r.code]?.shortName ?? r.code })}
                </Button>
              </li>
            ))}
          </ol>
        ) : null}
        {advice.answered > 0 ? (
          <div>
            <Button type="button" variant="tertiary" data-size="sm" onClick={() => apply(null)}>
              {aid.onlyAnswers}
            </Button>
          </div>
        ) : null}
        <p role="status" className="text-sm font-medium">
          {note}
        </p>
        {advice.excluded.length > 0 ? (
          <Details>
            <Details.Summary>{fill(aid.notFitting, { count: advice.excluded.length })}</Details.Summary>
            <Details.Content>
              <ul className="flex flex-col gap-3 wrap-anywhere">
                {advice.excluded.map((x) => (
                  <li key={x.code}>
                    <strong>{x.name}</strong>
                    <Reasons reasons={x.reasons} choice={choice} />
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
