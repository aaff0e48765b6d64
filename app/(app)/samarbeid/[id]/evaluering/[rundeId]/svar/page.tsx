// Answering an evaluation round: only the invited person's own answers are ever loaded here.
// Read-only once submitted, or when the round has closed.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { ActionError, actionContext } from '@/lib/server/action';
import { requestNow } from '@/lib/server/clock';
import { readOwnAnswers } from '@/lib/server/actions/evaluation';
import { INVITATION_PERSPECTIVE_LABELS, questionnaire } from '@/lib/pure/domain/questionnaire';
import { formatDateTime } from '@/lib/pure/format';
import { cooperationPage } from '@/lib/server/cooperation-page';
import { forbid } from '@/lib/server/forbidden';
import { answerFormValues } from '@/lib/pure/validation/evaluation';
import { AnswerForm } from '../../_components/answer-form';

export const metadata: Metadata = { title: 'Svar på evalueringen' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function SvarPage({ params }: { params: Promise<{ id: string; rundeId: string }> }) {
  const { id, rundeId } = await params;
  const { user, dossier, allowed } = await cooperationPage(id, `/samarbeid/${id}/evaluering/${rundeId}/svar`);
  if (!allowed) return null; // the layout shows NoAccess
  if (!UUID.test(rundeId)) notFound();
  const back = <Link href={`/samarbeid/${id}/evaluering`}>Tilbake til evalueringen</Link>;
  let own: Awaited<ReturnType<typeof readOwnAnswers>>;
  try {
    own = await readOwnAnswers({ roundId: rundeId }, actionContext(await getDb(), user, await requestNow()));
  } catch (err) {
    if (!(err instanceof ActionError)) throw err;
    if (err.code === 'not_found') notFound();
    if (err.code === 'forbidden') forbid(err.message); // 403, with the reason on the page
    return (
      <Alert data-color="warning">
        <Paragraph data-size="sm">
          {err.message} {back}
        </Paragraph>
      </Alert>
    );
  }
  if (own.round.cooperationId !== id) notFound();
  const q = questionnaire(own.round.questionnaireVersion);
  const goals = dossier.goals;
  const closed = own.round.status !== 'aapen';

  return (
    <div className="max-w-4xl space-y-6">
      <div>
        <p className="bb-muted text-sm">{back}</p>
        <Heading level={2} data-size="md" className="mt-2">
          Evalueringsrunde {own.round.number}: dine svar
        </Heading>
        <Paragraph className="mt-2">
          Du svarer som {INVITATION_PERSPECTIVE_LABELS[own.perspective].toLowerCase()}. Ta stilling til hver påstand på en skala fra 1 (helt uenig) til 5
          (helt enig), eller velg «Vet ikke». Svarene dine er bare synlige for deg til runden er lukket; da vises de samlet per rolle, uten navn.
        </Paragraph>
      </div>
      {own.submittedAt ? (
        <Alert data-color="success" data-testid="innsendt">
          <Paragraph data-size="sm">Du sendte inn svarene {formatDateTime(own.submittedAt)}. Innsendte svar kan ikke endres.</Paragraph>
        </Alert>
      ) : closed ? (
        <Alert data-color="warning">
          <Paragraph data-size="sm">Runden er lukket, og svarene dine ble ikke sendt inn. De er ikke med i resultatene.</Paragraph>
        </Alert>
      ) : null}
      <AnswerForm
        key={own.submittedAt ?? 'utkast'}
        version={q.version}
        goals={goals.map((g) => ({ id: g.id, statement: g.statement, indicator: g.indicator, baseline: g.baseline, target: g.target, deadline: g.deadline }))}
        defaults={answerFormValues(rundeId, q, goals.map((g) => g.id), own.answers)}
        readOnly={own.submittedAt !== null || closed}
      />
    </div>
  );
}
