import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { Heading, Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import { getDb } from '@/db/client';
import { listElections } from '@/db/queries/elections';
import { can, SYSTEM } from '@/lib/pure/auth/can';
import { requireUser } from '@/lib/server/auth/session';
import { requestNow } from '@/lib/server/clock';
import { nextElectionDay } from '@/lib/pure/domain/elections';
import { EVENT_ANCHORING } from '@/lib/pure/domain/event-anchoring';
import { osloDateOf } from '@/lib/pure/domain/iso-date';
import { formatDate, formatDateTime } from '@/lib/pure/format';
import { forbid } from '@/lib/server/forbidden';
import { PageHeader } from '../../../_components/page-header';
import { ElectionForm } from './_components/election-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin');
  return { title: t('electionsTitle') };
}

export default async function ElectionsPage() {
  const user = await requireUser('/admin/valg');
  if (!can(user, 'election.record', SYSTEM)) forbid();
  const [elections, now] = await Promise.all([listElections(await getDb()), requestNow()]);
  const today = osloDateOf(now);
  // The most recent election day that has passed, unless it is already recorded: then the next one.
  const next = nextElectionDay(today);
  const lastPast = nextElectionDay(`${Number(today.slice(0, 4)) - 4}${today.slice(4)}`);
  const [ta, t, locale] = await Promise.all([getTranslations('admin'), getTranslations('admin.valg'), getLocale()]);
  const suggested = lastPast < today && !elections.some((e) => e.electionDate === lastPast) ? lastPast : next;
  return (
    <div lang={locale}>
      <PageHeader title={ta('electionsTitle')} crumbs={[{ href: '/admin', label: ta('title') }]} lead={t('lead')} />
      <div className="grid gap-8 lg:grid-cols-[1fr_2fr]">
        <section className="bb-panel self-start" aria-labelledby="nytt-valg">
          <Heading level={2} id="nytt-valg" data-size="xs">
            {t('registerHeading')}
          </Heading>
          <ElectionForm
            suggestedDate={suggested}
            defaultMonths={EVENT_ANCHORING.valg.months}
            words={{
              confirm: t('confirm'),
              done: t.raw('done') as string,
              checkFields: t('checkFields'),
              formName: t('registerHeading'),
              day: t('day'),
              dayDescription: t('dayDescription'),
              extraordinary: t('extraordinaryLabel'),
              reason: t('reason'),
              reasonDescription: t('reasonDescription'),
              months: t('months'),
              monthsDescription: t('monthsDescription'),
              submit: t('submit'),
            }}
          />
        </section>
        <section aria-labelledby="tidligere-valg">
          <Heading level={2} id="tidligere-valg" data-size="xs" className="mb-3">
            {t('registeredHeading')}
          </Heading>
          {elections.length === 0 ? (
            <Paragraph className="bb-panel">{t('none')}</Paragraph>
          ) : (
            <Table border className="w-full">
              <caption className="ds-sr-only">{t('caption')}</caption>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>{t('colDay')}</TableHeaderCell>
                  <TableHeaderCell>{t('colCooperations')}</TableHeaderCell>
                  <TableHeaderCell>{t('colSponsors')}</TableHeaderCell>
                  <TableHeaderCell>{t('colAnchorings')}</TableHeaderCell>
                  <TableHeaderCell>{t('colRecorded')}</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {elections.map((e) => (
                  <TableRow key={e.id}>
                    <TableCell>
                      {formatDate(e.electionDate, locale)}
                      {e.kind === 'ekstraordinaert' ? <span className="bb-muted block text-xs">{t('extraordinary', { reason: e.reason ?? '' })}</span> : null}
                    </TableCell>
                    <TableCell>{e.cooperationsFlagged}</TableCell>
                    <TableCell>{e.sponsorsFlagged}</TableCell>
                    <TableCell>
                      {e.occurrencesCreated}
                      <span className="bb-muted block text-xs">{t('deadline', { months: e.followUpMonths })}</span>
                    </TableCell>
                    <TableCell>{formatDateTime(e.recordedAt, locale)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </section>
      </div>
    </div>
  );
}
