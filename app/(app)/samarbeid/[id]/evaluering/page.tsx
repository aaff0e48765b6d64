// Evaluering: when the next evaluation is due, the open round (who is invited and whether
// they have answered, never what), opening a round on request, closing it, and the rounds
// closed before; after a closed round, the decision it ends with (anbefaling og vedtak).
// Answers are given on /evaluering/[rundeId]/svar, results read on /[rundeId].
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Alert, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { invitationStatus, roundsOf } from '@/db/queries/evaluations';
import { can, cooperationResource } from '@/lib/pure/auth/can';
import { requestNow } from '@/lib/server/clock';
import { evaluationDue } from '@/lib/pure/domain/evaluation-due';
import { formatDateNb, osloDateOf } from '@/lib/pure/domain/iso-date';
import { EVALUATION_HELP } from '@/lib/pure/domain/questionnaire/help';
import { formatDate } from '@/lib/pure/format';
import { cooperationPage, getLifecycle } from '@/lib/server/cooperation-page';
import { HelpPanel } from '@/app/_components/phase/help-panel';
import { InvitationTable } from './_components/invitation-table';
import { RoundCoverage } from './_components/round-coverage';
import { DecisionSection } from './_components/decision-section';
import { CloseRoundButton, OpenRoundForm } from './_components/round-buttons';
import { REASON_LABELS, RoundHistory } from './_components/round-history';

export const metadata: Metadata = { title: 'Evaluering' };

export default async function EvalueringPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, dossier, allowed } = await cooperationPage(id, `/samarbeid/${id}/evaluering`);
  if (!allowed) return null; // the layout shows NoAccess
  const lifecycle = await getLifecycle(id);
  if (!lifecycle) notFound();
  const db = await getDb();
  const rounds = await roundsOf(db, id);
  const open = rounds.find((r) => r.status === 'aapen') ?? null;
  const invitations = open
    ? (await invitationStatus(db, open.id)).map((i) => ({ ...i, memberName: i.memberName ? `${i.memberName} kommune` : i.organisationName }))
    : [];
  const mine = invitations.find((i) => i.userId === user.id);
  const now = await requestNow();
  const schedule = evaluationDue(dossier, now);
  const today = osloDateOf(now);
  const mayRun = can(user, 'lifecycle.evaluate', cooperationResource(dossier));
  // The round a decision concludes: the newest closed one without a decision.
  const undecided = rounds.find((r) => r.status === 'lukket' && r.decision === null) ?? null;

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(16rem,1fr)]">
      <div className="min-w-0 space-y-6">
        <div>
          <Heading level={2} data-size="md">
            Evaluering
          </Heading>
          <Paragraph className="bb-muted mt-2 max-w-3xl">
            Lederen, sponsorene, representantene og rådmannsteamene svarer hver for seg på hvordan samarbeidet fungerer. Svarene holdes skjult til runden
            er lukket; da vises de samlet, ved siden av det dataene sier.
          </Paragraph>
          <Paragraph data-size="sm" className="mt-2" data-testid="evaluering-plan">
            {schedule.dueDate
              ? `Etter planen skal samarbeidet evalueres hver ${schedule.intervalMonths}. måned, regnet fra ${schedule.basis === 'siste_evaluering' ? 'forrige evaluering' : 'oppstarten'}. ${schedule.dueDate < today ? 'Neste evaluering skulle vært startet' : 'Neste evaluering er ventet'} ${formatDateNb(schedule.dueDate)}.`
              : 'Samarbeidet er ikke i drift ennå, så ingen evaluering er planlagt.'}
          </Paragraph>
        </div>

        {schedule.due ? (
          <Alert data-color="warning">
            <Paragraph data-size="sm">Evalueringen er forfalt etter planen. Start en evalueringsrunde.</Paragraph>
          </Alert>
        ) : null}

        {open ? (
          <section aria-labelledby="aapen-runde-tittel" className="bb-panel" data-testid="aapen-runde">
            <div className="flex flex-wrap items-center gap-3">
              <Heading level={2} id="aapen-runde-tittel" data-size="xs">
                Evalueringsrunde {open.number}
              </Heading>
              <Tag data-color="info">Åpen</Tag>
              <Tag data-color="neutral">{REASON_LABELS[open.reason]}</Tag>
            </div>
            <Paragraph data-size="sm" className="mt-2">
              Åpnet {formatDate(open.openedAt)}. {open.answered} av {open.invited} har sendt inn svar. Svarene holdes skjult til runden er lukket.
            </Paragraph>
            {mine ? (
              <Alert data-color={mine.submitted ? 'success' : 'info'} className="mt-3">
                <Paragraph data-size="sm">
                  {mine.submitted ? 'Du har sendt inn svarene dine. ' : 'Du er invitert til å svare. '}
                  <Link href={`/samarbeid/${id}/evaluering/${open.id}/svar`}>{mine.submitted ? 'Se svarene dine' : 'Svar på evalueringen'}</Link>
                </Paragraph>
              </Alert>
            ) : null}
            <InvitationTable invitations={invitations} currentUserId={user.id} />
            <RoundCoverage dossier={dossier} roundId={open.id} invitations={invitations} mayRun={mayRun} />
            {mayRun ? <CloseRoundButton cooperationId={id} roundId={open.id} number={open.number} answered={open.answered} invited={open.invited} rowVersion={lifecycle.rowVersion} /> : null}
          </section>
        ) : dossier.state === 'drift' && mayRun ? (
          <OpenRoundForm cooperationId={id} rowVersion={lifecycle.rowVersion} due={schedule.due} />
        ) : dossier.state === 'drift' ? (
          <Alert data-color="info">
            <Paragraph data-size="sm">Ingen evalueringsrunde er åpen. En runde startes av operativ leder eller av rådmannsteamet i en deltakerkommune.</Paragraph>
          </Alert>
        ) : dossier.state === 'beslutning' ? (
          <DecisionSection cooperationId={id} round={undecided} rowVersion={lifecycle.rowVersion} mayConclude={can(user, 'lifecycle.conclude', cooperationResource(dossier))} />
        ) : (
          <Alert data-color="info">
            <Paragraph data-size="sm">Ingen evalueringsrunde er åpen. Evalueringer startes når samarbeidet er i drift.</Paragraph>
          </Alert>
        )}

        <RoundHistory cooperationId={id} rounds={rounds.filter((r) => r.status === 'lukket')} />
      </div>
      <aside aria-label="Veiledning">
        <HelpPanel title="Om evalueringen" entry={EVALUATION_HELP} />
      </aside>
    </div>
  );
}
