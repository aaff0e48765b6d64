import type { Metadata } from 'next';
import Link from 'next/link';
import { Heading, Tag } from '@digdir/designsystemet-react';
import { phaseReadiness } from '@/lib/pure/domain/readiness';
import { PHASES } from '@/lib/pure/domain/dossier';
import { cooperationPage, readableName } from '@/lib/server/cooperation-page';
import { STATE_LABELS } from '@/workflows/cooperation/states';
import { forbid } from '@/lib/server/forbidden';
import { CooperationTabs, type CooperationTab } from './_components/cooperation-tabs';

// Page titles name the cooperation ("Design – Legevakt … – Brobygger"), but only for a user
// who may read it: a title must not leak a name the page itself would hide.
export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const name = await readableName((await params).id);
  return name ? { title: { default: name, template: `%s – ${name} – Brobygger` } } : {};
}

export default async function CooperationLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { dossier, allowed } = await cooperationPage(id, `/samarbeid/${id}`);
  if (!allowed) forbid();
  const readiness = phaseReadiness(dossier);
  const tabs: CooperationTab[] = [
    { href: `/samarbeid/${id}`, label: 'Oversikt', exact: true },
    ...PHASES.map((phase) => ({
      href: `/samarbeid/${id}/${phase}`,
      label: STATE_LABELS[phase],
      status: readiness[phase].ready ? ('klar' as const) : ('mangler' as const),
      missingCount: readiness[phase].missing.length,
    })),
    { href: `/samarbeid/${id}/deltakere`, label: 'Deltakere' },
    { href: `/samarbeid/${id}/virkemidler`, label: 'Virkemidler' },
    { href: `/samarbeid/${id}/vedtak`, label: 'Vedtak' },
    { href: `/samarbeid/${id}/moter`, label: 'Møter' },
    { href: `/samarbeid/${id}/forankring`, label: 'Forankring' },
    { href: `/samarbeid/${id}/informasjon`, label: 'Informasjon' },
    { href: `/samarbeid/${id}/evaluering`, label: 'Evaluering' },
    // The exit checklist matters only once winding down has been decided.
    ...(dossier.state === 'avvikling' || dossier.state === 'avviklet' ? [{ href: `/samarbeid/${id}/avvikling`, label: 'Avvikling' }] : []),
  ];
  return (
    <div>
      <div className="bb-no-print mb-4 flex flex-wrap items-center gap-3">
        <p className="bb-muted text-sm">
          <Link href="/samarbeid">Samarbeid</Link> <span aria-hidden="true">›</span>
        </p>
        <Tag data-color="info">{STATE_LABELS[dossier.state]}</Tag>
      </div>
      <Heading level={1} data-size="lg">
        {dossier.name}
      </Heading>
      <CooperationTabs tabs={tabs} />
      <div className="mt-6">{children}</div>
    </div>
  );
}
