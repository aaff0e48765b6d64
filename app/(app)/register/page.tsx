import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { registerMunicipalities } from '@/db/queries/register';
import { requireUser } from '@/lib/server/auth/session';
import { organisationTitle } from '@/lib/pure/domain/municipality';
import { registerScopeOf } from '@/lib/pure/register/scope';
import { forbid } from '@/lib/server/forbidden';
import { PageHeader } from '../../_components/page-header';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('registerside'))('title') };
}

/** One municipality goes straight to its register; several (or an administrator) choose. */
export default async function RegisterChoicePage() {
  const user = await requireUser('/register');
  const scope = registerScopeOf(user);
  if (scope !== null && scope.length === 0) forbid();
  if (scope !== null && scope.length === 1) redirect(`/register/${scope[0]}`);
  const [choices, t, locale] = await Promise.all([getDb().then((db) => registerMunicipalities(db, scope)), getTranslations('registerside'), getLocale()]);
  return (
    <div lang={locale}>
      <PageHeader title={t('title')} lead={scope === null ? t('leadAdmin') : t('leadSeveral')} />
      {choices.length === 0 ? (
        <Paragraph className="bb-panel">{t('noMunicipalities')}</Paragraph>
      ) : (
        <nav aria-labelledby="velg-kommune">
          <Heading level={2} id="velg-kommune" data-size="xs" className="mb-3">
            {t('chooseHeading')}
          </Heading>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {choices.map((m) => (
              <li key={m.kommunenummer} className="bb-panel">
                <Link href={`/register/${m.kommunenummer}`} className="text-lg font-semibold">
                  {organisationTitle(m)}
                </Link>
                <p className="bb-muted mt-1 text-sm">
                  {t('choiceLine', { number: m.kommunenummer, count: m.cooperations })}
                </p>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
