// A municipality's own users, for its rådmannsteam (and administrators): who has which role
// here, invitations still pending, and inviting, granting and revoking the municipality's own
// roles. Another municipality's page answers 403.
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Heading, Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag, Textfield } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import { getDb } from '@/db/client';
import { getMunicipality } from '@/db/queries/municipalities';
import { municipalityUsers, pendingMunicipalityInvitations } from '@/db/queries/person-links';
import { can } from '@/lib/pure/auth/can';
import type { Role } from '@/lib/pure/auth/roles';
import { requireUser } from '@/lib/server/auth/session';
import { requestNow } from '@/lib/server/clock';
import { organisationTitle } from '@/lib/pure/domain/municipality';
import { LOCAL_ROLES, type LocalRole } from '@/lib/pure/domain/person-links';
import { formatDateTime } from '@/lib/pure/format';
import { forbid } from '@/lib/server/forbidden';
import { PageHeader } from '@/app/_components/page-header';
import { LocalInviteForm } from './_components/local-invite-form';
import { GrantLocalRole, RevokeLocalRole } from './_components/local-role-controls';
import { SubmitButton } from '@/app/_components/submit-button';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('brukere.kommune');
  return { title: t('title') };
}

const PAGE_SIZE = 50;
const isLocal = (role: string): role is LocalRole => (LOCAL_ROLES as readonly string[]).includes(role);

type Props = { params: Promise<{ kommunenummer: string }>; searchParams: Promise<{ sok?: string; side?: string }> };

