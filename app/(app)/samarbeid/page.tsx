import type { Metadata } from 'next';
import Link from 'next/link';
import { TableCell, TableRow, Tag } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { cooperationListPage } from '@/db/queries/cooperations';
import { PAST_LAST_PAGE, parsePage } from '@/lib/pure/paging';
import { SearchedList, searchTerm, type SearchedListTexts } from '@/app/_components/searched-list';
import { requireUser } from '@/lib/server/auth/session';
import type { LifecycleState } from '@/lib/pure/domain/dossier';
import { STATE_LABELS } from '@/workflows/cooperation/states';
import { PageHeader } from '../../_components/page-header';

export const metadata: Metadata = { title: 'Samarbeid' };

const COOPERATION_LIST: SearchedListTexts = {
  path: '/samarbeid',
  panel: true,
  field: { label: 'Søk etter samarbeid', description: 'En del av navnet' },
  searchName: 'Søk i samarbeidene',
  rangeTestId: 'samarbeid-utvalg',
  nothing: (search) => (search ? `Ingen samarbeid har «${search}» i navnet.` : 'Du har ingen samarbeid ennå.'),
  pastLastPage: PAST_LAST_PAGE,
  pagerName: 'Sider i samarbeidslisten',
  caption: 'Samarbeid med tilstand, oppgavefelt og deltakere',
  columns: ['Samarbeid', 'Tilstand', 'Oppgavefelt', 'Deltakere'],
};

export default async function CooperationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser('/samarbeid');
  const params = await searchParams;
  const search = searchTerm(params);
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
      <SearchedList list={COOPERATION_LIST} search={search} window={window} shown={cooperations.length}>
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
      </SearchedList>
    </>
  );
}
