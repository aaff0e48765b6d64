// A public cooperation: why it exists, who takes part and is responsible, what has been
// decided and published, and its latest evaluation, in the visitor's language.
import type { Metadata } from 'next';
import { cache } from 'react';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { cachedPublicCooperation } from '@/lib/server/public-cache';
import type { Crumb } from '../../../../_components/page-header';
import { PageHeader } from '../../../../_components/page-header';
import { FormSection, KeyFacts, WhySection } from './_components/about-sections';
import { DecisionsSection, EvaluationSection, MinutesSection } from './_components/record-sections';
import { MembersSection, ResponsibilitySection } from './_components/responsibility-section';

type Params = Promise<{ id: string }>;

// Only the public projection reaches this page: a cooperation that is not public is a 404.
// Read through the public data cache (a second per instance, expired by any write to it).
const cooperationOf = cache(cachedPublicCooperation);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const c = await cooperationOf((await params).id);
  const t = await getTranslations('samarbeid');
  if (!c) return { title: t('notFound') };
  return { title: t('metaTitle', { name: c.name }), description: c.purpose ?? t('metaDescription', { name: c.name }) };
}

export default async function PublicCooperationPage({ params, searchParams }: { params: Params; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const c = await cooperationOf((await params).id);
  if (!c) notFound();
  // The municipality the visitor came from, if it is a member, becomes the middle crumb.
  const from = (await searchParams).fra;
  const via = typeof from === 'string' ? c.members.find((m) => m.kommunenummer === from) : undefined;
  const t = await getTranslations('innsyn');
  const crumbs: Crumb[] = [{ href: '/innsyn', label: t('crumb') }];
  if (via?.kommunenummer) crumbs.push({ href: `/innsyn/kommune/${via.kommunenummer}`, label: via.name });
  return (
    <>
      {/* Long Norwegian compounds ("Kristiansandsregionen") must wrap on a phone. */}
      <div className="[&_h1]:hyphens-auto [&_h1]:[overflow-wrap:anywhere]">
        <PageHeader title={c.name} crumbs={crumbs} lead={c.purpose ?? undefined} />
      </div>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-6">
          <WhySection c={c} />
          <MembersSection c={c} />
          <ResponsibilitySection c={c} />
          <DecisionsSection c={c} />
        </div>
        <div className="space-y-6">
          <KeyFacts c={c} />
          <FormSection c={c} />
          <EvaluationSection c={c} />
          <MinutesSection c={c} />
        </div>
      </div>
    </>
  );
}
