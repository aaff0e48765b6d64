// Avvikling: the exit checklist of a cooperation being wound down, what is still missing,
// and «Fullfør avviklingen» once every item is in place. Editable only in avvikling; once
// avviklet it is the record of what was agreed, shown read-only.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { loadExitChecklist } from '@/db/queries/exit-checklist';
import { listWorkflowEvents } from '@/db/queries/workflow-events';
import { can, cooperationResource } from '@/lib/pure/auth/can';
import { EXIT_HELP } from '@/lib/pure/domain/exit-checklist-help';
import { EXIT_ITEMS, exitChecklistMissing, type ExitChecklistState } from '@/lib/pure/domain/exit-checklist';
import { formatDate } from '@/lib/pure/format';
import { cooperationPage, getLifecycle, loadForForm } from '@/lib/server/cooperation-page';
import { exitChecklistFormValues } from '@/lib/pure/validation/exit-checklist';
import { HelpPanel } from '@/app/_components/phase/help-panel';
import { CompleteExit } from './_components/complete-exit';
import { ExitChecklistForm } from './_components/exit-checklist-form';

export const metadata: Metadata = { title: 'Avvikling' };

export default async function AvviklingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, dossier, allowed, canEdit } = await cooperationPage(id, `/samarbeid/${id}/avvikling`);
  if (!allowed) return null; // the layout shows NoAccess
  const lifecycle = await getLifecycle(id);
  if (!lifecycle) notFound();
  const state = dossier.state;
  const checklist = await loadForForm(id, 'avvikling', loadExitChecklist);
  const stored = checklist.data as ExitChecklistState | null;
  const missing = exitChecklistMissing(stored);
  // The same items as `missing` (which the runner and the overview show as sentences), as links to each item here.
  const open = EXIT_ITEMS.filter((item) => !stored?.[item.id]?.done);
  const events = state === 'avvikling' || state === 'avviklet' ? await listWorkflowEvents(await getDb(), id) : [];
  const decided = events.find((e) => e.eventType === 'BESLUTT_AVVIKLE');
  const completed = events.find((e) => e.eventType === 'AVVIKLING_FULLFORT');
  const mayConclude = can(user, 'lifecycle.conclude', cooperationResource(dossier));

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(16rem,1fr)]">
      <div className="min-w-0 space-y-6">
        <div>
          <Heading level={2} data-size="md">
            Avvikling
          </Heading>
          <Paragraph className="bb-muted mt-2 max-w-3xl">
            Før samarbeidet kan markeres som avviklet, må eiendeler, ansatte, avtaler, arkiv, informasjon til innbyggerne og sluttrapport være på plass.
            Skriv ved hvert punkt hva som er avtalt, hvem som har ansvaret og hvor det er dokumentert.
          </Paragraph>
          {decided ? (
            <Paragraph data-size="sm" className="mt-2">
              Avviklingen ble vedtatt {formatDate(decided.createdAt)}. {decided.comment}
            </Paragraph>
          ) : null}
        </div>

        {state !== 'avvikling' && state !== 'avviklet' ? (
          <Alert data-color="info">
            <Paragraph data-size="sm">
              Sjekklisten brukes når det er vedtatt å avvikle samarbeidet etter en <Link href={`/samarbeid/${id}/evaluering`}>evaluering</Link>. Samarbeidet
              er ikke under avvikling nå.
            </Paragraph>
          </Alert>
        ) : (
          <>
            <section aria-labelledby="status-tittel" className="bb-panel" data-testid="avvikling-status">
              <Heading level={2} id="status-tittel" data-size="xs">
                {state === 'avviklet' ? 'Samarbeidet er avviklet' : missing.length === 0 ? 'Klar til å fullføre avviklingen' : 'Dette mangler før avviklingen kan fullføres'}
              </Heading>
              {state === 'avviklet' ? (
                <Paragraph data-size="sm" className="mt-2">
                  {completed ? `Avviklingen ble fullført ${formatDate(completed.createdAt)} av ${completed.actorName}. ` : ''}Sjekklisten under viser hva som ble
                  avtalt, og kan ikke lenger endres.
                </Paragraph>
              ) : missing.length === 0 ? (
                <Paragraph data-size="sm" className="mt-2">
                  Alle {EXIT_ITEMS.length} punktene er på plass og lagret.
                </Paragraph>
              ) : (
                <ul id="avvikling-mangler" className="mt-2 list-disc space-y-0.5 pl-5 text-sm">
                  {open.map((item) => (
                    <li key={item.id}>
                      <a href={`#punkt-${item.id}`}>{item.label}</a>
                    </li>
                  ))}
                </ul>
              )}
              {state === 'avvikling' && mayConclude ? <CompleteExit cooperationId={id} rowVersion={lifecycle.rowVersion} missing={missing} /> : null}
              {state === 'avvikling' && !mayConclude ? (
                <Paragraph data-size="sm" className="bb-muted mt-3">
                  Avviklingen fullføres av rådmannsteamet i en deltakerkommune når alle punktene er på plass.
                </Paragraph>
              ) : null}
            </section>

            {state === 'avvikling' && !canEdit ? (
              <Alert data-color="info">
                <Paragraph data-size="sm">
                  Du kan se sjekklisten, men ikke endre den. Rådmannsteamet i en deltakerkommune eller den operative lederen kan gjøre endringer.
                </Paragraph>
              </Alert>
            ) : null}

            <section aria-labelledby="sjekkliste-tittel" className="space-y-4">
              <Heading level={2} id="sjekkliste-tittel" data-size="sm">
                Sjekkliste for avvikling
              </Heading>
              <ExitChecklistForm initial={exitChecklistFormValues(id, stored, checklist.version)} readOnly={state !== 'avvikling' || !canEdit} />
            </section>
          </>
        )}
      </div>
      <aside aria-label="Veiledning">
        <HelpPanel title="Om avvikling" entry={EXIT_HELP} />
      </aside>
    </div>
  );
}
