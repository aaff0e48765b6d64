'use client';
// The cooperation's sub-navigation: overview, the four phases with their readiness, and more.
import Link from 'next/link';
import { usePathname } from 'next/navigation';

export interface CooperationTab {
  href: string;
  label: string;
  exact?: boolean;
  status?: 'klar' | 'mangler';
  missingCount?: number;
}

export function CooperationTabs({ tabs }: { tabs: CooperationTab[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Samarbeidets sider" className="bb-no-print mt-4 border-b border-[var(--ds-color-neutral-border-subtle)]">
      <ul className="-mb-px flex flex-wrap gap-1">
        {tabs.map((tab) => {
          const active = tab.exact ? pathname === tab.href : pathname === tab.href || pathname.startsWith(`${tab.href}/`);
          return (
            <li key={tab.href}>
              <Link href={tab.href} className="bb-nav-link inline-flex items-center gap-2" aria-current={active ? 'page' : undefined}>
                {tab.status ? (
                  <span
                    aria-hidden="true"
                    className={`inline-block h-2.5 w-2.5 rounded-full ${tab.status === 'klar' ? 'bg-[var(--ds-color-success-base-default)]' : 'bg-[var(--ds-color-warning-base-default)]'}`}
                  />
                ) : null}
                {tab.label}
                {tab.status ? (
                  <span className="ds-sr-only">{tab.status === 'klar' ? '(klar)' : `(mangler ${tab.missingCount ?? ''} punkter)`}</span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
