'use client';
// The cooperation's sub-navigation: overview, the four phases with their readiness, and more.
// On a narrow screen the tabs would fill the first screen: there they fold into a menu that
// names the page you are on. Its words come from the layout, in the request's language.
import Link from 'next/link';
import { usePathname } from 'next/navigation';

export interface CooperationTab {
  href: string;
  label: string;
  exact?: boolean;
  status?: 'klar' | 'mangler';
  /** The status for screen readers: "(klar)", "(mangler 3 punkter)". */
  statusText?: string;
}

export interface CooperationTabsWords {
  nav: string;
  page: string;
  choose: string;
}

export function CooperationTabs({ tabs, words }: { tabs: CooperationTab[]; words: CooperationTabsWords }) {
  const pathname = usePathname();
  const isActive = (tab: CooperationTab) => (tab.exact ? pathname === tab.href : pathname === tab.href || pathname.startsWith(`${tab.href}/`));
  const current = tabs.find(isActive);
  const items = (
    <>
      {tabs.map((tab) => (
        <li key={tab.href}>
          <Link href={tab.href} className="bb-nav-link inline-flex items-center gap-2" aria-current={isActive(tab) ? 'page' : undefined}>
            {tab.status ? (
              <span
                aria-hidden="true"
                className={`inline-block h-2.5 w-2.5 rounded-full ${tab.status === 'klar' ? 'bg-[var(--ds-color-success-base-default)]' : 'bg-[var(--ds-color-warning-base-default)]'}`}
              />
            ) : null}
            {tab.label}
            {tab.statusText ? <span className="ds-sr-only">{tab.statusText}</span> : null}
          </Link>
        </li>
      ))}
    </>
  );
  return (
    <nav aria-label={words.nav} className="bb-no-print mt-4 border-b border-[var(--ds-color-neutral-border-subtle)]">
      {/* Keyed by page: a client-side navigation closes the menu. */}
      <details key={pathname} className="bb-tabs-menu md:hidden" data-testid="samarbeid-meny">
        <summary className="bb-nav-link cursor-pointer">
          <span className="bb-muted text-sm">{words.page}</span>
          {current?.label ?? words.choose}
        </summary>
        <ul className="grid gap-1 pb-2">{items}</ul>
      </details>
      <ul className="-mb-px hidden flex-wrap gap-1 md:flex">{items}</ul>
    </nav>
  );
}