export default async function MunicipalityUsersPage({ params, searchParams }: Props) {
  const { kommunenummer } = await params;
  const user = await requireUser(`/kommune/${kommunenummer}/brukere`);
  if (!/^(\d{2}|\d{4})$/.test(kommunenummer)) notFound();
  const db = await getDb();
  const municipality = await getMunicipality(db, kommunenummer);
  if (!municipality) notFound();
  const [t, tb, locale] = await Promise.all([getTranslations('brukere.kommune'), getTranslations('brukere'), getLocale()]);
  if (!can(user, 'municipality.users', { kind: 'municipality', kommunenummer })) forbid(t('forbidden'));
  const label = (role: Role) => tb(`rolle.${role}`);
  const search = await searchParams;
  const query = (search.sok ?? '').slice(0, 100);
  const page = Math.max(1, Number.parseInt(search.side ?? '1', 10) || 1);
  const now = await requestNow();
  const [rows, pending] = await Promise.all([
    municipalityUsers(db, { kommunenummer, query, limit: PAGE_SIZE + 1, offset: (page - 1) * PAGE_SIZE }),
    pendingMunicipalityInvitations(db, kommunenummer, now),
  ]);
  const more = rows.length > PAGE_SIZE;
  const users = rows.slice(0, PAGE_SIZE);
  const place = organisationTitle(municipality);
  const roleNames = Object.fromEntries(LOCAL_ROLES.map((r) => [r, label(r)])) as Record<LocalRole, string>;
  const revokeWords = { aria: t.raw('revokeAria') as string, confirm: t.raw('revokeConfirm') as string, done: t.raw('revoked') as string, remove: t('remove') };
  const grantWords = { label: t.raw('grantLabel') as string, aria: t.raw('grantAria') as string, done: t.raw('granted') as string, grant: t('grant'), roles: roleNames };
  const pageHref = (n: number) => `/kommune/${kommunenummer}/brukere?${new URLSearchParams({ ...(query ? { sok: query } : {}), side: String(n) }).toString()}`;

  return (
    <div lang={locale}>
      <PageHeader title={t('heading', { place })} crumbs={[{ href: `/register/${kommunenummer}`, label: t('crumb', { place }) }]} lead={t('lead')} />
      <div className="grid gap-8 xl:grid-cols-[2fr_1fr]">
        <section aria-labelledby="brukerliste">
          <Heading level={2} id="brukerliste" data-size="sm" className="mb-3">
            {t('listHeading')}
          </Heading>
          <form method="get" className="mb-4 flex flex-wrap items-end gap-3" role="search" aria-label={t('searchName')}>
            <Textfield label={t('searchLabel')} name="sok" defaultValue={query} autoComplete="off" className="min-w-64" />
            <SubmitButton variant="secondary">
              {t('search')}
            </SubmitButton>
          </form>
          {users.length === 0 ? (
            <Paragraph role="status">{query ? t('noMatch', { query }) : t('none')}</Paragraph>
          ) : (
            <div className="overflow-x-auto">
              <Table border className="w-full" data-testid="kommunens-brukere">
                <caption className="ds-sr-only">{t('caption')}</caption>
                <TableHead>
                  <TableRow>
                    <TableHeaderCell>{t('colName')}</TableHeaderCell>
                    <TableHeaderCell>{t('colRoles')}</TableHeaderCell>
                    <TableHeaderCell>{t('colStatus')}</TableHeaderCell>
                    <TableHeaderCell>{t('colGrant')}</TableHeaderCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {users.map((u) => {
                    const local = u.grants.filter((g) => g.cooperationId === null && isLocal(g.role));
                    const missing = LOCAL_ROLES.filter((r) => !local.some((g) => g.role === r));
                    return (
                      <TableRow key={u.id} data-testid={`bruker-${u.email}`}>
                        <TableCell>
                          {u.name}
                          <span className="bb-muted block text-sm">{u.email}</span>
                        </TableCell>
                        <TableCell>
                          <ul className="flex flex-col gap-1">
                            {u.grants.map((g) => (
                              <li key={g.id} className="flex flex-wrap items-center gap-2">
                                <span>
                                  {label(g.role)}
                                  {g.cooperationName ? <span className="bb-muted text-sm"> {t('inCooperation', { name: g.cooperationName })}</span> : null}
                                </span>
                                {g.cooperationId === null && isLocal(g.role) && !(g.role === 'radmannsteam' && u.id === user.id) ? (
                                  <RevokeLocalRole kommunenummer={kommunenummer} assignmentId={g.id} label={label(g.role)} userName={u.name} words={revokeWords} />
                                ) : null}
                              </li>
                            ))}
                          </ul>
                        </TableCell>
                        <TableCell>
                          {u.active ? <Tag data-color="success">{tb('active')}</Tag> : <Tag data-color="neutral">{tb('deactivated')}</Tag>}
                        </TableCell>
                        <TableCell>{u.active ? <GrantLocalRole kommunenummer={kommunenummer} userId={u.id} userName={u.name} missing={missing} words={grantWords} /> : null}</TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </div>
          )}
          {pending.length > 0 ? (
            <section aria-labelledby="ventende" className="mt-8">
              <Heading level={2} id="ventende" data-size="xs" className="mb-2">
                {t('pendingHeading')}
              </Heading>
              <Paragraph data-size="sm" className="mb-3">
                {t('pendingText')}
              </Paragraph>
              <div className="overflow-x-auto">
                <Table border className="w-full" data-testid="ventende-invitasjoner">
                  <caption className="ds-sr-only">{t('pendingHeading')}</caption>
                  <TableHead>
                    <TableRow>
                      <TableHeaderCell>{t('colName')}</TableHeaderCell>
                      <TableHeaderCell>{t('colRole')}</TableHeaderCell>
                      <TableHeaderCell>{t('colStatus')}</TableHeaderCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {pending.map((i) => (
                      <TableRow key={i.id} data-testid={`invitasjon-${i.email}`}>
                        <TableCell>
                          {i.name}
                          <span className="bb-muted block text-sm">{i.email}</span>
                        </TableCell>
                        <TableCell>{label(i.role)}</TableCell>
                        <TableCell>
                          {i.expiresAt > now ? (
                            <span className="flex flex-col gap-1">
                              <Tag data-color="info">{t('invited')}</Tag>
                              <span className="text-sm">{t('expires', { date: formatDateTime(i.expiresAt, locale) })}</span>
                            </span>
                          ) : (
                            <span className="flex flex-col gap-1">
                              <Tag data-color="warning">{t('expired')}</Tag>
                              <span className="text-sm">{t('sendNew')}</span>
                            </span>
                          )}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
            </section>
          ) : null}
          {page > 1 || more ? (
            <nav aria-label={t('pages')} className="mt-4 flex gap-4 text-sm">
              {page > 1 ? <Link href={pageHref(page - 1)}>{t('previous')}</Link> : null}
              <span>{t('page', { page })}</span>
              {more ? <Link href={pageHref(page + 1)}>{t('next')}</Link> : null}
            </nav>
          ) : null}
        </section>
        <section aria-labelledby="inviter-bruker" className="bb-panel self-start">
          <Heading level={2} id="inviter-bruker" data-size="sm">
            {t('inviteHeading')}
          </Heading>
          <Paragraph data-size="sm" className="mt-1">
            {t('inviteText')}
          </Paragraph>
          <LocalInviteForm
            kommunenummer={kommunenummer}
            words={{ fullName: t('fullName'), email: t('email'), role: t('role'), send: t('send'), checkFields: tb('checkFields'), roles: roleNames }}
          />
        </section>
      </div>
    </div>
  );
}
