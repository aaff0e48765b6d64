import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Heading, Paragraph, TableCell, TableRow, Tag } from '@digdir/designsystemet-react';
import { ActionTable } from '@/app/_components/action-table';
import { getDb } from '@/db/client';
import { getUser, listRoleAssignments } from '@/db/queries/users';
import { listMunicipalities } from '@/db/queries/municipalities';
import { can, SYSTEM } from '@/lib/pure/auth/can';
import { ROLE_LABELS } from '@/lib/pure/auth/roles';
import { requireUser } from '@/lib/server/auth/session';
import { formatDateTime } from '@/lib/pure/format';
import { forbid } from '@/lib/server/forbidden';
import { PageHeader } from '../../../../_components/page-header';
import { GrantRoleForm } from './_components/grant-role-form';
import { RevokeRoleButton } from './_components/revoke-role-button';
import { ActiveToggle } from './_components/active-toggle';

export const metadata: Metadata = { title: 'Bruker' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const me = await requireUser(`/admin/brukere/${id}`);
  if (!can(me, 'user.list', SYSTEM)) forbid();
  if (!UUID.test(id)) notFound();
  const db = await getDb();
  const user = await getUser(db, id);
  if (!user) notFound();
  const [assignments, municipalities] = await Promise.all([listRoleAssignments(db, id), listMunicipalities(db)]);
  const active = assignments.filter((a) => !a.revokedAt);
  const revoked = assignments.filter((a) => a.revokedAt);
  return (
    <>
      <PageHeader
        title={user.name}
        crumbs={[
          { href: '/admin', label: 'Administrasjon' },
          { href: '/admin/brukere', label: 'Brukere og roller' },
        ]}
        lead={`${user.email}${user.title ? ` · ${user.title}` : ''}`}
      >
        <ActiveToggle userId={user.id} active={user.active} self={user.id === me.id} />
      </PageHeader>
      <div className="grid gap-8 xl:grid-cols-[2fr_1fr]">
        <section aria-labelledby="roller">
          <Heading level={2} id="roller" data-size="sm" className="mb-4">
            Roller ({active.length})
          </Heading>
          {active.length === 0 ? (
            <Paragraph className="bb-panel">Brukeren har ingen roller og ser derfor ingen samarbeid.</Paragraph>
          ) : (
            <ActionTable caption="Aktive roller" columns={['Rolle', 'Gjelder', 'Gitt']}>
              {active.map((a) => (
                <TableRow key={a.id}>
                  <TableCell>{ROLE_LABELS[a.role]}</TableCell>
                  <TableCell>{[a.cooperationName, a.municipalityName].filter(Boolean).join(' – ') || 'Hele løsningen'}</TableCell>
                  <TableCell>{formatDateTime(a.grantedAt)}</TableCell>
                  <TableCell>
                    <RevokeRoleButton assignmentId={a.id} userId={user.id} label={`${ROLE_LABELS[a.role]} ${a.cooperationName ?? a.municipalityName ?? ''}`.trim()} />
                  </TableCell>
                </TableRow>
              ))}
            </ActionTable>
          )}
          {revoked.length > 0 ? (
            <details className="mt-6">
              <summary className="cursor-pointer font-semibold">Tidligere roller ({revoked.length})</summary>
              <ul className="mt-2 space-y-1">
                {revoked.map((a) => (
                  <li key={a.id}>
                    <Tag data-color="neutral">{ROLE_LABELS[a.role]}</Tag> {a.cooperationName ?? a.municipalityName ?? ''} – fjernet{' '}
                    {formatDateTime(a.revokedAt!)}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </section>
        <section aria-labelledby="gi-rolle" className="bb-panel self-start">
          <Heading level={2} id="gi-rolle" data-size="sm">
            Gi en rolle
          </Heading>
          <GrantRoleForm
            userId={user.id}
            municipalities={municipalities.map((m) => ({ kommunenummer: m.kommunenummer, name: m.name, otherName: m.otherName, countyName: m.countyName, kind: m.kind }))}
          />
        </section>
      </div>
    </>
  );
}
