// Who is responsible and how a citizen holds them to account: the member councils, the
// host, the cooperation's own bodies, and contact persons the cooperation has made public.
import Link from 'next/link';
import { Heading, Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import type { PublicCooperation } from '@/lib/pure/register/public';
import { MEMBER_ROLE_LABELS } from '@/lib/pure/register/row';
import { formatDateNb } from '@/lib/pure/domain/iso-date';
import { TableScroll } from '@/app/_components/table-scroll';

export function MembersSection({ c }: { c: PublicCooperation }) {
  return (
    <section aria-labelledby="deltakere-tittel" className="bb-panel">
      <Heading level={2} id="deltakere-tittel" data-size="xs">
        Deltakere
      </Heading>
      <TableScroll label="Deltakere" className="mt-3">
        <Table border className="w-full">
          <caption className="ds-sr-only">Deltakerne i samarbeidet med rolle og kontaktperson</caption>
          <TableHead>
            <TableRow>
              <TableHeaderCell>Deltaker</TableHeaderCell>
              <TableHeaderCell>Rolle</TableHeaderCell>
              <TableHeaderCell>Kontaktperson</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {c.members.map((m) => (
              <TableRow key={`${m.kommunenummer ?? ''}${m.name}`}>
                <TableCell>{m.kommunenummer ? <Link href={`/innsyn/kommune/${m.kommunenummer}`}>{m.name}</Link> : m.name}</TableCell>
                <TableCell>{MEMBER_ROLE_LABELS[m.role]}</TableCell>
                <TableCell>{m.contactPerson ?? <span className="bb-muted">Ikke offentliggjort</span>}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>
      <MembershipHistory c={c} />
    </section>
  );
}

/** Coming and former members with their dates: who takes part when is public record. */
function MembershipHistory({ c }: { c: PublicCooperation }) {
  if (c.upcomingMembers.length === 0 && c.formerMembers.length === 0) return null;
  const name = (m: { name: string; kommunenummer: string | null }) => (m.kommunenummer ? <Link href={`/innsyn/kommune/${m.kommunenummer}`}>{m.name}</Link> : m.name);
  return (
    <div className="mt-4 space-y-3">
      {c.upcomingMembers.length > 0 ? (
        <div>
          <Heading level={3} data-size="2xs">
            Blir med
          </Heading>
          <ul className="mt-1 list-disc pl-6">
            {c.upcomingMembers.map((m) => (
              <li key={`${m.kommunenummer ?? ''}${m.name}`}>
                {name(m)} fra {formatDateNb(m.from)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {c.formerMembers.length > 0 ? (
        <div>
          <Heading level={3} data-size="2xs">
            Tidligere deltakere
          </Heading>
          <ul className="mt-1 list-disc pl-6">
            {c.formerMembers.map((m) => (
              <li key={`${m.kommunenummer ?? ''}${m.name}${m.to}`}>
                {name(m)}: {m.from ? `${formatDateNb(m.from)}–` : 'til '}
                {formatDateNb(m.to)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

export function ResponsibilitySection({ c }: { c: PublicCooperation }) {
  const hostRole = c.members.find((m) => m.role === 'vertskommune') ? 'vertskommune' : 'kontorkommune';
  return (
    <section aria-labelledby="ansvar-tittel" className="bb-panel">
      <Heading level={2} id="ansvar-tittel" data-size="xs">
        Hvem har ansvaret?
      </Heading>
      <Paragraph className="mt-2">
        Hver deltaker har ansvaret for sin del av samarbeidet. Kommunestyret (i en fylkeskommune fylkestinget) hos hver
        deltaker har vedtatt å delta, og det er der deltakelsen kan endres eller avsluttes.
      </Paragraph>
      {c.hosts.length > 0 ? (
        <Paragraph className="mt-2">
          {hostRole === 'vertskommune'
            ? `${c.hosts.join(' og ')} er vertskommune og utfører oppgavene på vegne av de andre deltakerne.`
            : `${c.hosts.join(' og ')} er kontorkommune for samarbeidet.`}
        </Paragraph>
      ) : null}
      {c.bodies.length > 0 ? (
        <>
          <Heading level={3} data-size="2xs" className="mt-4">
            Samarbeidets styrende organer
          </Heading>
          <ul className="mt-2 space-y-2">
            {c.bodies.map((b) => (
              <li key={b.name}>
                <span className="font-semibold">{b.name}</span>
                {b.seats.length > 0 ? (
                  <span className="bb-muted block text-sm">
                    Plasser: {b.seats.map((s) => `${s.member}: ${s.seats}`).join(', ')}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Heading level={3} data-size="2xs" className="mt-4">
        Slik kan du si fra eller spørre
      </Heading>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>Ta kontakt med ordføreren eller medlemmer av kommunestyret i kommunen din. De representerer deg også i samarbeidet.</li>
        <li>Be kommunen om innsyn i saksdokumenter og møtebøker om samarbeidet. Offentlige dokumenter har du rett til å se.</li>
        <li>Kontrollutvalget i kommunen din kan undersøke hvordan kommunen følger opp deltakelsen i samarbeidet.</li>
        {c.members.some((m) => m.contactPerson) ? <li>Kontaktpersonene i tabellen over svarer på spørsmål om samarbeidet.</li> : null}
      </ul>
    </section>
  );
}
