import type { Metadata } from 'next';
import Link from 'next/link';
import { TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag, Textfield } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import { getDb } from '@/db/client';
import { cooperationListPage } from '@/db/queries/cooperations';
import { PAST_LAST_PAGE, parsePage, rangeText } from '@/lib/pure/paging';
import { Pager } from '../../_components/pager';
import { requireUser } from '@/lib/server/auth/session';
import type { LifecycleState } from '@/lib/pure/domain/dossier';
import { STATE_LABELS } from '@/workflows/cooperation/states';
import { PageHeader } from '../../_components/page-header';
import { SubmitButton } from '@/app/_components/submit-button';

export const metadata: Metadata = { title: 'Samarbeid' };

export default async function CooperationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser('/samarbeid');
  const params = await searchParams;
  const search = (typeof params.q === 'string' ? params.q : '').slice(0, 200);
  const { rows: cooperations, window } = await cooperationListPage(await getDb(), user, parsePage(params), undefined, search);
  const mayCreate = user.roles.some((r) => r.role === 'radmannsteam');
  const mayRegister = mayCreate || user.roles.some((r) => r.role === 'administrator');
  return (
    <>
      <PageHeader title="Samarbeid" lead="Samarbeidene du har tilgang til gjennom rollene dine.">
        <div className="flex flex-wrap gap-3">
          {mayCreate ? (
            <Link href="/samarbeid/ny" className="ds-button" data-variant="primary">
              Nytt samarbeid
            </Link>
          ) : null}
          {mayRegister ? (
            <>
              <Link href="/samarbeid/registrer" className="ds-button" data-variant="secondary">
                Registrer eksisterende samarbeid
              </Link>
              <Link href="/samarbeid/importer" className="ds-button" data-variant="secondary">
                Importer fra regneark
              </Link>
            </>
          ) : null}
        </div>
      </PageHeader>
      <form method="get" action="/samarbeid" role="search" aria-label="Søk i samarbeidene" className="bb-panel mb-4 flex flex-wrap items-end gap-4">
        <div className="min-w-64 flex-1">
          <Textfield label="Søk etter samarbeid" description="En del av navnet" name="q" defaultValue={search} />
        </div>
        <SubmitButton>Søk</SubmitButton>
      </form>
      {window.total > 0 ? (
        <p className="bb-muted mb-2 text-sm" data-testid="samarbeid-utvalg">
          {rangeText(window)}
        </p>
      ) : null}
      {cooperations.length === 0 ? (
        <p className="bb-panel">{window.total === 0 ? (search ? `Ingen samarbeid har «${search}» i navnet.` : 'Du har ingen samarbeid ennå.') : PAST_LAST_PAGE}</p>
      ) : (
        <div className="overflow-x-auto">
          <Table zebra border className="w-full">
            <caption className="ds-sr-only">Samarbeid med tilstand, oppgavefelt og deltakere</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>Samarbeid</TableHeaderCell>
                <TableHeaderCell>Tilstand</TableHeaderCell>
                <TableHeaderCell>Oppgavefelt</TableHeaderCell>
                <TableHeaderCell>Deltakere</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {cooperations.map((c) => (
                <TableRow key={c.id}>
                  <TableCell>
                    <Link href={`/samarbeid/${c.id}`}>{c.name}</Link>
                  </TableCell>
                  <TableCell>
                    <Tag data-color="info">{STATE_LABELS[c.state as LifecycleState] ?? c.state}</Tag>
                  </TableCell>
                  <TableCell>{c.taskArea ?? '–'}</TableCell>
                  <TableCell>{c.members.map((m) => m.name).join(', ')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <Pager label="Sider i samarbeidslisten" page={window.page} pageCount={window.pageCount} path="/samarbeid" query={search ? new URLSearchParams({ q: search }).toString() : ''} />
    </>
  );
}
