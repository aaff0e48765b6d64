import type { Metadata } from 'next';
import Link from 'next/link';
import { Heading, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import { getDb } from '@/db/client';
import { listUsers } from '@/db/queries/users';
import { can, SYSTEM } from '@/lib/auth/can';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { requireUser } from '@/lib/auth/session';
import { forbid } from '@/lib/server/forbidden';
import { PageHeader } from '../../../_components/page-header';
import { CreateUserForm } from './_components/create-user-form';

export const metadata: Metadata = { title: 'Brukere og roller' };

export default async function UsersPage() {
  const user = await requireUser('/admin/brukere');
  if (!can(user, 'user.list', SYSTEM)) forbid();
  const users = await listUsers(await getDb());
  return (
    <>
      <PageHeader title="Brukere og roller" crumbs={[{ href: '/admin', label: 'Administrasjon' }]} lead="Opprett brukere og gi dem roller i kommuner og samarbeid." />
      <div className="grid gap-8 xl:grid-cols-[2fr_1fr]">
        <section aria-labelledby="brukerliste">
          <Heading level={2} id="brukerliste" data-size="sm" className="mb-4">
            Alle brukere ({users.length})
          </Heading>
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
                    <TableCell>{[...new Set(u.roles.map((r) => ROLE_LABELS[r]))].join(', ') || '–'}</TableCell>
                    <TableCell>{u.active ? <Tag data-color="success">Aktiv</Tag> : <Tag data-color="neutral">Deaktivert</Tag>}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
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
