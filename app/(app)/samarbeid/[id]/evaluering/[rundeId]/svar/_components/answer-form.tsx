'use client';
// The respondent's answers. A draft can be saved at any time; sending in checks that every
// statement and goal has an answer (the same schema the server uses), asks for confirmation,
// and sends the raw form values. After sending the page shows the answers read-only.
// The questionnaire comes from the page, in the round's language (the version and language
// the round was opened with); the words around it are the reader's.
import { useEffect, useMemo, useRef, useState, useTransition, type ComponentRef, type FormEvent } from 'react';
import { FormProvider, useWatch, type FieldError, type FieldErrors, type Path, type Resolver } from 'react-hook-form';
import { toNestErrors } from '@hookform/resolvers';
import { Button, ErrorSummary, Paragraph } from '@digdir/designsystemet-react';
import { ConfirmDialog } from '@/app/_components/confirm-dialog';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { SubmitButton } from '@/app/_components/submit-button';
import { applyFieldErrors, useForm } from '@/lib/client/forms';
import { useUnsavedChanges } from '@/lib/client/hooks/use-unsaved-changes';
import { STATEMENT_GROUPS, type Questionnaire } from '@/lib/pure/domain/questionnaire/types';
import { fillTemplate } from '@/lib/pure/i18n/template';
import type { AnswerFormValues } from '@/lib/pure/validation/evaluation';
import { saveDraftAction, submitAnswersAction } from '../../../actions';
import { GoalsSection, OpenQuestions, StatementGroupSection, type GoalView } from './answer-sections';
import { firstOptionId } from './scale-question';
import type { AnswerWords } from './words';
import { validationMessage } from '@/lib/client/validation-words';

interface Props {
  /** The round's questionnaire: its version in the language the round was opened in. */
  q: Questionnaire;
  goals: GoalView[];
  defaults: AnswerFormValues;
  readOnly: boolean;
  words: AnswerWords;
}

/** The summary links the first few; a list of 25 helps no one. */
const SUMMARY_MAX = 6;

