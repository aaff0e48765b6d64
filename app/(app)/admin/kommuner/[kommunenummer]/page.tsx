// One municipality in the administration: its reference data and its målform, the default
// language of its /innsyn pages (lib/pure/i18n/resolve.ts).
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { getMunicipality } from '@/db/queries/municipalities';
import { can, SYSTEM } from '@/lib/pure/auth/can';
import { requireUser } from '@/lib/server/auth/session';
import { isMunicipalityNumber, organisationTitle } from '@/lib/pure/domain/municipality';
import { MAALFORMER } from '@/lib/pure/i18n/locales';
import { forbid } from '@/lib/server/forbidden';
import { PageHeader } from '../../../../_components/page-header';
import { MaalformForm } from './_components/maalform-form';

type Params = Promise<{ kommunenummer: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { kommunenummer } = await params;
  const t = await getTranslations('admin.kommuner');
  return { title: t('metaTitle', { number: kommunenummer }) };
}

export default async function MunicipalityAdminPage({ params }: { params: Params }) {
  const { kommunenummer } = await params;
  const user = await requireUser(`/admin/kommuner/${kommunenummer}`);
  if (!can(user, 'municipality.list', SYSTEM)) forbid();
  const municipality = isMunicipalityNumber(kommunenummer) ? await getMunicipality(await getDb(), kommunenummer) : null;
  if (!municipality) notFound();
  const [t, ta, locale] = await Promise.all([getTranslations('malform'), getTranslations('admin'), getLocale()]);
  const name = organisationTitle({ name: municipality.name, kind: municipality.kind });
  return (
    <div lang={locale}>
      <PageHeader
        title={name}
        crumbs={[
          { href: '/admin', label: ta('title') },
          { href: '/admin/kommuner', label: ta('municipalitiesTitle') },
        ]}
        lead={ta('kommuner.municipalityLead', { number: municipality.kommunenummer, county: municipality.countyName })}
      />
      <section aria-labelledby="malform-tittel" className="bb-panel max-w-2xl space-y-3" lang={locale}>
        <Heading level={2} id="malform-tittel" data-size="xs">
          {t('heading')}
        </Heading>
        <Paragraph>{t('intro')}</Paragraph>
        <MaalformForm
          kommunenummer={municipality.kommunenummer}
          legend={t('legend', { name })}
          options={MAALFORMER.map((m) => ({ value: m, label: t(m) }))}
          initial={municipality.maalform}
          submitLabel={t('save')}
          savedMessage={t('saved')}
        />
        <Paragraph data-size="sm">
          <Link href={`/innsyn/kommune/${municipality.kommunenummer}`}>{ta('kommuner.innsynLink')}</Link>
        </Paragraph>
      </section>
    </div>
  );
}
