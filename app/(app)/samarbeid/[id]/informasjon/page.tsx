// Informasjon: the information plan in use — each item with when it was last carried out,
// whether it is due, its log, and logging a new execution.
import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { can, cooperationResource } from '@/lib/pure/auth/can';
import { listExecutions } from '@/db/queries/follow-up';
import { requestNow } from '@/lib/server/clock';
import { informationStatus, planInUse } from '@/lib/pure/dashboard/information';
import { osloDateOf } from '@/lib/pure/domain/iso-date';
import { cooperationPage } from '@/lib/server/cooperation-page';
import { ExecutionList } from './_components/execution-list';
import { InformationItemPanel } from './_components/information-item-panel';

export const metadata: Metadata = { title: 'Informasjon' };

export default async function InformasjonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, dossier, allowed } = await cooperationPage(id, `/samarbeid/${id}/informasjon`);
  if (!allowed) return null; // the layout shows NoAccess
  const now = await requestNow();
  const today = osloDateOf(now);
  const executions = await listExecutions(await getDb(), id);
  const closed = dossier.state === 'avviklet' || dossier.state === 'avbrutt';
  const canLog = !closed && can(user, 'information.log', cooperationResource(dossier));
  const context = { state: dossier.state, startDate: dossier.startDate, today };
  const items = dossier.informationItems
    .map((item, index) => ({ item, index, status: informationStatus(item, executions, context) }))
    .sort((a, b) => Number(b.status.due) - Number(a.status.due) || a.index - b.index);
  const due = items.filter((i) => i.status.due).length;
  const orphaned = executions.filter((e) => e.informationItemId === null || !dossier.informationItems.some((i) => i.id === e.informationItemId));
  const citizens = dossier.informationItems.some((i) => i.audience === 'innbyggere');

  return (
    <div className="space-y-6">
      <div>
        <Heading level={2} data-size="md">
          Informasjon
        </Heading>
        <Paragraph className="bb-muted mt-2 max-w-3xl">
          Informasjonsplanen i bruk: hva som skal formidles, til hvem og hvor ofte – og når det sist ble gjort. Planen endres på{' '}
          <Link href={`/samarbeid/${id}/deltakelse`}>Deltakelse</Link>; loggen blir stående.
        </Paragraph>
      </div>
      <section aria-labelledby="info-status-tittel" className="bb-panel">
        <Heading level={2} id="info-status-tittel" data-size="xs">
          {items.length === 0
            ? 'Ingen tiltak i planen'
            : !planInUse(dossier.state)
              ? `${items.length} tiltak i planen – fristene begynner å løpe når samarbeidet går i drift`
              : due > 0
                ? `${due} av ${items.length} tiltak er ikke gjennomført i tide`
                : `Alle ${items.length} tiltak er i rute`}
        </Heading>
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer">Slik regner vi når et tiltak er forfalt</summary>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            <li>Tidspunktet i planen leses som et intervall: månedlig (eller ukentlig) 1 måned, kvartalsvis 3 måneder, halvårlig 6 måneder, ellers 12 måneder.</li>
            <li>Tiltak som skal gjøres «ved behov», «ved endringer» eller «ved» en hendelse, har ingen fast frist og blir aldri forfalt.</li>
            <li>Intervallet regnes fra siste registrerte gjennomføring, eller fra samarbeidet gikk i drift. Før drift er ingen tiltak forfalt.</li>
          </ul>
        </details>
      </section>
      {!citizens && items.length > 0 ? (
        <Alert data-color="warning">
          <Paragraph data-size="sm">
            Ingen tiltak i planen er rettet mot innbyggerne. Forskningen peker på dette som det svakeste punktet: publiser for eksempel formål, vedtak, referater
            og hvem som har ansvaret.
          </Paragraph>
        </Alert>
      ) : null}
      {items.length === 0 ? (
        <Alert data-color="info">
          <Paragraph data-size="sm">
            Samarbeidet har ingen informasjonsplan ennå. Legg inn tiltakene på <Link href={`/samarbeid/${id}/deltakelse`}>Deltakelse</Link>.
          </Paragraph>
        </Alert>
      ) : (
        <ul className="space-y-4">
          {items.map(({ item, status }) => (
            <InformationItemPanel
              key={item.id}
              cooperationId={id}
              item={item}
              status={status}
              executions={executions.filter((e) => e.informationItemId === item.id)}
              canLog={canLog}
              today={today}
            />
          ))}
        </ul>
      )}
      {orphaned.length > 0 ? (
        <section aria-labelledby="fjernet-tittel" className="bb-panel">
          <Heading level={2} id="fjernet-tittel" data-size="xs">
            Gjennomført for tiltak som er fjernet fra planen
          </Heading>
          <ExecutionList executions={orphaned} />
        </section>
      ) : null}
    </div>
  );
}
