import type { Metadata } from 'next';
import Link from 'next/link';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { appliedMigrations, getDbHandle } from '@/db/client';
import { can, SYSTEM } from '@/lib/pure/auth/can';
import { requireUser } from '@/lib/server/auth/session';
import { forbid } from '@/lib/server/forbidden';
import { PageHeader } from '../../../_components/page-header';
import { ConsistencyCheck } from './_components/consistency-check';

export const metadata: Metadata = { title: 'Diagnostikk' };

export default async function DiagnosticsPage() {
  const user = await requireUser('/admin/diagnostikk');
  if (!can(user, 'admin.access', SYSTEM)) forbid();
  const { db, kind } = await getDbHandle();
  const migrations = await appliedMigrations(db);
  return (
    <>
      <PageHeader title="Diagnostikk" crumbs={[{ href: '/admin', label: 'Administrasjon' }]} lead="Tilstanden til installasjonen, og verktøy for å kontrollere den." />
      <div className="grid gap-6 md:grid-cols-2">
        <section className="bb-panel" aria-labelledby="database">
          <Heading level={2} id="database" data-size="xs">
            Database
          </Heading>
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="font-semibold">Type</dt>
            <dd>{kind === 'pglite' ? 'Innebygd (PGlite)' : 'PostgreSQL-server'}</dd>
            <dt className="font-semibold">Migreringer</dt>
            <dd>{migrations}</dd>
          </dl>
        </section>
        <section className="bb-panel md:col-span-2" aria-labelledby="konsistens">
          <Heading level={2} id="konsistens" data-size="xs">
            Livsløp og historikk
          </Heading>
          <Paragraph data-size="sm" className="mt-2">
            Spiller av historikken til hvert samarbeid og kontrollerer at den ender i tilstanden som er lagret. Avvik
            betyr at noe har endret tilstanden utenom livsløpet.
          </Paragraph>
          <ConsistencyCheck />
        </section>
        <section className="bb-panel" aria-labelledby="feilside">
          <Heading level={2} id="feilside" data-size="xs">
            Feilhåndtering
          </Heading>
          <Paragraph data-size="sm" className="mt-2">
            Kontroller at en serverfeil gir brukerne en norsk feilside uten tekniske detaljer, og at feilen logges på
            serveren med en referanse.
          </Paragraph>
          <Paragraph className="mt-3">
            <Link href="/admin/diagnostikk/testfeil">Utløs en testfeil</Link>
          </Paragraph>
        </section>
      </div>
    </>
  );
}
