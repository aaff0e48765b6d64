import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Heading, Paragraph, TableCell, TableRow, Tag } from '@digdir/designsystemet-react';
import { ActionTable } from '@/app/_components/action-table';
import { getDb } from '@/db/client';
import { getUser, listRoleAssignments } from '@/db/queries/users';
import { listMunicipalities } from '@/db/queries/municipalities';
import { can, SYSTEM } from '@/lib/pure/auth/can';
import { ROLES } from '@/lib/pure/auth/roles';
import { requireUser } from '@/lib/server/auth/session';
import { formatDateTime } from '@/lib/pure/format';
import { forbid } from '@/lib/server/forbidden';
import { PageHeader } from '../../../../_components/page-header';
import { GrantRoleForm } from './_components/grant-role-form';
import { RevokeRoleButton } from './_components/revoke-role-button';
import { ActiveToggle } from './_components/active-toggle';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('brukere');
  return { title: t('userTitle') };
}

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
  const [t, locale] = await Promise.all([getTranslations('brukere'), getLocale()]);
  const label = (role: (typeof ROLES)[number]) => t(`rolle.${role}`);
  return (
    <div lang={locale}>
      <PageHeader
        title={user.name}
        crumbs={[
          { href: '/admin', label: t('admin') },
          { href: '/admin/brukere', label: t('title') },
        ]}
        lead={`${user.email}${user.title ? ` · ${user.title}` : ''}`}
      >
        <ActiveToggle
          userId={user.id}
          active={user.active}
          self={user.id === me.id}
          words={{
            activeUser: t('activeUser'),
            deactivated: t('deactivated'),
            deactivatedDone: t('deactivatedDone'),
            activatedDone: t('activatedDone'),
            deactivate: t('deactivate'),
            activate: t('activate'),
          }}
        />
      </PageHeader>
      <div className="grid gap-8 xl:grid-cols-[2fr_1fr]">
        <section aria-labelledby="roller">
          <Heading level={2} id="roller" data-size="sm" className="mb-4">
            {t('roles', { count: active.length })}
          </Heading>
          {active.length === 0 ? (
            <Paragraph className="bb-panel">{t('noRoles')}</Paragraph>
          ) : (
            <ActionTable caption={t('activeRoles')} columns={[t('colRole'), t('colScope'), t('colGranted')]}>
              {active.map((a) => (
                <TableRow key={a.id}>
                  <TableCell>{label(a.role)}</TableCell>
                  <TableCell>{[a.cooperationName, a.municipalityName].filter(Boolean).join(' – ') || t('wholeSystem')}</TableCell>
                  <TableCell>{formatDateTime(a.grantedAt, locale)}</TableCell>
                  <TableCell>
                    <RevokeRoleButton
                      assignmentId={a.id}
                      userId={user.id}
                      label={`${label(a.role)} ${a.cooperationName ?? a.municipalityName ?? ''}`.trim()}
                      words={{ aria: t.raw('revokeAria') as string, confirm: t.raw('revokeConfirm') as string, done: t.raw('revoked') as string, remove: t('remove') }}
                    />
                  </TableCell>
                </TableRow>
              ))}
            </ActionTable>
          )}
          {revoked.length > 0 ? (
            <details className="mt-6">
              <summary className="cursor-pointer font-semibold">{t('earlierRoles', { count: revoked.length })}</summary>
              <ul className="mt-2 space-y-1">
                {revoked.map((a) => (
                  <li key={a.id}>
                    <Tag data-color="neutral">{label(a.role)}</Tag> {t('revokedLine', { where: a.cooperationName ?? a.municipalityName ?? '', date: formatDateTime(a.revokedAt!, locale) })}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </section>
        <section aria-labelledby="gi-rolle" className="bb-panel self-start">
          <Heading level={2} id="gi-rolle" data-size="sm">
            {t('grantHeading')}
          </Heading>
          <GrantRoleForm
            userId={user.id}
            municipalities={municipalities.map((m) => ({ kommunenummer: m.kommunenummer, name: m.name, otherName: m.otherName, countyName: m.countyName, kind: m.kind }))}
            words={{
              roles: Object.fromEntries(ROLES.map((r) => [r, label(r)])) as Record<(typeof ROLES)[number], string>,
              role: t('role'),
              cooperation: t('cooperation'),
              representedMunicipality: t('representedMunicipality'),
              municipality: t('municipality'),
              representedDescription: t('representedDescription'),
              grant: t('grant'),
              granted: t.raw('granted') as string,
              checkFields: t('checkFields'),
            }}
          />
        </section>
      </div>
    </div>
  );
}
