// The design phase of establishing: legal form and why, member roles, governing bodies, the
// operative leader and the leader's mandate, with what is still missing and guidance beside.
// In the request's language (catalogue namespaces `design`, `organisasjonsform`, `formraad`);
// the client form gets its words as props; the phase guidance from `hjelp`, its title from `meny`.
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { HelpPanel } from '@/app/_components/phase/help-panel';
import { ReadinessPanel } from '@/app/_components/phase/readiness-panel';
import { completableFollowUps } from '@/lib/pure/domain/completion';
import { planningView } from '@/lib/pure/domain/membership';
import { DESIGN_RULES } from '@/lib/pure/domain/readiness-rules-design';
import { loadPlanningDossier } from '@/db/queries/phases/planning-dossier';
import { cooperationPage, loadForForm } from '@/lib/server/cooperation-page';
import { designDefaults } from '@/lib/pure/validation/phases/design';
import { PhaseEditNotice, phaseWritable } from '@/app/_components/phase/edit-notice';
import { DesignForm } from './_components/design-form';
import { designPageWords } from './page-words';

import { cooperationPeople } from '@/lib/server/people';
import { requestNow } from '@/lib/server/clock';
import { PeoplePanel } from '../_components/people-panel';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('design');
  return { title: t('metaTitle') };
}

export default async function DesignPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, dossier, allowed, canEdit } = await cooperationPage(id, `/samarbeid/${id}/design`);
  if (!allowed) return null; // the layout shows NoAccess
  const [locale, t, tm] = await Promise.all([getLocale(), getTranslations('design'), getTranslations('meny')]);
  const writable = phaseWritable(canEdit, dossier.state);
  const { version, data: stored } = await loadForForm(id, 'design', loadPlanningDossier);
  const current = stored ?? dossier;
  const completable = completableFollowUps(current);
  const people = await cooperationPeople(dossier, user, await requestNow());
  const { words, choice, missing: missingWords } = designPageWords(locale, current.design.legalForm);
  const missing = DESIGN_RULES.flatMap((rule) => rule.check(planningView(dossier), missingWords));

  return (
    <div lang={locale} className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="min-w-0">
        <PhaseEditNotice canEdit={canEdit} state={dossier.state} completing={Object.keys(completable).length > 0} />
        <DesignForm
          defaults={designDefaults(current, version)}
          members={current.members.map((m) => ({ id: m.id, name: m.name }))}
          storedForm={current.design.legalForm}
          access={{ cooperationId: id, state: current.state, canEdit, completable }}
          readOnly={!writable}
          words={words}
          choice={choice}
        />
        <PeoplePanel
          cooperationId={id}
          title={t('leaderAccount.title')}
          intro={t('leaderAccount.intro')}
          people={people.leader ? [people.leader] : []}
          empty={t('leaderAccount.empty')}
        />
      </div>
      <aside className="flex flex-col gap-4" aria-label={t('aside')}>
        <ReadinessPanel title={t('missingTitle')} missing={missing} />
        <HelpPanel title={tm('hjelp.design')} topic={{ kind: 'phase', key: 'design' }} />
      </aside>
    </div>
  );
}
