// The administration overview: where an administrator lands. The figures that need attention
// (accounts without a role, drafts, the last election) with a link to where each is handled,
// all counted in SQL (db/queries/admin-overview.ts).
import type { Metadata } from 'next';
import Link from 'next/link';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { adminOverview } from '@/db/queries/admin-overview';
import { can, SYSTEM } from '@/lib/pure/auth/can';
import { requireUser } from '@/lib/server/auth/session';
import { formatDateNb } from '@/lib/pure/domain/iso-date';
import { countNb } from '@/lib/pure/domain/nb-text';
import { forbid } from '@/lib/server/forbidden';
import { PageHeader } from '../../_components/page-header';

export const metadata: Metadata = { title: 'Administrasjon' };

const nb = (n: number) => n.toLocaleString('nb-NO');

export default async function AdminPage() {
  const user = await requireUser('/admin');
  if (!can(user, 'admin.access', SYSTEM)) forbid();
  const o = await adminOverview(await getDb());
  const cards = [
    {
      href: '/admin/brukere',
      title: 'Brukere og roller',
      text: `${countNb(o.users.total, 'bruker', 'brukere')}, ${nb(o.users.deactivated)} deaktivert.`,
      attention: o.users.withoutRole > 0 ? `${countNb(o.users.withoutRole, 'aktiv bruker', 'aktive brukere')} uten rolle venter på tilgang.` : null,
    },
    {
      href: '/samarbeid',
      title: 'Samarbeid',
      text: `${nb(o.cooperations.inWork)} i arbeid, ${nb(o.cooperations.drafts)} utkast og ${nb(o.cooperations.ended)} avsluttet.`,
      attention: null,
    },
    { href: '/admin/kommuner', title: 'Kommuner', text: `${nb(o.municipalities)} gyldige kommuner i referansedataene.`, attention: null },
    {
      href: '/admin/valg',
      title: 'Kommunevalg',
      text: o.lastElection
        ? `Siste registrerte valg: ${formatDateNb(o.lastElection.electionDate)}${o.lastElection.kind === 'ekstraordinaert' ? ' (ekstraordinært)' : ''}. Et nytt valg merker sponsorene i alle aktive samarbeid for ny bekreftelse.`
        : 'Ingen valg er registrert. Et valg merker sponsorene i alle aktive samarbeid for ny bekreftelse.',
      attention: null,
    },
    { href: '/admin/revisjonslogg', title: 'Revisjonslogg', text: 'Hvem som endret hva og når, innlogginger og mislykkede innlogginger.', attention: null },
    { href: '/admin/diagnostikk', title: 'Diagnostikk', text: 'Database, migreringer og kontroll av feilhåndteringen.', attention: null },
  ];
  return (
    <>
      <PageHeader title="Administrasjon" lead={`Brukere, roller og referansedata for hele løsningen. ${countNb(o.cooperations.total, 'samarbeid er registrert', 'samarbeid er registrert')}.`} />
      <ul className="grid gap-4 md:grid-cols-2" data-testid="admin-oversikt">
        {cards.map((c) => (
          <li key={c.href} className="bb-panel">
            <Heading level={2} data-size="xs">
              <Link href={c.href}>{c.title}</Link>
            </Heading>
            <Paragraph data-size="sm" className="mt-2">
              {c.text}
            </Paragraph>
            {c.attention ? (
              <Paragraph data-size="sm" className="mt-2 font-semibold">
                {c.attention}
              </Paragraph>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
