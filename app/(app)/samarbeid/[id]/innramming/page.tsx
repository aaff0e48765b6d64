// The innramming (framing) phase of establishing: goals, economy, cost key, the agreement's
// content and reporting, with what is still missing and guidance beside the form.
import type { Metadata } from 'next';
import { HelpPanel } from '@/app/_components/phase/help-panel';
import { ReadinessPanel } from '@/app/_components/phase/readiness-panel';
import { completableFollowUps } from '@/lib/pure/domain/completion';
import { PHASE_HELP } from '@/lib/pure/domain/help';
import { legalForm } from '@/lib/pure/domain/legal-forms';
import { phaseReadiness } from '@/lib/pure/domain/readiness';
import { loadPlanningDossier } from '@/db/queries/phases/planning-dossier';
import { cooperationPage, loadForForm } from '@/lib/server/cooperation-page';
import { innrammingDefaults } from '@/lib/pure/validation/phases/innramming';
import { InnrammingForm } from './_components/innramming-form';
import { PhaseEditNotice, phaseWritable } from '@/app/_components/phase/edit-notice';

export const metadata: Metadata = { title: 'Innramming' };

export default async function InnrammingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { dossier, allowed, canEdit } = await cooperationPage(id, `/samarbeid/${id}/innramming`);
  if (!allowed) return null; // the layout shows NoAccess
  const writable = phaseWritable(canEdit, dossier.state);
  const { version, data: stored } = await loadForForm(id, 'innramming', loadPlanningDossier);
  const current = stored ?? dossier;
  const completable = completableFollowUps(current);
  const form = legalForm(current.design.legalForm);
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="min-w-0">
        <PhaseEditNotice canEdit={canEdit} state={dossier.state} completing={Object.keys(completable).length > 0} />
        <InnrammingForm
          defaults={innrammingDefaults(current, version)}
          members={current.members.map((m) => ({ id: m.id, name: m.name }))}
          hostNames={current.members.filter((m) => m.role === 'vertskommune').map((m) => m.name)}
          checklistForm={form ? { name: form.name, agreementName: form.agreementName, items: form.agreementItems } : null}
          designHref={`/samarbeid/${id}/design`}
          access={{ cooperationId: id, state: current.state, canEdit, completable }}
          readOnly={!writable}
        />
      </div>
      <aside className="flex flex-col gap-4" aria-label="Status og veiledning">
        <ReadinessPanel missing={phaseReadiness(dossier).innramming.missing} />
        <HelpPanel title="Om innramming" entry={PHASE_HELP.innramming} />
      </aside>
    </div>
  );
}
