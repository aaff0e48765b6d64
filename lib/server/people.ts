import 'server-only';
// The people a cooperation's phases name, each with the state of their account link, as the
// phase pages and the linking page show them: sponsors (Støtte), the operative leader
// (Design) and the named representatives of each member (Deltakelse).
import { getDb } from '@/db/client';
import { linksOf, type PersonLinkView } from '@/db/queries/person-links';
import { can, cooperationResource } from '@/lib/pure/auth/can';
import type { SessionUser } from '@/lib/pure/auth/roles';
import type { Dossier } from '@/lib/pure/domain/dossier';
import { LINK_ROLE_LABELS, linkCurrent, linkState, mayLinkFor, sponsorRole, type LinkRole, type LinkState } from '@/lib/pure/domain/person-links';
import { frozenMessage } from '@/lib/pure/domain/section-rules';

export interface PersonRow {
  key: string;
  role: LinkRole;
  roleLabel: string;
  name: string;
  sponsorId: string | null;
  memberId: string | null;
  memberName: string | null;
  link: { id: string } | null;
  state: LinkState;
  /** Whether this user may link or unlink the person. */
  mayLink: boolean;
  /** The page where the person is linked. */
  href: string;
}

export interface CooperationPeople {
  sponsors: PersonRow[];
  leader: PersonRow | null;
  representatives: PersonRow[];
  /** Members a representative may be added for, with whether this user may. */
  members: { id: string; name: string; mayLink: boolean; href: string }[];
}

export function linkHref(cooperationId: string, p: { role: LinkRole; sponsorId?: string | null; memberId?: string | null }): string {
  const q = new URLSearchParams({ rolle: p.role });
  if (p.sponsorId) q.set('sponsor', p.sponsorId);
  else if (p.memberId) q.set('deltaker', p.memberId);
  return `/samarbeid/${cooperationId}/personer/koble?${q.toString()}`;
}

export async function cooperationPeople(dossier: Dossier, user: SessionUser, now: Date): Promise<CooperationPeople> {
  const links = await linksOf(await getDb(), dossier.id);
  const may = can(user, 'cooperation.people', cooperationResource(dossier)) && frozenMessage(dossier.state) === null;
  const memberOf = new Map(dossier.members.map((m) => [m.id, m]));
  const mayFor = (memberId: string | null) => may && mayLinkFor(user.roles, dossier.id, memberId ? (memberOf.get(memberId)?.kommunenummer ?? null) : null);
  const row = (p: { key: string; role: LinkRole; name: string; sponsorId: string | null; memberId: string | null; link: PersonLinkView | null }): PersonRow => ({
    ...p,
    roleLabel: LINK_ROLE_LABELS[p.role],
    memberName: p.memberId ? (memberOf.get(p.memberId)?.name ?? null) : null,
    link: p.link ? { id: p.link.id } : null,
    state: linkState(p.link, now),
    mayLink: mayFor(p.memberId),
    href: linkHref(dossier.id, p),
  });
  const sponsors = dossier.sponsors.map((s) => {
    const link = links.find((l) => l.sponsorId === s.id && linkCurrent(l.personName, s.name)) ?? null;
    return row({ key: s.id, role: sponsorRole(s.kind), name: s.name, sponsorId: s.id, memberId: s.memberId, link });
  });
  const leaderName = dossier.design.leader.name?.trim() || null;
  const leaderLink = links.find((l) => l.role === 'operativ_leder' && linkCurrent(l.personName, leaderName)) ?? null;
  const leader = leaderName ? row({ key: 'leder', role: 'operativ_leder', name: leaderName, sponsorId: null, memberId: null, link: leaderLink }) : null;
  const representatives = links
    .filter((l) => l.role === 'medlemsrepresentant' && l.memberId !== null && memberOf.has(l.memberId))
    .map((l) => row({ key: l.id, role: 'medlemsrepresentant', name: l.personName, sponsorId: null, memberId: l.memberId, link: l }));
  const members = dossier.members.map((m) => ({ id: m.id, name: m.name, mayLink: mayFor(m.id), href: linkHref(dossier.id, { role: 'medlemsrepresentant', memberId: m.id }) }));
  return { sponsors, leader, representatives, members };
}
