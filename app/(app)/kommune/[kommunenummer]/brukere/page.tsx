// A municipality's own users, for its rådmannsteam (and administrators): who has which role
// here, invitations still pending, and inviting, granting and revoking the municipality's own
// roles. Another municipality's page answers 403.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Heading, Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag, Textfield } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import { getDb } from '@/db/client';
import { getMunicipality } from '@/db/queries/municipalities';
import { municipalityUsers, pendingMunicipalityInvitations } from '@/db/queries/person-links';
import { can } from '@/lib/pure/auth/can';
import { ROLE_LABELS } from '@/lib/pure/auth/roles';
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

export const metadata: Metadata = { title: 'Kommunens brukere' };

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
  if (!can(user, 'municipality.users', { kind: 'municipality', kommunenummer })) forbid('Bare rådmannsteamet i kommunen og administratorer kan se og endre kommunens brukere.');
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
  const pageHref = (n: number) => `/kommune/${kommunenummer}/brukere?${new URLSearchParams({ ...(query ? { sok: query } : {}), side: String(n) }).toString()}`;

  return (
    <>
      <PageHeader
        title={`Brukere i ${place}`}
        crumbs={[{ href: `/register/${kommunenummer}`, label: `Registeret for ${place}` }]}
        lead="Rådmannsteamet inviterer kommunens egne folk og gir dem roller her. Sponsorer, operative ledere og representanter kobles til brukerkontoer på samarbeidets sider."
      />
      <div className="grid gap-8 xl:grid-cols-[2fr_1fr]">
        <section aria-labelledby="brukerliste">
          <Heading level={2} id="brukerliste" data-size="sm" className="mb-3">
            Brukere med rolle i kommunen
          </Heading>
          <form method="get" className="mb-4 flex flex-wrap items-end gap-3" role="search" aria-label="Søk blant kommunens brukere">
            <Textfield label="Søk på navn eller e-post" name="sok" defaultValue={query} autoComplete="off" className="min-w-64" />
            <SubmitButton variant="secondary">
              Søk
            </SubmitButton>
          </form>
          {users.length === 0 ? (
            <Paragraph role="status">{query ? `Ingen brukere passer «${query}».` : 'Ingen brukere har en rolle i kommunen ennå.'}</Paragraph>
          ) : (
            <div className="overflow-x-auto">
              <Table border className="w-full" data-testid="kommunens-brukere">
                <caption className="ds-sr-only">Kommunens brukere, roller og status</caption>
                <TableHead>
                  <TableRow>
                    <TableHeaderCell>Navn</TableHeaderCell>
                    <TableHeaderCell>Roller i kommunen</TableHeaderCell>
                    <TableHeaderCell>Status</TableHeaderCell>
                    <TableHeaderCell>Gi rolle</TableHeaderCell>
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
                                  {ROLE_LABELS[g.role]}
                                  {g.cooperationName ? <span className="bb-muted text-sm"> i {g.cooperationName}</span> : null}
                                </span>
                                {g.cooperationId === null && isLocal(g.role) && !(g.role === 'radmannsteam' && u.id === user.id) ? (
                                  <RevokeLocalRole kommunenummer={kommunenummer} assignmentId={g.id} label={ROLE_LABELS[g.role]} userName={u.name} />
                                ) : null}
                              </li>
                            ))}
                          </ul>
                        </TableCell>
                        <TableCell>
                          {u.active ? <Tag data-color="success">Aktiv</Tag> : <Tag data-color="neutral">Deaktivert</Tag>}
                        </TableCell>
                        <TableCell>{u.active ? <GrantLocalRole kommunenummer={kommunenummer} userId={u.id} userName={u.name} missing={missing} /> : null}</TableCell>
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
                Invitasjoner som venter på svar
              </Heading>
              <Paragraph data-size="sm" className="mb-3">
                Rollen gis når personen har valgt passord med lenken eller logget inn.
              </Paragraph>
              <div className="overflow-x-auto">
                <Table border className="w-full" data-testid="ventende-invitasjoner">
                  <caption className="ds-sr-only">Invitasjoner som venter på svar</caption>
                  <TableHead>
                    <TableRow>
                      <TableHeaderCell>Navn</TableHeaderCell>
                      <TableHeaderCell>Rolle</TableHeaderCell>
                      <TableHeaderCell>Status</TableHeaderCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {pending.map((i) => (
                      <TableRow key={i.id} data-testid={`invitasjon-${i.email}`}>
                        <TableCell>
                          {i.name}
                          <span className="bb-muted block text-sm">{i.email}</span>
                        </TableCell>
                        <TableCell>{ROLE_LABELS[i.role]}</TableCell>
                        <TableCell>
                          {i.expiresAt > now ? (
                            <span className="flex flex-col gap-1">
                              <Tag data-color="info">Invitasjon sendt</Tag>
                              <span className="text-sm">utløper {formatDateTime(i.expiresAt)}</span>
                            </span>
                          ) : (
                            <span className="flex flex-col gap-1">
                              <Tag data-color="warning">Invitasjonen er utløpt</Tag>
                              <span className="text-sm">Send en ny.</span>
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
            <nav aria-label="Sider" className="mt-4 flex gap-4 text-sm">
              {page > 1 ? <Link href={pageHref(page - 1)}>Forrige side</Link> : null}
              <span>Side {page}</span>
              {more ? <Link href={pageHref(page + 1)}>Neste side</Link> : null}
            </nav>
          ) : null}
        </section>
        <section aria-labelledby="inviter-bruker" className="bb-panel self-start">
          <Heading level={2} id="inviter-bruker" data-size="sm">
            Inviter en bruker
          </Heading>
          <Paragraph data-size="sm" className="mt-1">
            Personen får en e-post med en lenke for å velge sitt eget passord. Lenken virker i sju dager og kan brukes én gang.
          </Paragraph>
          <LocalInviteForm kommunenummer={kommunenummer} />
        </section>
      </div>
    </>
  );
}
