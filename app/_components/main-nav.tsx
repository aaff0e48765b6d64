'use client';
// The main navigation. On a narrow screen it folds into a «Meny» disclosure, so the header
// does not fill the first screen of a phone.
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { NavItem } from '@/lib/pure/navigation';

export function MainNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  if (items.length === 0) return null;
  const links = items.map((item) => {
    const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
    return (
      <li key={item.href}>
        <Link href={item.href} className="bb-nav-link inline-block" aria-current={active ? 'page' : undefined}>
          {item.label}
        </Link>
      </li>
    );
  });
  return (
    <nav aria-label="Hovedmeny">
      {/* Keyed by page: a client-side navigation closes the menu. */}
      <details key={pathname} className="md:hidden" data-testid="hovedmeny-mobil">
        <summary className="bb-nav-link cursor-pointer">Meny</summary>
        <ul className="grid gap-1 pt-1">{links}</ul>
      </details>
      <ul className="hidden flex-wrap gap-1 md:flex">{links}</ul>
    </nav>
  );
}
