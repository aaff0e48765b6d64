// Linking one person a phase names to a user account: search the accounts of the member's
// municipality (of every member's, for the operative leader) and pick one, or invite an
// e-mail address. Only those who may link the person see the page (403 otherwise).
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Heading, Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Textfield } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import { getDb } from '@/db/client';
import { usersOfMunicipalities } from '@/db/queries/person-links';
import { ActionError } from '@/lib/server/action';
import { PICKER_LIMIT, resolvePerson } from '@/lib/server/actions/person-links';
import { can, cooperationResource } from '@/lib/pure/auth/can';
import { osloDateOf } from '@/lib/pure/domain/iso-date';
import { requestNow } from '@/lib/server/clock';
import { LINK_ROLE_LABELS, linkState, mayLinkFor } from '@/lib/pure/domain/person-links';
import { cooperationPage } from '@/lib/server/cooperation-page';
import { forbid } from '@/lib/server/forbidden';
import { personSchema } from '@/lib/pure/validation/accounts';
import { InviteForm } from '../_components/invite-form';
import { LinkStateView } from '../../_components/link-state';
import { PickUserButton } from '../_components/pick-user-button';
import { SubmitButton } from '@/app/_components/submit-button';

export const metadata: Metadata = { title: 'Koble til brukerkonto' };

const PHASE_PAGE = { politisk_sponsor: ['stotte', 'Støtte'], administrativ_sponsor: ['stotte', 'Støtte'], operativ_leder: ['design', 'Design'], medlemsrepresentant: ['deltakelse', 'Deltakelse'] } as const;

type Search = { rolle?: string; sponsor?: string; deltaker?: string; sok?: string };

export default async function KoblePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const { id } = await params;
  const search = await searchParams;
  const { user, dossier, allowed } = await cooperationPage(id, `/samarbeid/${id}/personer/koble`);
  if (!allowed) return null; // the layout shows NoAccess
  if (!can(user, 'cooperation.people', cooperationResource(dossier))) forbid('Bare rådmannsteamet i en deltakerkommune og operativ leder kan koble personer til brukerkontoer.');
  const parsed = personSchema.safeParse({ cooperationId: id, role: search.rolle, sponsorId: search.sponsor ?? null, memberId: search.deltaker ?? null });
  if (!parsed.success) notFound();
  const db = await getDb();
  const now = await requestNow();
  let person: Awaited<ReturnType<typeof resolvePerson>>;
  try {
    person = await resolvePerson(db, parsed.data, osloDateOf(now));
  } catch (err) {
    if (err instanceof ActionError) notFound();
    throw err;
  }
  if (!mayLinkFor(user.roles, id, person.member?.kommunenummer ?? null)) forbid('Du kan bare koble personer som representerer din egen kommune.');
  const query = (search.sok ?? '').slice(0, 100);
  const candidates = await usersOfMunicipalities(db, { kommunenummer: person.kommunenummer, query, limit: PICKER_LIMIT });
  const [page, phaseLabel] = PHASE_PAGE[person.role];
  const back = `/samarbeid/${id}/${page}`;
  const ref = { cooperationId: id, role: person.role, sponsorId: person.sponsorId, memberId: person.member?.id ?? null, expectedLinkId: person.current?.id ?? null };
  const scope = person.member?.kommunenummer ? person.member.name : 'deltakerkommunene';

  return (
    <div className="max-w-4xl space-y-6">
      <div>
        <p className="bb-muted text-sm">
          <Link href={back}>Tilbake til {phaseLabel}</Link>
        </p>
        <Heading level={2} data-size="md" className="mt-2">
          {person.name ? `Koble ${person.name} til en brukerkonto` : `Legg til representant for ${person.member?.name}`}
        </Heading>
        <Paragraph className="bb-muted mt-2">
          {LINK_ROLE_LABELS[person.role]}
          {person.member ? ` for ${person.member.name}` : ''}. Med en brukerkonto kan personen lese samarbeidet og blir invitert til evalueringene fra sitt perspektiv.
        </Paragraph>
        {person.current ? (
          <div className="mt-3" data-testid="naa">
            <span className="mr-2 text-sm">Nå:</span>
            <LinkStateView state={linkState(person.current, now)} />
          </div>
        ) : null}
      </div>

      <section aria-labelledby="velg-bruker" className="bb-panel">
        <Heading level={3} id="velg-bruker" data-size="xs">
          Velg en bruker som finnes
        </Heading>
        <Paragraph data-size="sm" className="mt-1">
          Brukere med en rolle i {scope}. Søk på navn eller e-post; listen viser høyst {PICKER_LIMIT}.
        </Paragraph>
        <form method="get" className="mt-3 flex flex-wrap items-end gap-3" role="search" aria-label="Søk etter brukere">
          <input type="hidden" name="rolle" value={person.role} />
          {person.sponsorId ? <input type="hidden" name="sponsor" value={person.sponsorId} /> : null}
          {!person.sponsorId && person.member ? <input type="hidden" name="deltaker" value={person.member.id} /> : null}
          <Textfield label="Søk etter bruker" name="sok" defaultValue={query} autoComplete="off" className="min-w-64" />
          <SubmitButton variant="secondary">
            Søk
          </SubmitButton>
        </form>
        {candidates.length === 0 ? (
          <Paragraph data-size="sm" className="mt-3" role="status">
            {query ? `Ingen brukere i ${scope} passer «${query}».` : `Ingen brukere har en rolle i ${scope} ennå.`} Inviter personen på e-post under.
          </Paragraph>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <Table border className="w-full" data-testid="brukervalg">
              <caption className="ds-sr-only">Brukere som kan velges</caption>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>Navn</TableHeaderCell>
                  <TableHeaderCell>E-post</TableHeaderCell>
                  <TableHeaderCell>
                    <span className="ds-sr-only">Velg</span>
                  </TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {candidates.map((c) => (
                  <TableRow key={c.id}>
                    <TableCell>
                      {c.name}
                      {c.title ? <span className="bb-muted block text-sm">{c.title}</span> : null}
                    </TableCell>
                    <TableCell>{c.email}</TableCell>
                    <TableCell>
                      <PickUserButton person={ref} userId={c.id} userName={c.name} back={back} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>

      <section aria-labelledby="inviter" className="bb-panel">
        <Heading level={3} id="inviter" data-size="xs">
          Inviter på e-post
        </Heading>
        <Paragraph data-size="sm" className="mt-1">
          Personen får en lenke som virker i sju dager og kan brukes én gang, for å velge sitt eget passord. Tilgangen gis når personen tar imot invitasjonen.
        </Paragraph>
        <InviteForm person={ref} defaultName={person.name ?? ''} back={back} backLabel={`Tilbake til ${phaseLabel}`} />
      </section>
    </div>
  );
}