export function AnswerForm({ q, goals, defaults, readOnly, words }: Props) {
  const goalIds = useMemo(() => goals.map((g) => g.id), [goals]);
  const resolver = useMemo(() => submissionResolver(q, goalIds), [q, goalIds]);
  useEffect(() => void loadSchemas().catch(() => undefined), []);
  const methods = useForm<AnswerFormValues>({ resolver, defaultValues: defaults, disabled: readOnly });
  const { control, formState, getValues, handleSubmit, reset, setError } = methods;
  const feedback = useFeedback();
  const [pending, startTransition] = useTransition();
  const dialog = useRef<HTMLDialogElement>(null);
  const summary = useRef<ComponentRef<typeof ErrorSummary>>(null);
  const [showSummary, setShowSummary] = useState(false);
  useUnsavedChanges(formState.isDirty && !pending && !readOnly);

  const values = useWatch({ control });
  const questions = [...Object.values(values.statements ?? {}), ...Object.values(values.goals ?? {})];
  const answered = questions.filter((a) => a?.value).length;

  const missing = useMemo(() => errorLinks(formState.errors, q, goals, words.commentError), [formState.errors, q, goals, words.commentError]);
  useEffect(() => {
    if (showSummary && missing.length > 0) summary.current?.focus();
  }, [showSummary, missing.length]);

  // Which of the two is running, so only its button spins (both wait).
  const [sending, setSending] = useState(false);
  const saveDraft = () => {
    setSending(false);
    startTransition(async () => {
      feedback.clear();
      const { answersSchema } = await loadSchemas();
      const draft = answersSchema(q, goalIds, 'utkast').safeParse(getValues());
      if (!draft.success) {
        for (const issue of draft.error.issues) setError(issue.path.join('.') as Path<AnswerFormValues>, { type: 'zod', message: validationMessage(issue.message) });
        feedback.error(words.draftFixFirst);
        return;
      }
      const result = await saveDraftAction(getValues());
      if (!result.ok) {
        applyFieldErrors(result, setError);
        feedback.error(result.message);
        return;
      }
      reset(getValues());
      feedback.success(words.draftSaved);
    });
  };

  const send = () => {
    setSending(true);
    startTransition(async () => {
      feedback.clear();
      const result = await submitAnswersAction(getValues());
      dialog.current?.close();
      if (!result.ok) {
        applyFieldErrors(result, setError);
        feedback.error(result.message);
        return;
      }
      reset(getValues());
      // The form turns read-only, without its bar: the page says it.
      feedback.successOnPage(words.sent);
    });
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) =>
    handleSubmit(
      () => {
        feedback.clear();
        setShowSummary(false);
        dialog.current?.showModal();
      },
      () => {
        feedback.clear();
        setShowSummary(true);
      },
    )(event);

  return (
    <FormProvider {...methods}>
      <form onSubmit={onSubmit} noValidate aria-label={words.formLabel} className="space-y-6">
        {showSummary && missing.length > 0 ? (
          <ErrorSummary ref={summary} data-testid="mangler-svar">
            <ErrorSummary.Heading>{words.summaryHeading}</ErrorSummary.Heading>
            <Paragraph data-size="sm">{missing.length === 1 ? words.summaryOne : fillTemplate(words.summaryMany, { count: missing.length })}</Paragraph>
            <ErrorSummary.List>
              {missing.slice(0, SUMMARY_MAX).map((m) => (
                <ErrorSummary.Item key={m.href}>
                  <ErrorSummary.Link href={m.href}>{m.text}</ErrorSummary.Link>
                </ErrorSummary.Item>
              ))}
            </ErrorSummary.List>
            {missing.length > SUMMARY_MAX ? <Paragraph data-size="sm">{fillTemplate(words.summaryMore, { count: missing.length - SUMMARY_MAX })}</Paragraph> : null}
          </ErrorSummary>
        ) : null}
        {/* Disabled fields stay readable in the read-only view: reading is its point. */}
        <div className={`space-y-6 ${readOnly ? '[--ds-opacity-disabled:1]' : ''}`}>
          {STATEMENT_GROUPS.map((group) => (
            <StatementGroupSection key={group} group={group} statements={q.statements.filter((s) => s.group === group)} q={q} words={words} />
          ))}
          <GoalsSection goals={goals} q={q} words={words} />
          <OpenQuestions words={words} />
        </div>
        {readOnly ? null : (
          <div className="sticky bottom-0 z-10 -mx-2 flex flex-wrap items-center gap-4 border-t border-[var(--ds-color-neutral-border-subtle)] bg-[var(--ds-color-neutral-background-default)] px-2 py-3">
            <SubmitButton pending={pending && sending} disabled={pending}>
              {words.submit}
            </SubmitButton>
            <Button type="button" variant="secondary" onClick={saveDraft} loading={pending && !sending} disabled={pending}>
              {words.saveDraft}
            </Button>
            <span className="bb-muted text-sm" data-testid="fremdrift">
              {fillTemplate(words.progress, { answered, total: questions.length })}
            </span>
            <FeedbackMessage entry={feedback.entry} className="flex-1" testId="svar-melding" />
          </div>
        )}
      </form>
      <ConfirmDialog
        dialogRef={dialog}
        titleId="send-inn-tittel"
        title={words.confirmTitle}
        confirm={{ label: words.confirmButton, onClick: send, loading: pending && sending, disabled: pending }}
        pending={pending}
      >
        {words.confirmBody}
      </ConfirmDialog>
    </FormProvider>
  );
}

// The answer schemas (and zod with them) are loaded once the form is on the screen, not with the
// page (lib/client/validation.ts says why).
const loadSchemas = () => import('@/lib/pure/validation/evaluation');

/** Validates with the submission schema but keeps the raw values: the server gets what the user typed. */
function submissionResolver(q: Questionnaire, goalIds: readonly string[]): Resolver<AnswerFormValues> {
  let schema: ReturnType<Awaited<ReturnType<typeof loadSchemas>>['answersSchema']> | undefined;
  return async (values, context, options) => {
    schema ??= (await loadSchemas()).answersSchema(q, goalIds, 'innsending');
    const parsed = schema.safeParse(values);
    if (parsed.success) return { values, errors: {} };
    const flat: Record<string, FieldError> = {};
    for (const issue of parsed.error.issues) flat[issue.path.join('.')] ??= { type: issue.code, message: validationMessage(issue.message) };
    return { values: {}, errors: toNestErrors(flat, options) };
  };
}

function errorLinks(errors: FieldErrors<AnswerFormValues>, q: Questionnaire, goals: readonly GoalView[], commentError: string) {
  const links: { href: string; text: string }[] = [];
  for (const s of q.statements) {
    const e = errors.statements?.[s.id];
    if (e?.value) links.push({ href: `#${firstOptionId(`statements.${s.id}.value`)}`, text: `${s.label}: ${e.value.message}` });
    if (e?.comment) links.push({ href: `#${firstOptionId(`statements.${s.id}.value`)}`, text: fillTemplate(commentError, { label: s.label, message: e.comment.message ?? '' }) });
  }
  for (const g of goals) {
    const e = errors.goals?.[g.id];
    if (e?.value || e?.result || e?.comment) links.push({ href: `#${firstOptionId(`goals.${g.id}.value`)}`, text: `${g.statement}: ${(e.value ?? e.result ?? e.comment)?.message}` });
  }
  return links;
}
