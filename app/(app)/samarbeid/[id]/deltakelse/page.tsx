// Deltakelse: representation, the anchoring plan, the information plan and informal contact.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { loadDeltakelsePhase } from '@/db/queries/phases/deltakelse';
import { PHASE_HELP } from '@/lib/pure/domain/help';
import { phaseReadiness } from '@/lib/pure/domain/readiness';
import { cooperationPage, loadForForm } from '@/lib/server/cooperation-page';
import { HelpPanel } from '@/app/_components/phase/help-panel';
import { ReadinessPanel } from '@/app/_components/phase/readiness-panel';
import { PhaseEditNotice, phaseWritable } from '@/app/_components/phase/edit-notice';
import { DeltakelseForm } from './_components/deltakelse-form';

import { cooperationPeople } from '@/lib/server/people';
import { requestNow } from '@/lib/server/clock';
import { PeoplePanel } from '../_components/people-panel';

export const metadata: Metadata = { title: 'Deltakelse' };

export default async function DeltakelsePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, dossier, allowed, canEdit } = await cooperationPage(id, `/samarbeid/${id}/deltakelse`);
  if (!allowed) return null; // the layout shows NoAccess
  const { version, data: phase } = await loadForForm(id, 'deltakelse', loadDeltakelsePhase);
  if (!phase) notFound();
  const writable = phaseWritable(canEdit, dossier.state);
  const people = await cooperationPeople(dossier, user, await requestNow());
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(16rem,1fr)]">
      <div className="min-w-0">
        <Heading level={2} data-size="md">
          Deltakelse
        </Heading>
        <Paragraph className="bb-muted mt-2 mb-6 max-w-3xl">
          Kommunens egne folk deltar i samarbeidets organer og møter, samarbeidet forankres jevnlig, og informasjonen når dem som trenger den.
        </Paragraph>
        <PhaseEditNotice canEdit={canEdit} state={dossier.state} />
        {writable && phase.hasOccurrences ? (
          <Alert data-color="info" className="mb-6">
            <Paragraph data-size="sm">
              Samarbeidet har en forankringskalender. Når du lagrer, følger de planlagte forankringene de neste tolv månedene den nye planen. Forankring som
              allerede er logget, endres ikke.
            </Paragraph>
          </Alert>
        ) : null}
        <DeltakelseForm cooperationId={id} initial={phase} version={version} readOnly={!writable} />
        <PeoplePanel
          cooperationId={id}
          title="Representanter med brukerkonto"
          intro="Navngi representantene i samarbeidets organer og koble dem til brukerkontoer. De kan da lese samarbeidet, registrere vedtak og blir invitert til evalueringene som medlemsrepresentanter."
          people={people.representatives}
          empty="Ingen representanter er navngitt ennå."
          add={people.members.filter((m) => m.mayLink).map((m) => ({ href: m.href, label: `Legg til representant for ${m.name}` }))}
        />
      </div>
      <aside className="space-y-6" aria-label="Status og veiledning">
        <ReadinessPanel missing={phaseReadiness(dossier).deltakelse.missing} />
        <HelpPanel title="Om deltakelse" entry={PHASE_HELP.deltakelse} />
      </aside>
    </div>
  );
}
