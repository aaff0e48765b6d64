// Whose registers a user may read ('register.read' in lib/pure/auth/can.ts): an administrator
// every municipality's; rådmannsteam and folkevalgte their own municipality's.
import type { SessionUser } from '@/lib/pure/auth/roles';

/** The municipalities whose register the user may open; null means all of them (administrator). */
export function registerScopeOf(user: SessionUser): string[] | null {
  if (user.roles.some((r) => r.role === 'administrator')) return null;
  const numbers = user.roles.flatMap((r) => ((r.role === 'radmannsteam' || r.role === 'folkevalgt') && r.kommunenummer ? [r.kommunenummer] : []));
  return [...new Set(numbers)].sort();
}

/**
 * The municipalities the user may register cooperations for ('cooperation.register'): a
 * rådmannsteam its own; an administrator any of `all` (helping a municipality get started).
 */
export function registeringMunicipalities(user: SessionUser, all: readonly string[]): string[] {
  if (user.roles.some((r) => r.role === 'administrator')) return [...all];
  const own = user.roles.flatMap((r) => (r.role === 'radmannsteam' && r.kommunenummer ? [r.kommunenummer] : []));
  return [...new Set(own)].sort();
}
