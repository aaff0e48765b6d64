import Link from 'next/link';
import { currentUser } from '@/lib/server/auth/session';
import { ROLE_LABELS } from '@/lib/pure/auth/roles';
import { landingPath, navigationFor } from '@/lib/pure/navigation';
import { Logo } from './logo';
import { MainNav } from './main-nav';
import { SignOutButton } from './sign-out-button';

export async function SiteHeader() {
  const user = await currentUser();
  const roleNames = user ? [...new Set(user.roles.map((r) => ROLE_LABELS[r.role]))].join(', ') : '';
  return (
    <header className="bb-no-print border-b border-[var(--ds-color-neutral-border-subtle)] bg-[var(--ds-color-neutral-background-default)]">
      <div className="bb-container flex flex-wrap items-center gap-x-8 gap-y-3 py-3">
        <Link href={user ? landingPath(user) : '/'} className="flex items-center gap-3 text-[var(--ds-color-accent-text-default)] no-underline">
          <Logo className="h-8 w-12" />
          <span className="flex flex-col leading-tight">
            <span className="text-xl font-bold text-[var(--ds-color-neutral-text-default)]">Brobygger</span>
            <span className="bb-muted text-sm">Styring av interkommunale samarbeid</span>
          </span>
        </Link>
        <MainNav items={navigationFor(user)} />
        <div className="ml-auto flex items-center gap-4">
          {user ? (
            <>
              <div className="text-right leading-tight">
                <div className="font-semibold">
                  <Link href="/profil" data-testid="innlogget-bruker">
                    {user.name}
                  </Link>
                </div>
                <div className="bb-muted text-sm">{roleNames || 'Ingen roller ennå'}</div>
              </div>
              <SignOutButton />
            </>
          ) : (
            <Link href="/logg-inn" className="bb-nav-link">
              Logg inn
            </Link>
          )}
        </div>
      </div>
    </header>
  );
}
