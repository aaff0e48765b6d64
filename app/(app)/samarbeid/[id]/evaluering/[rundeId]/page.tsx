// The results of a closed round, exactly as frozen at close and always anonymous
// (AnonymousResults): perceived and structural scores side by side (chart and table), per
// perspective and per member municipality with small groups merged, the trend across all
// rounds, the warnings the round raised and all warnings with their facts and advice, every
// statement and goal, the open answers. Read through the same handler as the server action,
// so the same people are refused.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { ActionError, actionContext } from '@/lib/server/action';
import { requestNow } from '@/lib/server/clock';
import { readResults } from '@/lib/server/actions/evaluation';
import { anonymityNote } from '@/lib/pure/domain/evaluation-anonymous';
import { CRITERIA } from '@/lib/pure/domain/perceived';
import { formatDate } from '@/lib/pure/format';
import { cooperationPage } from '@/lib/server/cooperation-page';
import { forbid } from '@/lib/server/forbidden';
import { CommentList } from '../_components/comment-list';
import { GoalResults } from '../_components/goal-results';
import { RoundWarnings } from '../_components/round-warnings';
import { ScoreChart } from '../_components/score-chart-lazy';
import { ComparisonTable, criterionWords, GroupTable, ScoreTable, TrendTable } from '../_components/score-tables';
import { bokmaal } from '@/app/_components/language/bokmaal';
import { roundPageRefusal } from '../refusals';
import { SeverityTag } from '@/app/_components/warning-parts';
import { wordWarningTitle } from '@/lib/pure/domain/warnings';
import { warningWords } from '@/lib/pure/domain/warnings-words';
import { StatementResults } from '../_components/statement-results';
import { StructuralDetails } from '../_components/structural-details';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('evaluering.runde');
  return { title: t('metaTitle') };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="bb-panel">
      <Heading level={2} id={id} data-size="xs">
        {title}
      </Heading>
      {children}
    </section>
  );
}

