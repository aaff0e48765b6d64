// Deltakelse: representation, the anchoring plan, the information plan and informal contact.
// The words follow the request's language (namespaces `deltakelse` and `beredskap.deltakelse`);
// the form is a client component and gets its words as raw messages (no runtime in the browser).
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { notFound } from 'next/navigation';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { loadDeltakelsePhase } from '@/db/queries/phases/deltakelse';
import { deltakelseMissing } from '@/lib/pure/domain/readiness-rules-stotte-deltakelse';
import { cooperationPage, loadForForm } from '@/lib/server/cooperation-page';
import { HelpPanel } from '@/app/_components/phase/help-panel';
import { ReadinessPanel } from '@/app/_components/phase/readiness-panel';
import { PhaseEditNotice, phaseWritable } from '@/app/_components/phase/edit-notice';
import { DeltakelseForm } from './_components/deltakelse-form';

import { cooperationPeople } from '@/lib/server/people';
import { requestNow } from '@/lib/server/clock';
import { PeoplePanel } from '../_components/people-panel';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('deltakelse');
  return { title: t('title') };
}

export default async function DeltakelsePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, dossier, allowed, canEdit } = await cooperationPage(id, `/samarbeid/${id}/deltakelse`);
  if (!allowed) return null; // the layout shows NoAccess
  const { version, data: phase } = await loadForForm(id, 'deltakelse', loadDeltakelsePhase);
  if (!phase) notFound();
  const writable = phaseWritable(canEdit, dossier.state);
  const people = await cooperationPeople(dossier, user, await requestNow());
  const [t, rules, locale] = await Promise.all([getTranslations('deltakelse'), getTranslations('beredskap.deltakelse'), getLocale()]);
  return (
    <div lang={locale} className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(16rem,1fr)]">
      <div className="min-w-0">
        <Heading level={2} data-size="md">
          {t('title')}
        </Heading>
        <Paragraph className="bb-muted mt-2 mb-6 max-w-3xl">{t('intro')}</Paragraph>
        <PhaseEditNotice canEdit={canEdit} state={dossier.state} />
        {writable && phase.hasOccurrences ? (
          <Alert data-color="info" className="mb-6">
            <Paragraph data-size="sm">{t('calendarNotice')}</Paragraph>
          </Alert>
        ) : null}
        <DeltakelseForm cooperationId={id} initial={phase} version={version} readOnly={!writable} words={CATALOGUES[locale].deltakelse.form} />
        <PeoplePanel
          cooperationId={id}
          title={t('peopleTitle')}
          intro={t('peopleIntro')}
          people={people.representatives}
          empty={t('peopleEmpty')}
          add={people.members.filter((m) => m.mayLink).map((m) => ({ href: m.href, label: t('addRepresentative', { name: m.name }) }))}
        />
      </div>
      <aside className="space-y-6" aria-label={t('aside')}>
        <ReadinessPanel missing={deltakelseMissing(dossier, (key, values) => rules(key, values))} />
        <HelpPanel title={t('helpTitle')} topic={{ kind: 'phase', key: 'deltakelse' }} />
      </aside>
    </div>
  );
}
