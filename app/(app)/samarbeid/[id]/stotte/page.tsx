// Støtte og tilrettelegging: sponsors per member and the support around the operative leader.
// The words follow the request's language (namespaces `stotte` and `beredskap.stotte`); the
// form is a client component and gets its words as raw messages (no runtime in the browser).
import { planningView } from '@/lib/pure/domain/membership';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { notFound } from 'next/navigation';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { loadStottePhase } from '@/db/queries/phases/stotte';
import { stotteMissing } from '@/lib/pure/domain/readiness-rules-stotte-deltakelse';
import { isMunicipality } from '@/lib/pure/domain/readiness-rules';
import { cooperationPage, loadForForm } from '@/lib/server/cooperation-page';
import { HelpPanel } from '@/app/_components/phase/help-panel';
import { ReadinessPanel } from '@/app/_components/phase/readiness-panel';
import { PhaseEditNotice, phaseWritable } from '@/app/_components/phase/edit-notice';
import { StotteForm } from './_components/stotte-form';
import { cooperationPeople } from '@/lib/server/people';
import { requestNow } from '@/lib/server/clock';
import { PeoplePanel } from '../_components/people-panel';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('stotte');
  return { title: t('title') };
}

export default async function StottePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, dossier, allowed, canEdit } = await cooperationPage(id, `/samarbeid/${id}/stotte`);
  if (!allowed) return null; // the layout shows NoAccess
  const { version, data: phase } = await loadForForm(id, 'stotte', loadStottePhase);
  if (!phase) notFound();
  const { leader } = dossier.design;
  const people = await cooperationPeople(dossier, user, await requestNow());
  const leaderText = leader.name ? [leader.name, leader.title].filter(Boolean).join(', ') : null;
  const [t, rules, locale] = await Promise.all([getTranslations('stotte'), getTranslations('beredskap.stotte'), getLocale()]);
  return (
    <div lang={locale} className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(16rem,1fr)]">
      <div className="min-w-0">
        <Heading level={2} data-size="md">
          {t('title')}
        </Heading>
        <Paragraph className="bb-muted mt-2 mb-6 max-w-3xl">{t('intro')}</Paragraph>
        <PhaseEditNotice canEdit={canEdit} state={dossier.state} />
        <StotteForm
          cooperationId={id}
          members={planningView(dossier).members.map((m) => ({ id: m.id, name: m.name, isMunicipality: isMunicipality(m) }))}
          initial={phase}
          version={version}
          leader={leaderText}
          designFunding={leader.funding}
          readOnly={!phaseWritable(canEdit, dossier.state)}
          words={CATALOGUES[locale].stotte.form}
          locale={locale}
        />
        <PeoplePanel
          cooperationId={id}
          title={t('peopleTitle')}
          intro={t('peopleIntro')}
          people={people.sponsors}
          empty={t('peopleEmpty')}
        />
      </div>
      <aside className="space-y-6" aria-label={t('aside')}>
        <ReadinessPanel missing={stotteMissing(dossier, (key, values) => rules(key, values))} />
        <HelpPanel title={t('helpTitle')} topic={{ kind: 'phase', key: 'stotte' }} />
      </aside>
    </div>
  );
}
