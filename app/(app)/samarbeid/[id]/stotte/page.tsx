// Støtte og tilrettelegging: sponsors per member and the support around the operative leader.
import { planningView } from '@/lib/pure/domain/membership';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { loadStottePhase } from '@/db/queries/phases/stotte';
import { PHASE_HELP } from '@/lib/pure/domain/help';
import { phaseReadiness } from '@/lib/pure/domain/readiness';
import { isMunicipality } from '@/lib/pure/domain/readiness-rules';
import { cooperationPage, loadForForm } from '@/lib/server/cooperation-page';
import { HelpPanel } from '@/app/_components/phase/help-panel';
import { ReadinessPanel } from '@/app/_components/phase/readiness-panel';
import { PhaseEditNotice, phaseWritable } from '@/app/_components/phase/edit-notice';
import { StotteForm } from './_components/stotte-form';
import { cooperationPeople } from '@/lib/server/people';
import { requestNow } from '@/lib/server/clock';
import { PeoplePanel } from '../_components/people-panel';

export const metadata: Metadata = { title: 'Støtte og tilrettelegging' };

export default async function StottePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, dossier, allowed, canEdit } = await cooperationPage(id, `/samarbeid/${id}/stotte`);
  if (!allowed) return null; // the layout shows NoAccess
  const { version, data: phase } = await loadForForm(id, 'stotte', loadStottePhase);
  if (!phase) notFound();
  const { leader } = dossier.design;
  const people = await cooperationPeople(dossier, user, await requestNow());
  const leaderText = leader.name ? [leader.name, leader.title].filter(Boolean).join(', ') : null;
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(16rem,1fr)]">
      <div className="min-w-0">
        <Heading level={2} data-size="md">
          Støtte og tilrettelegging
        </Heading>
        <Paragraph className="bb-muted mt-2 mb-6 max-w-3xl">
          Kommunene legger til rette for samarbeidet: sponsorer i politikk og administrasjon, praktisk hjelp og en trygg grunnfinansiering av lederen.
        </Paragraph>
        <PhaseEditNotice canEdit={canEdit} state={dossier.state} />
        <StotteForm
          cooperationId={id}
          members={planningView(dossier).members.map((m) => ({ id: m.id, name: m.name, isMunicipality: isMunicipality(m) }))}
          initial={phase}
          version={version}
          leader={leaderText}
          designFunding={leader.funding}
          readOnly={!phaseWritable(canEdit, dossier.state)}
        />
        <PeoplePanel
          cooperationId={id}
          title="Sponsorenes brukerkontoer"
          intro="En sponsor med brukerkonto kan lese samarbeidet og blir invitert til evalueringene som politisk eller administrativ sponsor. Lagre nye sponsorer i skjemaet først."
          people={people.sponsors}
          empty="Ingen sponsorer er lagret ennå."
        />
      </div>
      <aside className="space-y-6" aria-label="Status og veiledning">
        <ReadinessPanel missing={phaseReadiness(dossier).stotte.missing} />
        <HelpPanel title="Om støtte og tilrettelegging" entry={PHASE_HELP.stotte} />
      </aside>
    </div>
  );
}
