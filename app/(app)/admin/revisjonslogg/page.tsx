// The audit log for administrators: newest first, filtered and paged in SQL (keyset on the
// row number). The chain itself is checked with `npm run audit:verify`.
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Alert, Heading, Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Textfield } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import { getDb } from '@/db/client';
import { auditActions, listAudit } from '@/db/queries/audit';
import { auditFilterOf, auditQuerySchema, type AuditQuery } from '@/lib/pure/audit/filter';
import { auditActionLabel, resourceKindLabel } from '@/lib/pure/audit/labels';
import { can, SYSTEM } from '@/lib/pure/auth/can';
import { requireUser } from '@/lib/server/auth/session';
import { fieldErrorsOf } from '@/lib/server/action-core';
import { formatDateTime } from '@/lib/pure/format';
import { forbid } from '@/lib/server/forbidden';
import { SelectField } from '../../../_components/select-field';
import { PageHeader } from '../../../_components/page-header';
import { SubmitButton } from '@/app/_components/submit-button';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('revisjonslogg');
  return { title: t('title') };
}

type Search = Record<string, string | string[] | undefined>;

const short = (digest: string | null) => (digest ? digest.slice(0, 8) : '–');

function resourceLink(kind: string | null, id: string | null) {
  if (!id) return '–';
  if (kind === 'cooperation') return <Link href={`/samarbeid/${id}`}>{id.slice(0, 8)}</Link>;
  if (kind === 'user') return <Link href={`/admin/brukere/${id}`}>{id.slice(0, 8)}</Link>;
  return id;
}

function pageHref(query: AuditQuery, before: number | null): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ hvem: query.hvem, handling: query.handling, ressurs: query.ressurs, fra: query.fra, til: query.til })) {
    if (value) params.set(key, value);
  }
  if (before) params.set('før', String(before));
  const text = params.toString();
  return `/admin/revisjonslogg${text ? `?${text}` : ''}`;
}

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requireUser('/admin/revisjonslogg');
  if (!can(user, 'admin.access', SYSTEM)) forbid();
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = auditQuerySchema.safeParse(raw);
  const errors = parsed.success ? {} : await fieldErrorsOf(parsed.error);
  const query: AuditQuery = parsed.success ? parsed.data : {};
  const db = await getDb();
  const [page, actions] = await Promise.all([listAudit(db, auditFilterOf(query)), auditActions(db)]);
  const [t, locale] = await Promise.all([getTranslations('revisjonslogg'), getLocale()]);
  const value = (key: string) => (typeof raw[key] === 'string' ? (raw[key] as string) : '');
  return (
    <div lang={locale}>
      <PageHeader title={t('title')} crumbs={[{ href: '/admin', label: t('admin') }]} lead={t('lead')} />
      <form method="get" className="bb-panel mb-6 grid gap-4 md:grid-cols-3" role="search" aria-label={t('filterName')}>
        <Textfield label={t('who')} name="hvem" type="email" defaultValue={value('hvem')} error={errors.hvem?.join(' ')} />
        <SelectField label={t('action')} name="handling" defaultValue={value('handling')} error={errors.handling?.join(' ')}>
          <option value="">{t('allActions')}</option>
          {actions.map((a) => (
            <option key={a} value={a}>
              {auditActionLabel(a, t)}
            </option>
          ))}
        </SelectField>
        <Textfield label={t('resource')} name="ressurs" description={t('resourceDescription')} defaultValue={value('ressurs')} error={errors.ressurs?.join(' ')} />
        <Textfield label={t('from')} name="fra" type="date" defaultValue={value('fra')} error={errors.fra?.join(' ')} />
        <Textfield label={t('to')} name="til" type="date" defaultValue={value('til')} error={errors.til?.join(' ')} />
        <div className="flex items-end gap-3">
          <SubmitButton>{t('filter')}</SubmitButton>
          <Link href="/admin/revisjonslogg">{t('reset')}</Link>
        </div>
      </form>
      {!parsed.success ? (
        <Alert data-color="warning" className="mb-6">
          {t('fixFilters')}
        </Alert>
      ) : null}
      <Heading level={2} data-size="xs" className="mb-3">
        {query.før ? t('older') : t('newest')}
      </Heading>
      {page.rows.length === 0 ? (
        <Paragraph className="bb-panel">{t('none')}</Paragraph>
      ) : (
        <div className="overflow-x-auto">
          <Table zebra border className="w-full" data-size="sm">
            <caption className="ds-sr-only">{t('caption')}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t('colNo')}</TableHeaderCell>
                <TableHeaderCell>{t('colTime')}</TableHeaderCell>
                <TableHeaderCell>{t('colWho')}</TableHeaderCell>
                <TableHeaderCell>{t('colAddress')}</TableHeaderCell>
                <TableHeaderCell>{t('colAction')}</TableHeaderCell>
                <TableHeaderCell>{t('colResource')}</TableHeaderCell>
                <TableHeaderCell>{t('colDigest')}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {page.rows.map((r) => (
                <TableRow key={r.seq}>
                  <TableCell>{r.seq}</TableCell>
                  <TableCell className="whitespace-nowrap">{formatDateTime(r.at, locale)}</TableCell>
                  <TableCell>{r.actorEmail ?? t('unknown')}</TableCell>
                  <TableCell>{r.clientAddress ?? '–'}</TableCell>
                  <TableCell>
                    {auditActionLabel(r.action, t)}
                    {r.operation ? <span className="bb-muted block text-xs">{r.operation}</span> : null}
                  </TableCell>
                  <TableCell>{r.resourceKind || r.resourceId ? <>{resourceKindLabel(r.resourceKind, t)}: {resourceLink(r.resourceKind, r.resourceId)}</> : '–'}</TableCell>
                  <TableCell className="font-mono text-xs whitespace-nowrap">
                    {r.beforeDigest || r.afterDigest ? `${short(r.beforeDigest)} → ${short(r.afterDigest)}` : '–'}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <nav aria-label={t('pagesName')} className="mt-4 flex gap-4">
        {query.før ? <Link href={pageHref(query, null)}>{t('toNewest')}</Link> : null}
        {page.nextCursor ? <Link href={pageHref(query, page.nextCursor)}>{t('older')}</Link> : null}
      </nav>
    </div>
  );
}
