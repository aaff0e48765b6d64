import type { Metadata } from 'next';
import { Heading, Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import { getDb } from '@/db/client';
import { listElections } from '@/db/queries/elections';
import { can, SYSTEM } from '@/lib/pure/auth/can';
import { requireUser } from '@/lib/server/auth/session';
import { requestNow } from '@/lib/server/clock';
import { nextElectionDay } from '@/lib/pure/domain/elections';
import { EVENT_ANCHORING } from '@/lib/pure/domain/event-anchoring';
import { osloDateOf } from '@/lib/pure/domain/iso-date';
import { formatDate, formatDateTime } from '@/lib/pure/format';
import { forbid } from '@/lib/server/forbidden';
import { PageHeader } from '../../../_components/page-header';
import { ElectionForm } from './_components/election-form';

export const metadata: Metadata = { title: 'Kommunevalg' };

export default async function ElectionsPage() {
  const user = await requireUser('/admin/valg');
  if (!can(user, 'election.record', SYSTEM)) forbid();
  const [elections, now] = await Promise.all([listElections(await getDb()), requestNow()]);
  const today = osloDateOf(now);
  // The most recent election day that has passed, unless it is already recorded: then the next one.
  const next = nextElectionDay(today);
  const lastPast = nextElectionDay(`${Number(today.slice(0, 4)) - 4}${today.slice(4)}`);
  const suggested = lastPast < today && !elections.some((e) => e.electionDate === lastPast) ? lastPast : next;
  return (
    <>
      <PageHeader
        title="Kommunevalg"
        crumbs={[{ href: '/admin', label: 'Administrasjon' }]}
        lead="Etter hvert kommunevalg må sponsorene i alle aktive samarbeid bekreftes på nytt – ny ordfører og nye folkevalgte betyr ofte nye sponsorer – og samarbeidet må forankres hos de nye folkevalgte i hver deltakerkommune."
      />
      <div className="grid gap-8 lg:grid-cols-[1fr_2fr]">
        <section className="bb-panel self-start" aria-labelledby="nytt-valg">
          <Heading level={2} id="nytt-valg" data-size="xs">
            Registrer et valg
          </Heading>
          <ElectionForm suggestedDate={suggested} defaultMonths={EVENT_ANCHORING.valg.months} />
        </section>
        <section aria-labelledby="tidligere-valg">
          <Heading level={2} id="tidligere-valg" data-size="xs" className="mb-3">
            Registrerte valg
          </Heading>
          {elections.length === 0 ? (
            <Paragraph className="bb-panel">Ingen valg er registrert ennå.</Paragraph>
          ) : (
            <Table border className="w-full">
              <caption className="ds-sr-only">Registrerte kommunevalg</caption>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>Valgdag</TableHeaderCell>
                  <TableHeaderCell>Samarbeid</TableHeaderCell>
                  <TableHeaderCell>Sponsorer til ny bekreftelse</TableHeaderCell>
                  <TableHeaderCell>Forankringer etter valget</TableHeaderCell>
                  <TableHeaderCell>Registrert</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {elections.map((e) => (
                  <TableRow key={e.id}>
                    <TableCell>
                      {formatDate(e.electionDate)}
                      {e.kind === 'ekstraordinaert' ? <span className="bb-muted block text-xs">Ekstraordinær: {e.reason}</span> : null}
                    </TableCell>
                    <TableCell>{e.cooperationsFlagged}</TableCell>
                    <TableCell>{e.sponsorsFlagged}</TableCell>
                    <TableCell>
                      {e.occurrencesCreated}
                      <span className="bb-muted block text-xs">Frist {e.followUpMonths} mnd. etter valget</span>
                    </TableCell>
                    <TableCell>{formatDateTime(e.recordedAt)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </section>
      </div>
    </>
  );
}
