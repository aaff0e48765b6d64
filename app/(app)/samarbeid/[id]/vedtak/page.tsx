// Vedtak: the member decisions of the open round (medlemsvedtak), and every decision ever
// registered, with its corrections. Leaving medlemsvedtak is a lifecycle step on the overview
// page; this page records decisions and corrects them (?rett=<decision>).
import { planningView } from '@/lib/pure/domain/membership';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { memberNamesIncludingFormer } from '@/db/queries/decisions';
import { findDecision, listCorrections } from '@/db/queries/decision-corrections';
import { can, cooperationResource } from '@/lib/pure/auth/can';
import { PHASE_HELP } from '@/lib/pure/domain/help';
import { isEnded } from '@/lib/pure/domain/dossier';
import { memberDecisionStatus } from '@/lib/pure/domain/readiness';
import { correctionScope } from '@/lib/pure/domain/decision-correction';
import { roundSummary } from '@/lib/pure/domain/decision-summary';
import { joinNb } from '@/lib/pure/domain/nb-text';
import { cooperationPage, getLifecycle } from '@/lib/server/cooperation-page';
import { restorableSnapshot } from '@/workflows/cooperation/snapshots';
import { HelpPanel } from '@/app/_components/phase/help-panel';
import { DecisionHistory } from './_components/decision-history';
import { DecisionStatusTable } from './_components/decision-status-table';
import { CorrectDecisionForm } from './_components/correct-decision-form';
import { RecordDecisionForm } from './_components/record-decision-form';

export const metadata: Metadata = { title: 'Vedtak' };

const PURPOSE_TEXT = { etablering: 'om å etablere samarbeidet', redesign: 'om endringene i samarbeidet' } as const;

