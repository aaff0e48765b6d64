// The front page for visitors who are not signed in (a signed-in user goes to their own
// start page), in the visitor's language.
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { currentUser } from '@/lib/server/auth/session';
import { landingPath } from '@/lib/pure/navigation';

const PILLARS = [
  ['framingTitle', 'framingText'],
  ['supportTitle', 'supportText'],
  ['legitimacyTitle', 'legitimacyText'],
] as const;

export default async function FrontPage() {
  const user = await currentUser();
  if (user) redirect(landingPath(user));
  const t = await getTranslations('forside');
  return (
    <div className="mx-auto max-w-4xl">
      <Heading level={1} data-size="xl">
        {t('title')}
      </Heading>
      <Paragraph data-size="lg" className="mt-4">
        {t('lead')}
      </Paragraph>
      <div className="mt-8 flex flex-wrap gap-4">
        <Link href="/logg-inn" className="ds-button" data-variant="primary">
          {t('signIn')}
        </Link>
        <Link href="/om" className="ds-button" data-variant="secondary">
          {t('about')}
        </Link>
        <Link href="/innsyn" className="ds-button" data-variant="secondary">
          {t('innsyn')}
        </Link>
      </div>
      <div className="mt-12 grid gap-6 md:grid-cols-3">
        {PILLARS.map(([title, text]) => (
          <div key={title} className="bb-panel">
            <Heading level={2} data-size="xs">
              {t(title)}
            </Heading>
            <Paragraph data-size="sm" className="mt-2">
              {t(text)}
            </Paragraph>
          </div>
        ))}
      </div>
    </div>
  );
}
