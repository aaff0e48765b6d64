// People linked to user accounts: what a link's state is on a given moment, who may link a
// person acting for which member, and which roles a municipality's own rådmannsteam may grant.
// Pure: no I/O, so the rules are tested as a table (person-links.test.ts).
import type { Role, RoleGrant } from '@/lib/pure/auth/roles';

/** An invitation link works this long (a week: people are away, and it is single-use anyway). */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export const LINK_ROLES = ['politisk_sponsor', 'administrativ_sponsor', 'operativ_leder', 'medlemsrepresentant'] as const;
export type LinkRole = (typeof LINK_ROLES)[number];

export const LINK_ROLE_LABELS: Record<LinkRole, string> = {
  politisk_sponsor: 'Politisk sponsor',
  administrativ_sponsor: 'Administrativ sponsor',
  operativ_leder: 'Operativ leder',
  medlemsrepresentant: 'Medlemsrepresentant',
};

/** Roles a rådmannsteam may grant and revoke in its own municipality (never administrator). */
export const LOCAL_ROLES = ['radmannsteam', 'folkevalgt'] as const satisfies readonly Role[];
export type LocalRole = (typeof LOCAL_ROLES)[number];

export interface LinkFacts {
  userName: string;
  email: string;
  invitedAt: Date | null;
  invitationExpiresAt: Date | null;
  acceptedAt: Date | null;
}

export type LinkState =
  | { kind: 'none' }
  | { kind: 'linked'; userName: string; email: string }
  | { kind: 'invited'; email: string; expiresAt: Date }
  | { kind: 'expired'; email: string; expiredAt: Date };

/**
 * A link made by picking an account is linked at once; one made by inviting an e-mail address
 * is pending until the person accepts, whether or not the address already had an account, so
 * the state never tells the inviter which it was.
 */
export function linkState(link: LinkFacts | null, now: Date): LinkState {
  if (!link) return { kind: 'none' };
  if (link.invitedAt && !link.acceptedAt) {
    const expires = link.invitationExpiresAt ?? link.invitedAt;
    return expires > now ? { kind: 'invited', email: link.email, expiresAt: expires } : { kind: 'expired', email: link.email, expiredAt: expires };
  }
  return { kind: 'linked', userName: link.userName, email: link.email };
}

/**
 * Whether the user may link a person acting for the member `kommunenummer` (null: the leader,
 * or a partner that is not a municipality). The cooperation's operative leader links anyone;
 * a rådmannsteam links the people of its own municipality, and — for the leader and
 * non-municipal partners — as a rådmannsteam of any member (the caller has checked that with can()).
 */
export function mayLinkFor(grants: readonly RoleGrant[], cooperationId: string, kommunenummer: string | null): boolean {
  if (grants.some((g) => g.role === 'operativ_leder' && g.cooperationId === cooperationId)) return true;
  if (kommunenummer === null) return grants.some((g) => g.role === 'radmannsteam');
  return grants.some((g) => g.role === 'radmannsteam' && g.kommunenummer === kommunenummer);
}

/** The role a sponsor of this kind is linked with. */
export function sponsorRole(kind: 'politisk' | 'administrativ'): LinkRole {
  return kind === 'politisk' ? 'politisk_sponsor' : 'administrativ_sponsor';
}

/**
 * Whether a link still names the same person as the phase does: a sponsor or leader replaced
 * under a new name leaves the old person's link lapsed (it is then removed, not shown).
 */
export function linkCurrent(linkedName: string, phaseName: string | null): boolean {
  return phaseName !== null && linkedName.trim().toLocaleLowerCase('nb') === phaseName.trim().toLocaleLowerCase('nb');
}
