// Which perspectives of an evaluation round nobody has been invited to answer from. The
// results are read per perspective group, so a group without invitees is a blind spot the
// round page warns about before anyone answers.
import { PERSPECTIVE_GROUPS, PERSPECTIVE_GROUP_OF, type InvitationPerspective, type PerspectiveGroup } from './perspectives';

export function perspectivesWithoutInvitees(invitations: readonly { perspective: InvitationPerspective }[]): PerspectiveGroup[] {
  const covered = new Set(invitations.map((i) => PERSPECTIVE_GROUP_OF[i.perspective]));
  return PERSPECTIVE_GROUPS.filter((g) => !covered.has(g));
}

/** Where the people of a perspective group are linked to accounts, so they can be invited. */
export const PERSPECTIVE_GROUP_SOURCE: Readonly<Record<PerspectiveGroup, { page: string; label: string }>> = {
  leder: { page: 'design', label: 'Koble operativ leder til en brukerkonto på Design-siden' },
  politisk: { page: 'stotte', label: 'Koble de politiske sponsorene til brukerkontoer på Støtte-siden' },
  administrativ: { page: 'stotte', label: 'Koble de administrative sponsorene til brukerkontoer på Støtte-siden' },
  medlemmer: { page: 'deltakelse', label: 'Navngi representantene og koble dem til brukerkontoer på Deltakelse-siden' },
};
