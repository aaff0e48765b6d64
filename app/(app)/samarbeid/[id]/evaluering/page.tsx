// Evaluering: when the next evaluation is due, the open round (who is invited and whether
// they have answered, never what), opening a round on request, closing it, and the rounds
// closed before; after a closed round, the decision it ends with (anbefaling og vedtak).
// Answers are given on /evaluering/[rundeId]/svar, results read on /[rundeId].
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { Alert, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { invitationStatus, roundsOf } from '@/db/queries/evaluations';
import { can, cooperationResource } from '@/lib/pure/auth/can';
import { requestNow } from '@/lib/server/clock';
import { evaluationDue } from '@/lib/pure/domain/evaluation-due';
import { osloDateOf } from '@/lib/pure/domain/iso-date';
import { evaluationHelp } from '@/lib/pure/domain/questionnaire/help';
import { formatDate } from '@/lib/pure/format';
import { cooperationPage, getLifecycle } from '@/lib/server/cooperation-page';
import { HelpPanel } from '@/app/_components/phase/help-panel';
import { InvitationTable } from './_components/invitation-table';
import { RoundCoverage } from './_components/round-coverage';
import { DecisionSection } from './_components/decision-section';
import { CloseRoundButton, OpenRoundForm } from './_components/round-buttons';
import { RoundHistory } from './_components/round-history';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('evaluering');
  return { title: t('title') };
}

export default async function EvalueringPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, dossier, allowed } = await cooperationPage(id, `/samarbeid/${id}/evaluering`);
  if (!allowed) return null; // the layout shows NoAccess
  const lifecycle = await getLifecycle(id);
  if (!lifecycle) notFound();
  const [locale, t, tGuidance] = await Promise.all([getLocale(), getTranslations('evaluering'), getTranslations('veiledning')]);
  const db = await getDb();
  const rounds = await roundsOf(db, id);
  const open = rounds.find((r) => r.status === 'aapen') ?? null;
  const invitations = open
    ? (await invitationStatus(db, open.id)).map((i) => ({ ...i, memberName: i.memberName ? t('memberMunicipality', { name: i.memberName }) : i.organisationName }))
    : [];
  const mine = invitations.find((i) => i.userId === user.id);
  const now = await requestNow();
  const schedule = evaluationDue(dossier, now);
  const today = osloDateOf(now);
  const mayRun = can(user, 'lifecycle.evaluate', cooperationResource(dossier));
  // The round a decision concludes: the newest closed one without a decision.
  const undecided = rounds.find((r) => r.status === 'lukket' && r.decision === null) ?? null;

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(16rem,1fr)]" lang={locale}>
      <div className="min-w-0 space-y-6">
        <div>
          <Heading level={2} data-size="md">
            {t('title')}
          </Heading>
          <Paragraph className="bb-muted mt-2 max-w-3xl">{t('intro')}</Paragraph>
          <Paragraph data-size="sm" className="mt-2" data-testid="evaluering-plan">
            {schedule.dueDate
              ? t('plan', {
                  interval: schedule.intervalMonths,
                  basis: schedule.basis ?? 'oppstart',
                  overdue: schedule.dueDate < today ? 'yes' : 'no',
                  date: formatDate(schedule.dueDate, locale),
                })
              : t('notPlanned')}
          </Paragraph>
        </div>

        {schedule.due ? (
          <Alert data-color="warning">
            <Paragraph data-size="sm">{t('overdue')}</Paragraph>
          </Alert>
        ) : null}

        {open ? (
          <section aria-labelledby="aapen-runde-tittel" className="bb-panel" data-testid="aapen-runde">
            <div className="flex flex-wrap items-center gap-3">
              <Heading level={2} id="aapen-runde-tittel" data-size="xs">
                {t('roundTitle', { number: open.number })}
              </Heading>
              <Tag data-color="info">{t('openTag')}</Tag>
              <Tag data-color="neutral">{t(`reason.${open.reason}`)}</Tag>
            </div>
            <Paragraph data-size="sm" className="mt-2">
              {t('openedStatus', { date: formatDate(open.openedAt, locale), answered: open.answered, invited: open.invited })}
            </Paragraph>
            {mine ? (
              <Alert data-color={mine.submitted ? 'success' : 'info'} className="mt-3">
                <Paragraph data-size="sm">
                  {mine.submitted ? t('youSubmitted') : t('youAreInvited')}{' '}
                  <Link href={`/samarbeid/${id}/evaluering/${open.id}/svar`}>{mine.submitted ? t('seeYourAnswers') : t('answerNow')}</Link>
                </Paragraph>
              </Alert>
            ) : null}
            <InvitationTable invitations={invitations} currentUserId={user.id} />
            <RoundCoverage dossier={dossier} roundId={open.id} invitations={invitations} mayRun={mayRun} />
            {mayRun ? <CloseRoundButton
                cooperationId={id}
                roundId={open.id}
                rowVersion={lifecycle.rowVersion}
                words={{
                  closed: t('buttons.closed', { number: open.number }),
                  close: t('buttons.close'),
                  title: t('buttons.closeTitle', { number: open.number }),
                  confirm: t('buttons.closeConfirm'),
                  text: t('buttons.closeText', { answered: open.answered, invited: open.invited }),
                }}
              /> : null}
          </section>
        ) : dossier.state === 'drift' && mayRun ? (
          <OpenRoundForm
            cooperationId={id}
            rowVersion={lifecycle.rowVersion}
            words={{
              opened: t.raw('buttons.opened') as string,
              title: schedule.due ? t('buttons.startPlanned') : t('buttons.startOnRequest'),
              text: t('buttons.startText'),
              why: t('buttons.why'),
              start: t('buttons.start'),
            }}
          />
        ) : dossier.state === 'drift' ? (
          <Alert data-color="info">
            <Paragraph data-size="sm">{t('noRoundDrift')}</Paragraph>
          </Alert>
        ) : dossier.state === 'beslutning' ? (
          <DecisionSection cooperationId={id} round={undecided} rowVersion={lifecycle.rowVersion} mayConclude={can(user, 'lifecycle.conclude', cooperationResource(dossier))} />
        ) : (
          <Alert data-color="info">
            <Paragraph data-size="sm">{t('noRoundOther')}</Paragraph>
          </Alert>
        )}

        <RoundHistory cooperationId={id} rounds={rounds.filter((r) => r.status === 'lukket')} />
      </div>
      <aside aria-label={t('guidance')}>
        <HelpPanel title={t('helpTitle')} entry={evaluationHelp(tGuidance)} inPageLanguage />
      </aside>
    </div>
  );
}
