import type { Metadata } from 'next';
import Link from 'next/link';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { countMunicipalities } from '@/db/queries/municipalities';
import { listUsers } from '@/db/queries/users';
import { listCooperationNames } from '@/db/queries/cooperations';
import { can, SYSTEM } from '@/lib/auth/can';
import { requireUser } from '@/lib/auth/session';
import { forbid } from '@/lib/server/forbidden';
import { PageHeader } from '../../_components/page-header';

export const metadata: Metadata = { title: 'Administrasjon' };

export default async function AdminPage() {
  const user = await requireUser('/admin');
  if (!can(user, 'admin.access', SYSTEM)) forbid();
  const db = await getDb();
  const [users, municipalities, cooperations] = await Promise.all([listUsers(db), countMunicipalities(db), listCooperationNames(db)]);
  const cards = [
    { href: '/admin/brukere', title: 'Brukere og roller', text: `${users.length} brukere, ${users.filter((u) => !u.active).length} deaktivert.` },
    { href: '/admin/kommuner', title: 'Kommuner', text: `${municipalities} gyldige kommuner i referansedataene.` },
    { href: '/admin/valg', title: 'Kommunevalg', text: 'Registrer et valg, så blir sponsorene i alle aktive samarbeid merket for ny bekreftelse.' },
    { href: '/admin/revisjonslogg', title: 'Revisjonslogg', text: 'Hvem som endret hva og når, innlogginger og mislykkede innlogginger.' },
    { href: '/admin/diagnostikk', title: 'Diagnostikk', text: 'Database, migreringer og kontroll av feilhåndteringen.' },
  ];
  return (
    <>
      <PageHeader title="Administrasjon" lead={`Brukere, roller og referansedata for hele løsningen. ${cooperations.length} samarbeid er registrert.`} />
      <ul className="grid gap-4 md:grid-cols-2">
        {cards.map((c) => (
          <li key={c.href} className="bb-panel">
            <Heading level={2} data-size="xs">
              <Link href={c.href}>{c.title}</Link>
            </Heading>
            <Paragraph data-size="sm" className="mt-2">
              {c.text}
            </Paragraph>
          </li>
        ))}
      </ul>
    </>
  );
}
