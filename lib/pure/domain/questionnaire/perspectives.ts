// Who answers an evaluation and from which viewpoint. Seed 002: the benefit of a cooperation
// depends on who judges it, so results are shown per perspective. An invitation records the
// role the person was invited in; results group the five roles into four perspectives.

export const INVITATION_PERSPECTIVES = ['operativ_leder', 'politisk_sponsor', 'administrativ_sponsor', 'medlemsrepresentant', 'radmannsteam'] as const;
export type InvitationPerspective = (typeof INVITATION_PERSPECTIVES)[number];

export const INVITATION_PERSPECTIVE_LABELS: Readonly<Record<InvitationPerspective, string>> = {
  operativ_leder: 'Operativ leder',
  politisk_sponsor: 'Politisk sponsor',
  administrativ_sponsor: 'Administrativ sponsor',
  medlemsrepresentant: 'Medlemsrepresentant',
  radmannsteam: 'Rådmannsteam',
};

export const PERSPECTIVE_GROUPS = ['leder', 'politisk', 'administrativ', 'medlemmer'] as const;
export type PerspectiveGroup = (typeof PERSPECTIVE_GROUPS)[number];

export const PERSPECTIVE_GROUP_LABELS: Readonly<Record<PerspectiveGroup, string>> = {
  leder: 'Operativ leder',
  politisk: 'Politiske sponsorer',
  administrativ: 'Administrative sponsorer',
  medlemmer: 'Deltakerkommunene',
};

export const PERSPECTIVE_GROUP_DESCRIPTIONS: Readonly<Record<PerspectiveGroup, string>> = {
  leder: 'Den som leder samarbeidet i det daglige.',
  politisk: 'Ordførere og andre folkevalgte som er sponsorer.',
  administrativ: 'Ledere i linjen som er administrative sponsorer.',
  medlemmer: 'Rådmannsteamene og representantene i samarbeidets organer.',
};

/** The perspective names in each language (bokmål as above); a page shows them in its own language. */
export const PERSPECTIVE_TEXTS: Readonly<
  Record<'nb' | 'nn' | 'en', { invitation: Readonly<Record<InvitationPerspective, string>>; groups: Readonly<Record<PerspectiveGroup, string>>; descriptions: Readonly<Record<PerspectiveGroup, string>> }>
> = {
  nb: { invitation: INVITATION_PERSPECTIVE_LABELS, groups: PERSPECTIVE_GROUP_LABELS, descriptions: PERSPECTIVE_GROUP_DESCRIPTIONS },
  nn: {
    invitation: {
      operativ_leder: 'Operativ leiar',
      politisk_sponsor: 'Politisk sponsor',
      administrativ_sponsor: 'Administrativ sponsor',
      medlemsrepresentant: 'Medlemsrepresentant',
      radmannsteam: 'Rådmannsteam',
    },
    groups: { leder: 'Operativ leiar', politisk: 'Politiske sponsorar', administrativ: 'Administrative sponsorar', medlemmer: 'Deltakarkommunane' },
    descriptions: {
      leder: 'Den som leiar samarbeidet i det daglege.',
      politisk: 'Ordførarar og andre folkevalde som er sponsorar.',
      administrativ: 'Leiarar i linja som er administrative sponsorar.',
      medlemmer: 'Rådmannsteama og representantane i organa til samarbeidet.',
    },
  },
  en: {
    invitation: {
      operativ_leder: 'Operational leader',
      politisk_sponsor: 'Political sponsor',
      administrativ_sponsor: 'Administrative sponsor',
      medlemsrepresentant: 'Member representative',
      radmannsteam: "Chief executive's staff (rådmannsteam)",
    },
    groups: { leder: 'Operational leader', politisk: 'Political sponsors', administrativ: 'Administrative sponsors', medlemmer: 'Participating municipalities' },
    descriptions: {
      leder: 'The person who leads the cooperation day to day.',
      politisk: 'Mayors and other elected members who are sponsors.',
      administrativ: 'Line managers who are administrative sponsors.',
      medlemmer: "The chief executives' staff and the representatives in the cooperation's bodies.",
    },
  },
};

export const PERSPECTIVE_GROUP_OF: Readonly<Record<InvitationPerspective, PerspectiveGroup>> = {
  operativ_leder: 'leder',
  politisk_sponsor: 'politisk',
  administrativ_sponsor: 'administrativ',
  medlemsrepresentant: 'medlemmer',
  radmannsteam: 'medlemmer',
};

export interface InvitationCandidate {
  userId: string;
  perspective: InvitationPerspective;
  /** The member the person speaks for, when known. */
  memberId: string | null;
}

/**
 * One invitation per person. Someone holding several roles answers once, in the role listed
 * first in INVITATION_PERSPECTIVES (the closest to the cooperation); within that role, the
 * candidate that names a member wins. The result is sorted by perspective, then user id.
 */
export function chooseInvitations(candidates: readonly InvitationCandidate[]): InvitationCandidate[] {
  const rank = (c: InvitationCandidate) => INVITATION_PERSPECTIVES.indexOf(c.perspective) * 2 + (c.memberId === null ? 1 : 0);
  const best = new Map<string, InvitationCandidate>();
  for (const c of candidates) {
    const current = best.get(c.userId);
    if (!current || rank(c) < rank(current)) best.set(c.userId, c);
  }
  return [...best.values()].sort((a, b) => rank(a) - rank(b) || a.userId.localeCompare(b.userId));
}
