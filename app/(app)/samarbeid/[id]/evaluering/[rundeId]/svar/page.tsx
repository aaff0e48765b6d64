// Answering an evaluation round: only the invited person's own answers are ever loaded here.
// Read-only once submitted, or when the round has closed. The page speaks the reader's
// language; the questionnaire is the round's own (the version and language it was opened
// with), marked with its lang, so everyone in a round answers the very same statements.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { ActionError, actionContext } from '@/lib/server/action';
import { requestNow } from '@/lib/server/clock';
import { readOwnAnswers } from '@/lib/server/actions/evaluation';
import { PERSPECTIVE_TEXTS, questionnaire } from '@/lib/pure/domain/questionnaire';
import { formatDate, formatDateTime } from '@/lib/pure/format';
import { isLocale, type Locale } from '@/lib/pure/i18n/locales';
import { cooperationPage } from '@/lib/server/cooperation-page';
import { forbid } from '@/lib/server/forbidden';
import { answerFormValues } from '@/lib/pure/validation/evaluation';
import { bokmaal } from '@/app/_components/language/bokmaal';
import { roundPageRefusal } from '../../refusals';
import { AnswerForm } from './_components/answer-form';
import { ANSWER_WORD_KEYS, type AnswerWords } from './_components/words';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('svarside');
  return { title: t('metaTitle') };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const LANGUAGE_NAME_KEY = { nb: 'languageNb', nn: 'languageNn', en: 'languageEn' } as const;

export default async function SvarPage({ params }: { params: Promise<{ id: string; rundeId: string }> }) {
  const { id, rundeId } = await params;
  const { user, dossier, allowed } = await cooperationPage(id, `/samarbeid/${id}/evaluering/${rundeId}/svar`);
  if (!allowed) return null; // the layout shows NoAccess
  if (!UUID.test(rundeId)) notFound();
  const t = await getTranslations('svarside');
  const requested = await getLocale();
  const locale: Locale = isLocale(requested) ? requested : 'nb';
  const back = <Link href={`/samarbeid/${id}/evaluering`}>{t('back')}</Link>;
  let own: Awaited<ReturnType<typeof readOwnAnswers>>;
  try {
    own = await readOwnAnswers({ roundId: rundeId }, actionContext(await getDb(), user, await requestNow()));
  } catch (err) {
    if (!(err instanceof ActionError)) throw err;
    if (err.code === 'not_found') notFound();
    if (err.code === 'forbidden') forbid(err.message); // 403, with the reason on the page
    return (
      <Alert data-color="warning" lang={locale}>
        <Paragraph data-size="sm">
          {(await roundPageRefusal(err.message)) ?? bokmaal(err.message)} {back}
        </Paragraph>
      </Alert>
    );
  }
  if (own.round.cooperationId !== id) notFound();
  const q = questionnaire(own.round.questionnaireVersion, own.round.questionnaireLanguage);
  const goals = dossier.goals;
  const closed = own.round.status !== 'aapen';
  const words = Object.fromEntries(ANSWER_WORD_KEYS.map((k) => [k, t.raw(k) as string])) as AnswerWords;
  const inRound = (chunks: React.ReactNode) => <span lang={q.language}>{chunks}</span>;
  const notSet = t('notSet');

  return (
    <div className="max-w-4xl space-y-6" lang={locale}>
      <div>
        <p className="bb-muted text-sm">{back}</p>
        <Heading level={2} data-size="md" className="mt-2">
          {t('heading', { number: own.round.number })}
        </Heading>
        <Paragraph className="mt-2">
          {t.rich('intro', {
            perspective: PERSPECTIVE_TEXTS[locale].invitation[own.perspective].toLocaleLowerCase(locale),
            lowest: q.texts.scale[1].toLocaleLowerCase(q.language),
            highest: q.texts.scale[5].toLocaleLowerCase(q.language),
            dontKnow: q.texts.dontKnow,
            q: inRound,
          })}
        </Paragraph>
        {q.language !== locale ? (
          <Paragraph data-size="sm" className="bb-muted mt-2" data-testid="skjema-sprak">
            {t('otherLanguage', { language: t(LANGUAGE_NAME_KEY[q.language]) })}
          </Paragraph>
        ) : null}
      </div>
      {own.submittedAt ? (
        <Alert data-color="success" data-testid="innsendt">
          <Paragraph data-size="sm">{t('submitted', { when: formatDateTime(own.submittedAt, locale) })}</Paragraph>
        </Alert>
      ) : closed ? (
        <Alert data-color="warning">
          <Paragraph data-size="sm">{t('closedNotSent')}</Paragraph>
        </Alert>
      ) : null}
      <AnswerForm
        key={own.submittedAt ?? 'utkast'}
        q={q}
        goals={goals.map((g) => ({
          id: g.id,
          statement: g.statement,
          description: t('goalDescription', {
            indicator: g.indicator || notSet,
            baseline: g.baseline || notSet,
            target: g.target || notSet,
            deadline: g.deadline ? t('goalDeadline', { date: formatDate(g.deadline, locale) }) : '',
          }),
        }))}
        defaults={answerFormValues(rundeId, q, goals.map((g) => g.id), own.answers)}
        readOnly={own.submittedAt !== null || closed}
        words={words}
      />
    </div>
  );
}
