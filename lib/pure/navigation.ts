// Main navigation per user: only what the user may open; and where each user lands. The
// labels come from the catalogue namespace `meny` in the translator's language; bokmål by default.
import { createTranslator } from 'use-intl/core';
import { can, SYSTEM } from './auth/can';
import type { SessionUser } from './auth/roles';
import { CATALOGUES } from './i18n/catalogues';

const bokmaal = createTranslator({ locale: 'nb', messages: CATALOGUES.nb, namespace: 'meny' });
/** The `meny` namespace in one language: `await getTranslations('meny')` on a page. */
export type MenuWords = typeof bokmaal;

export interface NavItem {
  href: string;
  label: string;
}

/**
 * An administrator with no other role has no cooperations of their own: "Mine samarbeid" would
 * list every cooperation in the country. They land on the administration overview instead.
 */
export function isAdministratorOnly(user: SessionUser): boolean {
  return user.roles.length > 0 && user.roles.every((r) => r.role === 'administrator');
}

/** The page a signed-in user starts on (the logo link, and after signing in). */
export function landingPath(user: SessionUser): '/admin' | '/oversikt' {
  return isAdministratorOnly(user) ? '/admin' : '/oversikt';
}

export function navigationFor(user: SessionUser | null, t: MenuWords = bokmaal): NavItem[] {
  if (!user) return [];
  const items: NavItem[] = [
    ...(isAdministratorOnly(user) ? [] : [{ href: '/oversikt', label: t('nav.oversikt') }]),
    { href: '/samarbeid', label: t('nav.samarbeid') },
  ];
  // The register is kept by a municipality's leadership: rådmannsteam, folkevalgte and administrators.
  const keepsRegister = user.roles.some((r) => r.role === 'radmannsteam' || r.role === 'folkevalgt' || r.role === 'administrator');
  if (keepsRegister) items.push({ href: '/register', label: t('nav.register') });
  // A rådmannsteam administers its own municipality's users (an administrator has the admin pages).
  const local = user.roles.find((r) => r.role === 'radmannsteam' && r.kommunenummer !== null);
  if (local && !can(user, 'admin.access', SYSTEM)) items.push({ href: `/kommune/${local.kommunenummer}/brukere`, label: t('nav.brukere') });
  if (can(user, 'admin.access', SYSTEM)) items.push({ href: '/admin', label: t('nav.administrasjon') });
  return items;
}