export default async function VedtakPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const { user, dossier, allowed } = await cooperationPage(id, `/samarbeid/${id}/vedtak`);
  if (!allowed) return null; // the layout shows NoAccess
  const lifecycle = await getLifecycle(id);
  if (!lifecycle) notFound();
  const { context } = restorableSnapshot(lifecycle);
  const open = dossier.state === 'medlemsvedtak';
  const status = open ? memberDecisionStatus(dossier, context.decisionRound) : null;
  const openRound = open ? context.decisionRound : null;
  const db = await getDb();
  const query = await searchParams;
  const canDecide = can(user, 'lifecycle.decide', cooperationResource(dossier));
  const correcting = canDecide && typeof query.rett === 'string' && /^[0-9a-f-]{36}$/i.test(query.rett) ? await findDecision(db, id, query.rett) : null;
  const [names, corrections] = await Promise.all([memberNamesIncludingFormer(db, id), listCorrections(db, id)]);
  const scopeOf = (round: number) => correctionScope(dossier.state, openRound, round);
  const correctScope = correcting ? scopeOf(correcting.round) : null;
  const requested = query.deltaker;
  const defaultMemberId = typeof requested === 'string' && planningView(dossier).members.some((m) => m.id === requested) ? requested : '';
  const rejected = status?.members.filter((m) => m.outcome === 'avslag').map((m) => m.memberName) ?? [];
  const correctHref = (decisionId: string) => `/samarbeid/${id}/vedtak?rett=${decisionId}#rett`;

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(16rem,1fr)]">
      <div className="min-w-0 space-y-6">
        <div>
          <Heading level={2} data-size="md">
            Vedtak i deltakerne
          </Heading>
          <Paragraph className="bb-muted mt-2 max-w-3xl">
            Hver deltaker fatter sitt eget vedtak. Registrer organ, dato, saksnummer og utfall etter hvert som sakene er behandlet.
          </Paragraph>
        </div>
        {status ? (
          <section aria-labelledby="runde-tittel" className="bb-panel">
            <Heading level={2} id="runde-tittel" data-size="sm">
              Vedtaksrunde {status.round}
            </Heading>
            <Paragraph data-size="sm" className="mt-2 font-semibold" data-testid="runde-oppsummering">
              {roundSummary(status)}
            </Paragraph>
            <Paragraph data-size="sm" className="mt-2">
              Deltakerne skal ta stilling {context.decisionPurpose ? PURPOSE_TEXT[context.decisionPurpose] : 'til saken'}. Det siste vedtaket fra hver
              deltaker gjelder, så et utsatt vedtak kan følges av et nytt.
            </Paragraph>
            {status.allConsented ? (
              <Alert data-color="success" className="mt-4">
                <Heading level={3} data-size="2xs">
                  Alle deltakerne har sluttet seg til
                </Heading>
                <Paragraph data-size="sm" className="mt-1">
                  Fullfør steget på <Link href={`/samarbeid/${id}`}>oversiktssiden for samarbeidet</Link>.
                </Paragraph>
              </Alert>
            ) : rejected.length > 0 ? (
              <Alert data-color="warning" className="mt-4">
                <Paragraph data-size="sm">
                  {joinNb(rejected)} har sagt nei. Velg veien videre på <Link href={`/samarbeid/${id}`}>oversiktssiden</Link>: tilbake til design for å
                  endre deltakelsen, eller avbryt.
                </Paragraph>
              </Alert>
            ) : (
              <Paragraph data-size="sm" className="mt-2">
                Venter på vedtak fra {joinNb(status.pending)}.
              </Paragraph>
            )}
            <DecisionStatusTable
              status={status}
              links={canDecide ? { record: (memberId) => `/samarbeid/${id}/vedtak?deltaker=${memberId}#registrer`, correct: correctHref } : null}
            />
          </section>
        ) : (
          <Alert data-color="info">
            <Heading level={3} data-size="2xs">
              Ingen vedtaksrunde er åpen
            </Heading>
            <Paragraph data-size="sm" className="mt-1">
              {dossier.state === 'utkast' || dossier.state === 'etablering' || dossier.state === 'redesign'
                ? 'Når alle fasene er klare, sendes saken til vedtak i deltakerne fra oversiktssiden. Da kan vedtakene registreres her.'
                : 'Vedtak registreres når samarbeidet er sendt til vedtak i deltakerne, for eksempel etter en redesign.'}
            </Paragraph>
          </Alert>
        )}
        {correcting && correctScope?.allowed ? (
          <CorrectDecisionForm
            key={`${correcting.id}-${correcting.version}`}
            defaults={{
              cooperationId: id,
              decisionId: correcting.id,
              version: correcting.version,
              body: correcting.body,
              date: correcting.date,
              saksnummer: correcting.saksnummer ?? '',
              outcome: correcting.outcome,
              url: correcting.url ?? '',
            }}
            memberName={names[correcting.memberId] ?? 'en tidligere deltaker'}
            round={correcting.round}
            outcomeOpen={correctScope.outcome}
          />
        ) : null}
        {status && canDecide ? (
          <RecordDecisionForm
            key={defaultMemberId}
            cooperationId={id}
            members={planningView(dossier).members.map((m) => ({ id: m.id, name: m.name }))}
            defaultMemberId={defaultMemberId}
          />
        ) : status ? (
          <Alert data-color="info">
            <Paragraph data-size="sm">Vedtak registreres av rådmannsteamet i en deltakerkommune eller av en medlemsrepresentant.</Paragraph>
          </Alert>
        ) : null}
        <DecisionHistory
          decisions={dossier.memberDecisions}
          names={names}
          corrections={corrections}
          openRound={openRound}
          correctHref={canDecide && !isEnded(dossier.state) ? (d) => (scopeOf(d.round).allowed ? correctHref(d.id) : null) : null}
        />
      </div>
      <aside aria-label="Veiledning">
        <HelpPanel title="Om vedtak i deltakerne" entry={PHASE_HELP.medlemsvedtak} />
      </aside>
    </div>
  );
}
