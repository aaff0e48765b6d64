// While the cooperation waits for the decision after an evaluation: the round it concludes
// (with a link to its results), what each choice leads to, and the form for those who may
// decide (a member's rådmannsteam).
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { DECISIONS } from '@/lib/pure/domain/evaluation-decision';
import { DecisionForm, type DecisionFormWords } from './decision-form';

export interface ConcludedRound {
  id: string;
  number: number;
  invited: number;
  answered: number;
}

export async function DecisionSection({ cooperationId, round, rowVersion, mayConclude }: { cooperationId: string; round: ConcludedRound | null; rowVersion: number; mayConclude: boolean }) {
  const t = await getTranslations('evaluering.decision');
  return (
    <section aria-labelledby="beslutning" className="bb-panel scroll-mt-4" data-testid="beslutning">
      <Heading level={2} id="beslutning" data-size="sm">
        {t('heading')}
      </Heading>
      <Paragraph data-size="sm" className="mt-2">
        {round ? (
          <>
            {t('roundClosedWith', { number: round.number, answered: round.answered, invited: round.invited })}{' '}
            <Link href={`/samarbeid/${cooperationId}/evaluering/${round.id}`}>{t('seeResults', { number: round.number })}</Link> {t('beforeSummary')}
          </>
        ) : (
          t('roundClosed')
        )}{' '}
        {t('endsWith')}
      </Paragraph>
      {mayConclude ? (
        // The form explains each choice beside its radio button.
        <DecisionForm cooperationId={cooperationId} rowVersion={rowVersion} words={decisionFormWords(t)} />
      ) : (
        <>
          <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[minmax(10rem,auto)_1fr]">
            {DECISIONS.map((d) => (
              <div key={d} className="contents">
                <dt className="font-semibold">{t(`label.${d}`)}</dt>
                <dd>{t(`consequence.${d}`)}</dd>
              </div>
            ))}
          </dl>
          <Alert data-color="info" className="mt-4">
            <Paragraph data-size="sm">{t('registeredBy')}</Paragraph>
          </Alert>
        </>
      )}
    </section>
  );
}

const FORM_WORDS = [
  'fixFields',
  'formLabel',
  'summary',
  'summaryHelp',
  'publicLegend',
  'publicYes',
  'publicNo',
  'recommendation',
  'recommendationHelp',
  'recommendationNote',
  'recommendationNoteHelp',
  'decision',
  'decisionHelp',
  'decisionNote',
  'decisionNoteHelp',
  'windUpWarning',
  'windUpConfirm',
  'submit',
] as const;

function decisionFormWords(t: Awaited<ReturnType<typeof getTranslations<'evaluering.decision'>>>): DecisionFormWords {
  const plain = Object.fromEntries(FORM_WORDS.map((k) => [k, t(k)])) as Record<(typeof FORM_WORDS)[number], string>;
  return {
    ...plain,
    label: Object.fromEntries(DECISIONS.map((d) => [d, t(`label.${d}`)])) as DecisionFormWords['label'],
    consequence: Object.fromEntries(DECISIONS.map((d) => [d, t(`consequence.${d}`)])) as DecisionFormWords['consequence'],
    decided: Object.fromEntries(DECISIONS.map((d) => [d, t(`decided.${d}`)])) as DecisionFormWords['decided'],
  };
}
