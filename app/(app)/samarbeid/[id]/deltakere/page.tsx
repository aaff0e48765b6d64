// Deltakere: who takes part now, who joins or leaves and when, who has left, and the
// membership history. While setting up, members are added and removed directly; in a
// redesign, joiners and leavers are proposals the member decisions apply; in drift a change
// starts as a redesign («Foreslå endring» on the overview).
import type { Metadata } from 'next';
import Link from 'next/link';
import { SectionTitle } from '@/app/_components/phase/section-rule';
import { Alert, Heading, Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import { getDb } from '@/db/client';
import { listMunicipalities } from '@/db/queries/municipalities';
import { formatDateNb } from '@/lib/pure/domain/iso-date';
import { CHANGE_KIND_LABELS, CHANGE_STATUS_LABELS, membershipEditMode, type MembershipChange } from '@/lib/pure/domain/membership';
import { isEnded, type Member } from '@/lib/pure/domain/dossier';
import { MEMBER_ROLE_LABELS } from '@/lib/pure/register/row';
import { cooperationPage } from '@/lib/server/cooperation-page';
import { TableScroll } from '@/app/_components/table-scroll';
import { AddMemberForm } from './_components/add-member-form';
import { RemoveMember } from './_components/remove-member';
import { WithdrawChange } from './_components/withdraw-change';

export const metadata: Metadata = { title: 'Deltakere' };

const MODE_TEXT = {
  direkte: 'Mens samarbeidet etableres, kan dere legge til og fjerne deltakere direkte. Ingen deltaker har vedtatt noe ennå.',
  forslag:
    'Samarbeidet er under redesign. Nye deltakere og uttreden foreslås her med dato, og gjelder først når alle deltakerne har vedtatt endringene. Nye deltakere er med i fasene og i vedtaksrunden.',
  stengt: 'Å ta inn en ny deltaker eller la en deltaker tre ut krever vedtak i deltakerne.',
} as const;

function since(m: Member): string {
  return m.joinedAt ? `fra ${formatDateNb(m.joinedAt)}` : 'fra starten';
}

export default async function DeltakerePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { dossier, allowed, canEdit } = await cooperationPage(id, `/samarbeid/${id}/deltakere`);
  if (!allowed) return null; // the layout shows NoAccess
  const mode = membershipEditMode(dossier.state);
  const editable = canEdit && mode !== 'stengt';
  const pending = dossier.membershipChanges.filter((c) => c.status === 'foreslatt');
  const leavingOn = new Map(pending.filter((c) => c.kind === 'ut').map((c) => [c.memberId, c.effectiveDate]));
  // Members added here are municipalities (the schema takes four-digit numbers).
  const municipalities = editable
    ? (await listMunicipalities(await getDb()))
        .filter((m) => m.kind === 'kommune')
        .map((m) => ({ kommunenummer: m.kommunenummer, name: m.name, otherName: m.otherName, countyName: m.countyName, kind: m.kind }))
    : [];

  return (
    <div className="space-y-6">
      <div>
        <Heading level={2} data-size="md">
          <SectionTitle id="samarbeid.deltakere">Deltakere</SectionTitle>
        </Heading>
        <Paragraph className="bb-muted mt-2 max-w-3xl">{MODE_TEXT[mode]}</Paragraph>
        {mode === 'stengt' && canEdit && !isEnded(dossier.state) ? (
          <Paragraph data-size="sm" className="mt-2">
            I drift starter en slik endring med <Link href={`/samarbeid/${id}?endring=nytt_medlem#neste-steg`}>«Foreslå endring» på oversiktssiden</Link>. Da går
            samarbeidet til redesign, og endringen i deltakelsen foreslås her.
          </Paragraph>
        ) : null}
      </div>

      <section aria-labelledby="naa-tittel" className="bb-panel">
        <Heading level={2} id="naa-tittel" data-size="sm">
          Deltakere nå ({dossier.members.length})
        </Heading>
        <TableScroll label="Tabell over deltakerne nå" className="mt-3">
          <Table border className="w-full">
            <TableHead>
              <TableRow>
                <TableHeaderCell>Deltaker</TableHeaderCell>
                <TableHeaderCell>Rolle</TableHeaderCell>
                <TableHeaderCell>Medlemskap</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {dossier.members.map((m) => (
                <TableRow key={m.id}>
                  <TableCell>
                    <div>{m.name}</div>
                    {editable && !leavingOn.has(m.id) && dossier.members.length > 2 ? (
                      <div className="mt-2">
                        <RemoveMember cooperationId={id} memberId={m.id} name={m.name} proposal={mode === 'forslag'} />
                      </div>
                    ) : null}
                  </TableCell>
                  <TableCell>{MEMBER_ROLE_LABELS[m.role]}</TableCell>
                  <TableCell>
                    {since(m)}
                    {m.leftAt ? `, siste dag ${formatDateNb(m.leftAt)}` : ''}
                    {leavingOn.has(m.id) ? (
                      <div>
                        <Tag data-color="warning" data-size="sm">
                          Foreslått uttreden {formatDateNb(leavingOn.get(m.id)!)}
                        </Tag>
                      </div>
                    ) : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      </section>

      {dossier.upcomingMembers.length > 0 || dossier.proposedMembers.length > 0 ? (
        <section aria-labelledby="kommende-tittel" className="bb-panel">
          <Heading level={2} id="kommende-tittel" data-size="sm">
            Nye deltakere
          </Heading>
          <ul className="mt-2 space-y-1">
            {dossier.upcomingMembers.map((m) => (
              <li key={m.id}>
                {m.name} ({MEMBER_ROLE_LABELS[m.role].toLowerCase()}) er med {since(m)}.
              </li>
            ))}
            {dossier.proposedMembers.map((m) => (
              <li key={m.id}>
                {m.name} ({MEMBER_ROLE_LABELS[m.role].toLowerCase()}) er foreslått {m.joinedAt ? `fra ${formatDateNb(m.joinedAt)}` : ''} og venter på vedtak.
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {pending.length > 0 ? (
        <section aria-labelledby="forslag-tittel" className="bb-panel">
          <Heading level={2} id="forslag-tittel" data-size="sm">
            Foreslåtte endringer
          </Heading>
          <Paragraph data-size="sm" className="mt-1">
            Endringene sendes til vedtak sammen med resten av redesignen. Forkastes redesignen, forkastes også forslagene.
          </Paragraph>
          <ul className="mt-2 space-y-2">
            {pending.map((c) => (
              <li key={c.id} className="flex flex-wrap items-center gap-3">
                <span>{changeText(c)}</span>
                {editable ? <WithdrawChange cooperationId={id} changeId={c.id} label={changeText(c)} /> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {editable ? <AddMemberForm cooperationId={id} proposal={mode === 'forslag'} municipalities={municipalities} /> : null}

      {mode === 'stengt' && !canEdit ? (
        <Alert data-color="info">
          <Paragraph data-size="sm">Endringer i deltakelsen foreslås av rådmannsteamet i en deltakerkommune eller av den operative lederen.</Paragraph>
        </Alert>
      ) : null}

      <section aria-labelledby="tidligere-tittel" className="bb-panel">
        <Heading level={2} id="tidligere-tittel" data-size="sm">
          Tidligere deltakere
        </Heading>
        {dossier.formerMembers.length === 0 ? (
          <Paragraph data-size="sm" className="mt-2">
            Ingen deltakere har trådt ut.
          </Paragraph>
        ) : (
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {dossier.formerMembers.map((m) => (
              <li key={m.id}>
                {m.name}: {since(m)} til og med {formatDateNb(m.leftAt!)}
              </li>
            ))}
          </ul>
        )}
      </section>

      {dossier.membershipChanges.some((c) => c.status !== 'foreslatt') ? (
        <section aria-labelledby="historikk-tittel" className="bb-panel">
          <Heading level={2} id="historikk-tittel" data-size="sm">
            Endringer i deltakelsen
          </Heading>
          <ul className="mt-2 space-y-1">
            {dossier.membershipChanges
              .filter((c) => c.status !== 'foreslatt')
              .map((c) => (
                <li key={c.id}>
                  {changeText(c)} – {CHANGE_STATUS_LABELS[c.status].toLowerCase()}
                  {c.decisionRound ? ` i vedtaksrunde ${c.decisionRound}` : ''}
                  {c.reason ? `. Begrunnelse: ${c.reason}` : ''}
                </li>
              ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function changeText(c: MembershipChange): string {
  return c.kind === 'inn'
    ? `${CHANGE_KIND_LABELS.inn}: ${c.memberName} fra ${formatDateNb(c.effectiveDate)}`
    : `${CHANGE_KIND_LABELS.ut}: ${c.memberName}, siste dag ${formatDateNb(c.effectiveDate)}`;
}