export default async function ResultaterPage({ params }: { params: Promise<{ id: string; rundeId: string }> }) {
  const { id, rundeId } = await params;
  const { user, allowed } = await cooperationPage(id, `/samarbeid/${id}/evaluering/${rundeId}`);
  if (!allowed) return null; // the layout shows NoAccess
  if (!UUID.test(rundeId)) notFound();
  const [locale, t, tt, words] = await Promise.all([getLocale(), getTranslations('evaluering.runde'), getTranslations('evaluering.tabell'), criterionWords()]);
  const back = <Link href={`/samarbeid/${id}/evaluering`}>{t('back')}</Link>;
  let read: Awaited<ReturnType<typeof readResults>>;
  try {
    read = await readResults({ roundId: rundeId }, actionContext(await getDb(), user, await requestNow()));
  } catch (err) {
    if (!(err instanceof ActionError)) throw err;
    if (err.code === 'not_found') notFound();
    if (err.code === 'forbidden') forbid(err.message); // 403, with the reason on the page
    return (
      <Alert data-color="info" data-testid="resultater-skjult" lang={locale}>
        <Paragraph data-size="sm">
          {(await roundPageRefusal(err.message)) ?? bokmaal(err.message)} {back}
        </Paragraph>
      </Alert>
    );
  }
  const { round, results } = read;
  if (round.cooperationId !== id) notFound();
  const chartRows = CRITERIA.map((c) => ({
    criterion: words.short(c),
    perceived: results.criteria[c].perceived.score,
    structural: results.criteria[c].structural.score,
    previous: results.previous?.perceived[c].previous ?? null,
  }));

  return (
    <div className="space-y-6" lang={locale}>
      <div>
        <div className="flex flex-wrap items-center gap-3">
          <p className="bb-muted mr-auto text-sm">{back}</p>
          <Link href={`/samarbeid/${id}/evaluering/${rundeId}/rapport`} className="ds-button" data-variant="secondary" data-size="sm">
            {t('printReport')}
          </Link>
          <a href={`/samarbeid/${id}/evaluering/${rundeId}/rapport.pdf`} download className="ds-button" data-variant="tertiary" data-size="sm">
            {t('pdf')}
          </a>
          <a href={`/samarbeid/${id}/evaluering/${rundeId}/resultater.csv`} download className="ds-button" data-variant="tertiary" data-size="sm">
            {t('csv')}
          </a>
        </div>
        <Heading level={2} data-size="md" className="mt-2">
          {t('heading', { number: results.roundNumber })}
        </Heading>
        <Paragraph className="mt-2 max-w-3xl" data-testid="svarprosent">
          {t('responses', { date: formatDate(results.closedAt, locale), answered: results.responses.answered, invited: results.responses.invited })}
        </Paragraph>
      </div>

      <Section id="poeng-tittel" title={t('scoresTitle')}>
        <div className="mt-3 grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <figure aria-labelledby="poeng-figur">
            <ScoreChart
              rows={chartRows}
              withPrevious={results.previous !== null}
              words={{ perceived: tt('colPerceived'), previous: tt('previousRound'), structural: tt('colStructural') }}
            />
            <figcaption id="poeng-figur" className="bb-muted mt-1 text-xs">
              {t('chartCaption')}
            </figcaption>
          </figure>
          <div className="overflow-x-auto">
            <ScoreTable results={results} />
          </div>
        </div>
      </Section>

      {results.raisedWarnings ? (
        <Section id="nye-varsler-tittel" title={t('raisedTitle')}>
          {results.raisedWarnings.length === 0 ? (
            <Paragraph data-size="sm" className="mt-1" data-testid="runde-varsler">
              {t('raisedNone')}
            </Paragraph>
          ) : (
            <ul className="mt-2 space-y-1 text-sm" data-testid="runde-varsler">
              {results.raisedWarnings.map((w) => (
                <li key={w.id} className="flex flex-wrap items-center gap-2">
                  <span className="font-semibold">{wordWarningTitle(w, warningWords(locale)) ?? bokmaal(w.title)}</span> <SeverityTag severity={w.severity} />
                  <span className="bb-muted">{w.change === 'ny' ? t('raisedNew') : t('raisedSharpened')}</span>
                </li>
              ))}
            </ul>
          )}
        </Section>
      ) : null}

      <Section id="perspektiv-tittel" title={t('perspectiveTitle')}>
        <Paragraph data-size="sm" className="mt-1">
          {t('perspectiveIntro')} {anonymityNote(t)}
          {results.perspectives.hiddenRespondents > 0 ? (
            <>
              {' '}
              {t('hiddenPerspective', { count: results.perspectives.hiddenRespondents })}
            </>
          ) : null}
          {results.exactGroups ? null : (
            <>
              {' '}
              {t('notExact')}
            </>
          )}
        </Paragraph>
        {results.perspectives.rows.length > 0 ? (
          <div className="mt-3 overflow-x-auto">
            <GroupTable groups={results.perspectives} heading={t('perspectiveCol')} caption={t('perspectiveCaption')} testId="perspektiver" />
          </div>
        ) : (
          <Paragraph data-size="sm" className="mt-2">
            {t('noPerspective')}
          </Paragraph>
        )}
      </Section>

      <Section id="deltaker-tittel" title={t('membersTitle')}>
        {results.members === null ? (
          <Paragraph data-size="sm" className="mt-1">
            {t('membersNotKept')}
          </Paragraph>
        ) : (
          <>
            <Paragraph data-size="sm" className="mt-1">
              {t('membersIntro')}
              {results.members.hiddenRespondents > 0 ? (
                <>
                  {' '}
                  {t('hiddenMembers', { count: results.members.hiddenRespondents })}
                </>
              ) : null}
            </Paragraph>
            {results.members.rows.length > 0 ? (
              <div className="mt-3 overflow-x-auto">
                <GroupTable groups={results.members} heading={t('memberCol')} caption={t('membersCaption')} testId="per-deltaker" />
              </div>
            ) : (
              <Paragraph data-size="sm" className="mt-2">
                {t('noMembers')}
              </Paragraph>
            )}
          </>
        )}
      </Section>

      <Section id="utvikling-tittel" title={t('trendTitle')}>
        <div className="overflow-x-auto">
          <TrendTable results={results} />
        </div>
      </Section>

      <Section id="sammenligning-tittel" title={t('comparisonTitle')}>
        <div className="overflow-x-auto">
          <ComparisonTable results={results} />
        </div>
      </Section>

      <Section id="varsler-tittel" title={t('warningsTitle')}>
        <Paragraph data-size="sm" className="mt-1">
          {t('warningsIntro')}
        </Paragraph>
        <RoundWarnings warnings={results.warnings} />
      </Section>

      <Section id="pastander-tittel" title={t('statementsTitle')}>
        <div className="mt-3">
          <StatementResults statements={results.statements} withPrevious={results.previous !== null} version={round.questionnaireVersion} roundLanguage={round.questionnaireLanguage} />
        </div>
      </Section>

      <Section id="maal-tittel" title={t('goalsTitle')}>
        <GoalResults goals={results.goals} />
      </Section>

      <Section id="egne-ord-tittel" title={t('ownWordsTitle')}>
        <div className="mt-3 grid gap-6 md:grid-cols-2">
          <div>
            <Heading level={3} data-size="2xs">
              {t('works')}
            </Heading>
            <CommentList comments={results.whatWorks} empty={t('noAnswers')} />
          </div>
          <div>
            <Heading level={3} data-size="2xs">
              {t('change')}
            </Heading>
            <CommentList comments={results.whatToChange} empty={t('noAnswers')} />
          </div>
        </div>
      </Section>

      <Section id="strukturell-tittel" title={t('structuralTitle')}>
        <StructuralDetails structural={results.structural} />
      </Section>
    </div>
  );
}
