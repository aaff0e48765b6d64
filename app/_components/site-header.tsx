// The header of every page: the logo, the main navigation for the signed-in user, the
// language (the switcher, or the profile's choice for a user who has made one), and who is
// signed in. The menu's items and the role names are in the page's language (namespaces
// `meny` and `brukere.rolle`); the client menu gets them as props.
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { currentUser } from '@/lib/server/auth/session';
import { LANGUAGE_NAMES } from '@/lib/pure/i18n/locales';
import { landingPath, navigationFor } from '@/lib/pure/navigation';
import { LanguageSwitcher } from './language-switcher';
import { Logo } from './logo';
import { MainNav } from './main-nav';
import { SignOutButton } from './sign-out-button';

export async function SiteHeader() {
  const [user, locale, t, tl, tm, tr] = await Promise.all([
    currentUser(),
    getLocale(),
    getTranslations('topp'),
    getTranslations('sprak'),
    getTranslations('meny'),
    getTranslations('brukere.rolle'),
  ]);
  const roleNames = user ? [...new Set(user.roles.map((r) => tr(r.role)))].join(', ') : '';
  return (
    <header className="bb-no-print border-b border-[var(--ds-color-neutral-border-subtle)] bg-[var(--ds-color-neutral-background-default)]">
      <div className="bb-container flex flex-wrap items-center gap-x-8 gap-y-3 py-3">
        <Link href={user ? landingPath(user) : '/'} className="flex items-center gap-3 text-[var(--ds-color-accent-text-default)] no-underline">
          <Logo className="h-8 w-12" />
          <span className="flex flex-col leading-tight">
            <span className="text-xl font-bold text-[var(--ds-color-neutral-text-default)]">Brobygger</span>
            <span className="bb-muted text-sm">{t('tagline')}</span>
          </span>
        </Link>
        <MainNav items={navigationFor(user, tm)} label={t('mainMenu')} menu={t('menu')} />
        <div className="ml-auto flex flex-wrap items-center gap-x-6 gap-y-2">
          {user?.language ? (
            <p className="text-sm">
              {tl('fromProfile', { language: LANGUAGE_NAMES[user.language] })} ·{' '}
              <Link href="/profil#sprak">{tl('change')}</Link>
            </p>
          ) : (
            <LanguageSwitcher current={locale} label={tl('label')} />
          )}
          {user ? (
            <div className="flex items-center gap-4">
              <div className="text-right leading-tight">
                <div className="font-semibold">
                  <Link href="/profil" data-testid="innlogget-bruker">
                    {user.name}
                  </Link>
                </div>
                <div className="bb-muted text-sm">{roleNames || t('noRoles')}</div>
              </div>
              <SignOutButton />
            </div>
          ) : (
            <Link href="/logg-inn" className="bb-nav-link">
              {t('signIn')}
            </Link>
          )}
        </div>
      </div>
    </header>
  );
}
