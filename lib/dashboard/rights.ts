// Who may log follow-up. Logging is narrower than editing the cooperation and wider at the
// same time: the people who anchor a member's decisions log that member's anchoring, so the
// sponsors (who may not edit the cooperation) log their own municipality's points, while a
// member's rådmannsteam logs only its own municipality's. The actions check these rules after
// can(user, 'cooperation.read'); the pages use them to show or hide the logging buttons.
import { can, type Resource } from '@/lib/auth/can';
import type { SessionUser } from '@/lib/auth/roles';
import type { TaskKind } from './tasks';

export type CooperationResource = Extract<Resource, { kind: 'cooperation' }>;

const SPONSOR_ROLES = ['politisk_sponsor', 'administrativ_sponsor'] as const;
const isSponsorRole = (role: string) => (SPONSOR_ROLES as readonly string[]).includes(role);

/**
 * An anchoring occurrence of one member: the cooperation's operative leader, the member's
 * rådmannsteam, and the member's sponsors (by role, or as the person linked to a sponsor row).
 */
export function mayLogAnchoring(
  user: SessionUser,
  cooperationId: string,
  member: { kommunenummer: string | null; sponsorUserIds: readonly string[] },
): boolean {
  if (member.sponsorUserIds.includes(user.id)) return true;
  const ofMember = (kommunenummer: string | null) => kommunenummer !== null && kommunenummer === member.kommunenummer;
  return user.roles.some(
    (g) =>
      (g.role === 'operativ_leder' && g.cooperationId === cooperationId) ||
      (g.role === 'radmannsteam' && ofMember(g.kommunenummer)) ||
      (isSponsorRole(g.role) && g.cooperationId === cooperationId && ofMember(g.kommunenummer)),
  );
}

/** The information plan: whoever may edit the cooperation, and its sponsors. */
export function mayLogInformation(user: SessionUser, resource: CooperationResource): boolean {
  if (can(user, 'cooperation.edit', resource)) return true;
  return user.roles.some((g) => isSponsorRole(g.role) && g.cooperationId === resource.id);
}

/**
 * Who can act on a dashboard task; everyone else who reads the card sees it as status. A
 * sponsor is re-confirmed and missing phase data is filled in through the phase pages
 * (cooperation.edit), member decisions are recorded by those who may decide, evaluations are
 * opened by those who may evaluate, and the information plan is logged as above.
 */
export function mayActOnTask(user: SessionUser, kind: TaskKind, resource: CooperationResource): boolean {
  switch (kind) {
    case 'sponsor':
    case 'fullfor':
      return can(user, 'cooperation.edit', resource);
    case 'vedtak':
      return can(user, 'lifecycle.decide', resource);
    case 'evaluering':
      return can(user, 'lifecycle.evaluate', resource);
    case 'informasjon':
      return mayLogInformation(user, resource);
  }
}
