import type { Metadata } from 'next';
import Link from 'next/link';
import { Heading, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag, Textfield } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import { getDb } from '@/db/client';
import { userListPage } from '@/db/queries/users';
import { parsePage, rangeText } from '@/lib/pure/paging';
import { Pager } from '@/app/_components/pager';
import { SubmitButton } from '@/app/_components/submit-button';
import { can, SYSTEM } from '@/lib/pure/auth/can';
import { ROLE_LABELS } from '@/lib/pure/auth/roles';
import { requireUser } from '@/lib/server/auth/session';
import { forbid } from '@/lib/server/forbidden';
import { PageHeader } from '../../../_components/page-header';
import { CreateUserForm } from './_components/create-user-form';

export const metadata: Metadata = { title: 'Brukere og roller' };

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser('/admin/brukere');
  if (!can(user, 'user.list', SYSTEM)) forbid();
  const params = await searchParams;
  const search = (typeof params.q === 'string' ? params.q : '').slice(0, 200);
  const { rows: users, window } = await userListPage(await getDb(), parsePage(params), search);
  return (
    <>
      <PageHeader title="Brukere og roller" crumbs={[{ href: '/admin', label: 'Administrasjon' }]} lead="Opprett brukere og gi dem roller i kommuner og samarbeid." />
      <div className="grid gap-8 xl:grid-cols-[2fr_1fr]">
        <section aria-labelledby="brukerliste">
          <Heading level={2} id="brukerliste" data-size="sm" className="mb-4">
            {search ? 'Brukere som passer søket' : 'Alle brukere'} ({window.total.toLocaleString('nb-NO')})
          </Heading>
          <form method="get" action="/admin/brukere" role="search" aria-label="Søk blant brukerne" className="mb-4 flex flex-wrap items-end gap-4">
            <div className="min-w-64 flex-1">
              <Textfield label="Søk etter bruker" description="En del av navnet eller e-postadressen" name="q" defaultValue={search} />
            </div>
            <SubmitButton>Søk</SubmitButton>
          </form>
          {window.total > 0 ? (
            <p className="bb-muted mb-2 text-sm" data-testid="brukere-utvalg">
              {rangeText(window)}
            </p>
          ) : null}
          {users.length === 0 ? (
            <p className="bb-panel">{window.total === 0 ? (search ? `Ingen brukere har «${search}» i navnet eller e-postadressen.` : 'Det er ingen brukere ennå.') : 'Det er ingen brukere på denne siden. Gå tilbake til en av sidene nedenfor.'}</p>
          ) : (
          <div className="overflow-x-auto">
            <Table zebra border className="w-full">
              <caption className="ds-sr-only">Brukere med e-post, roller og status</caption>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>Navn</TableHeaderCell>
                  <TableHeaderCell>E-post</TableHeaderCell>
                  <TableHeaderCell>Roller</TableHeaderCell>
                  <TableHeaderCell>Status</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
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
              </TableBody>
            </Table>
          </div>
          )}
          <Pager label="Sider i brukerlisten" page={window.page} pageCount={window.pageCount} path="/admin/brukere" query={search ? new URLSearchParams({ q: search }).toString() : ''} />
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
