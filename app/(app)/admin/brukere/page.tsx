import type { Metadata } from 'next';
import Link from 'next/link';
import { Heading, TableCell, TableRow, Tag } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { userListPage } from '@/db/queries/users';
import { parsePage } from '@/lib/pure/paging';
import { SearchedList, searchTerm, type SearchedListTexts } from '@/app/_components/searched-list';
import { can, SYSTEM } from '@/lib/pure/auth/can';
import { ROLE_LABELS } from '@/lib/pure/auth/roles';
import { requireUser } from '@/lib/server/auth/session';
import { forbid } from '@/lib/server/forbidden';
import { PageHeader } from '../../../_components/page-header';
import { CreateUserForm } from './_components/create-user-form';

export const metadata: Metadata = { title: 'Brukere og roller' };

const USER_LIST: SearchedListTexts = {
  path: '/admin/brukere',
  field: { label: 'Søk etter bruker', description: 'En del av navnet eller e-postadressen' },
  searchName: 'Søk blant brukerne',
  rangeTestId: 'brukere-utvalg',
  nothing: (search) => (search ? `Ingen brukere har «${search}» i navnet eller e-postadressen.` : 'Det er ingen brukere ennå.'),
  pastLastPage: 'Det er ingen brukere på denne siden. Gå tilbake til en av sidene nedenfor.',
  pagerName: 'Sider i brukerlisten',
  caption: 'Brukere med e-post, roller og status',
  columns: ['Navn', 'E-post', 'Roller', 'Status'],
};

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser('/admin/brukere');
  if (!can(user, 'user.list', SYSTEM)) forbid();
  const params = await searchParams;
  const search = searchTerm(params);
  const { rows: users, window } = await userListPage(await getDb(), parsePage(params), search);
  return (
    <>
      <PageHeader title="Brukere og roller" crumbs={[{ href: '/admin', label: 'Administrasjon' }]} lead="Opprett brukere og gi dem roller i kommuner og samarbeid." />
      <div className="grid gap-8 xl:grid-cols-[2fr_1fr]">
        <section aria-labelledby="brukerliste">
          <Heading level={2} id="brukerliste" data-size="sm" className="mb-4">
            {search ? 'Brukere som passer søket' : 'Alle brukere'} ({window.total.toLocaleString('nb-NO')})
          </Heading>
          <SearchedList list={USER_LIST} search={search} window={window} shown={users.length}>
            {users.map((u) => (
              <TableRow key={u.id}>
                <TableCell>
                  <Link href={`/admin/brukere/${u.id}`}>{u.name}</Link>
                </TableCell>
                <TableCell>{u.email}</TableCell>
                <TableCell>{u.roles.map((r) => ROLE_LABELS[r]).join(', ') || '–'}</TableCell>
                <TableCell>{u.active ? <Tag data-color="success">Aktiv</Tag> : <Tag data-color="neutral">Deaktivert</Tag>}</TableCell>
              </TableRow>
            ))}
          </SearchedList>
        </section>
        <section aria-labelledby="ny-bruker" className="bb-panel self-start">
          <Heading level={2} id="ny-bruker" data-size="sm">
            Ny bruker
          </Heading>
          <CreateUserForm />
        </section>
      </div>
    </>
  );
}
