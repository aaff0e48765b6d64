// The design phase of establishing: legal form and why, member roles, governing bodies, the
// operative leader and the leader's mandate, with what is still missing and guidance beside.
import type { Metadata } from 'next';
import { HelpPanel } from '@/app/_components/phase/help-panel';
import { ReadinessPanel } from '@/app/_components/phase/readiness-panel';
import { completableFollowUps } from '@/lib/pure/domain/completion';
import { PHASE_HELP } from '@/lib/pure/domain/help';
import { phaseReadiness } from '@/lib/pure/domain/readiness';
import { loadPlanningDossier } from '@/db/queries/phases/planning-dossier';
import { cooperationPage, loadForForm } from '@/lib/server/cooperation-page';
import { designDefaults } from '@/lib/pure/validation/phases/design';
import { PhaseEditNotice, phaseWritable } from '@/app/_components/phase/edit-notice';
import { DesignForm } from './_components/design-form';

import { cooperationPeople } from '@/lib/server/people';
import { requestNow } from '@/lib/server/clock';
import { PeoplePanel } from '../_components/people-panel';

export const metadata: Metadata = { title: 'Design' };

export default async function DesignPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, dossier, allowed, canEdit } = await cooperationPage(id, `/samarbeid/${id}/design`);
  if (!allowed) return null; // the layout shows NoAccess
  const writable = phaseWritable(canEdit, dossier.state);
  const { version, data: stored } = await loadForForm(id, 'design', loadPlanningDossier);
  const current = stored ?? dossier;
  const completable = completableFollowUps(current);
  const people = await cooperationPeople(dossier, user, await requestNow());
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="min-w-0">
        <PhaseEditNotice canEdit={canEdit} state={dossier.state} completing={Object.keys(completable).length > 0} />
        <DesignForm
          defaults={designDefaults(current, version)}
          members={current.members.map((m) => ({ id: m.id, name: m.name }))}
          storedForm={current.design.legalForm}
          access={{ cooperationId: id, state: current.state, canEdit, completable }}
          readOnly={!writable}
        />
        <PeoplePanel
          cooperationId={id}
          title="Operativ leders brukerkonto"
          intro="Med brukerkonto kan lederen føre forankring og informasjon og blir invitert til evalueringene som operativ leder. Lagre lederens navn i skjemaet først."
          people={people.leader ? [people.leader] : []}
          empty="Navnet på operativ leder er ikke lagret ennå."
        />
      </div>
      <aside className="flex flex-col gap-4" aria-label="Status og veiledning">
        <ReadinessPanel missing={phaseReadiness(dossier).design.missing} />
        <HelpPanel title="Om design" entry={PHASE_HELP.design} />
      </aside>
    </div>
  );
}
