// Informasjon: the information plan in use — each item with when it was last carried out,
// whether it is due, its log, and logging a new execution.
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { can, cooperationResource } from '@/lib/pure/auth/can';
import { listExecutions } from '@/db/queries/follow-up';
import { requestNow } from '@/lib/server/clock';
import { informationStatus, planInUse } from '@/lib/pure/dashboard/information';
import { osloDateOf } from '@/lib/pure/domain/iso-date';
import { cooperationPage } from '@/lib/server/cooperation-page';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { ExecutionList } from './_components/execution-list';
import { InformationItemPanel } from './_components/information-item-panel';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('informasjon');
  return { title: t('title') };
}

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
  const [locale, t] = await Promise.all([getLocale(), getTranslations('informasjon')]);
  const messages = CATALOGUES[locale];
  const deltakelse = (chunks: ReactNode) => <Link href={`/samarbeid/${id}/deltakelse`}>{chunks}</Link>;

  return (
    <div className="space-y-6" lang={locale}>
      <div>
        <Heading level={2} data-size="md">
          {t('title')}
        </Heading>
        <Paragraph className="bb-muted mt-2 max-w-3xl">{t.rich('intro', { link: deltakelse })}</Paragraph>
      </div>
      <section aria-labelledby="info-status-tittel" className="bb-panel">
        <Heading level={2} id="info-status-tittel" data-size="xs">
          {items.length === 0
            ? t('noItems')
            : !planInUse(dossier.state)
              ? t('notRunning', { count: items.length })
              : due > 0
                ? t('due', { due, count: items.length })
                : t('onTrack', { count: items.length })}
        </Heading>
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer">{t('rulesTitle')}</summary>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            <li>{t('rule1')}</li>
            <li>{t('rule2')}</li>
            <li>{t('rule3')}</li>
          </ul>
        </details>
      </section>
      {!citizens && items.length > 0 ? (
        <Alert data-color="warning">
          <Paragraph data-size="sm">{t('noCitizens')}</Paragraph>
        </Alert>
      ) : null}
      {items.length === 0 ? (
        <Alert data-color="info">
          <Paragraph data-size="sm">{t.rich('noPlan', { link: deltakelse })}</Paragraph>
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
              audiences={messages.deltakelse.form.information.audiences}
              words={messages.informasjon.skjema}
              fixFields={messages.skjema.fixFields}
            />
          ))}
        </ul>
      )}
      {orphaned.length > 0 ? (
        <section aria-labelledby="fjernet-tittel" className="bb-panel">
          <Heading level={2} id="fjernet-tittel" data-size="xs">
            {t('orphaned')}
          </Heading>
          <ExecutionList executions={orphaned} />
        </section>
      ) : null}
    </div>
  );
}
