import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Heading, Tag } from '@digdir/designsystemet-react';
import { phaseReadiness } from '@/lib/pure/domain/readiness';
import { PHASES } from '@/lib/pure/domain/dossier';
import { cooperationPage, readableName } from '@/lib/server/cooperation-page';
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
  const [locale, t, tTab, tPhase, tState] = await Promise.all([
    getLocale(),
    getTranslations('samarbeidside'),
    getTranslations('samarbeidside.fane'),
    getTranslations('livslop.fase'),
    getTranslations('tilstand'),
  ]);
  const tab = (page: 'deltakere' | 'virkemidler' | 'vedtak' | 'moter' | 'forankring' | 'informasjon' | 'evaluering' | 'avvikling'): CooperationTab => ({
    href: `/samarbeid/${id}/${page}`,
    label: tTab(page),
  });
  const tabs: CooperationTab[] = [
    { href: `/samarbeid/${id}`, label: tTab('oversikt'), exact: true },
    ...PHASES.map((phase) => ({
      href: `/samarbeid/${id}/${phase}`,
      label: tPhase(phase),
      status: readiness[phase].ready ? ('klar' as const) : ('mangler' as const),
      statusText: readiness[phase].ready ? tTab('ready') : tTab('missing', { count: readiness[phase].missing.length }),
    })),
    tab('deltakere'),
    tab('virkemidler'),
    tab('vedtak'),
    tab('moter'),
    tab('forankring'),
    tab('informasjon'),
    tab('evaluering'),
    // The exit checklist matters only once winding down has been decided.
    ...(dossier.state === 'avvikling' || dossier.state === 'avviklet' ? [tab('avvikling')] : []),
  ];
  // The layout's own content is in the request's language; the pages below set their own.
  return (
    <div>
      <div lang={locale}>
        <div className="bb-no-print mb-4 flex flex-wrap items-center gap-3">
          <p className="bb-muted text-sm">
            <Link href="/samarbeid">{t('crumb')}</Link> <span aria-hidden="true">›</span>
          </p>
          <Tag data-color="info">{tState(dossier.state)}</Tag>
        </div>
        <Heading level={1} data-size="lg">
          {dossier.name}
        </Heading>
        <CooperationTabs tabs={tabs} words={{ nav: tTab('nav'), page: tTab('page'), choose: tTab('choose') }} />
      </div>
      <div className="mt-6">{children}</div>
    </div>
  );
}
