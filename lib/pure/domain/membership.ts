// Who is a member of a cooperation on a given day: the one rule that page access, action
// authorisation, the lifecycle runner and its effects, reminders, the register and /innsyn
// all follow (db/queries/membership.ts holds its SQL twin, tested to agree with it).
//
// A membership runs from `joinedAt` (null: from the cooperation's beginning) to `leftAt`,
// both days included: a member that leaves on D is a member on D and not on D + 1. A joiner
// proposed in a redesign is not a member on any day until the members have decided on it.
import type { Dossier } from './dossier';
import { addDays, assertIsoDate, type IsoDate } from './iso-date';

export interface MembershipSpan {
  /** First day of membership; null = from the cooperation's beginning. */
  joinedAt: IsoDate | null;
  /** Last day of membership; null = still a member. */
  leftAt: IsoDate | null;
  /** Proposed in a redesign and not yet decided by the members. */
  proposed: boolean;
}

export type MembershipStatus = 'medlem' | 'kommende' | 'tidligere' | 'foreslatt';

export const MEMBERSHIP_STATUS_LABELS: Record<MembershipStatus, string> = {
  medlem: 'Deltaker',
  kommende: 'Blir med',
  tidligere: 'Tidligere deltaker',
  foreslatt: 'Foreslått ny deltaker',
};

export function isMemberOn(span: MembershipSpan, day: IsoDate): boolean {
  assertIsoDate(day);
  if (span.proposed) return false;
  if (span.joinedAt !== null && day < span.joinedAt) return false;
  return span.leftAt === null || day <= span.leftAt;
}

export function membershipStatus(span: MembershipSpan, day: IsoDate): MembershipStatus {
  if (span.proposed) return 'foreslatt';
  if (isMemberOn(span, day)) return 'medlem';
  return span.joinedAt !== null && day < span.joinedAt ? 'kommende' : 'tidligere';
}

/** The first day the member is no longer a member (null while open-ended). */
export function firstDayAfter(span: MembershipSpan): IsoDate | null {
  return span.leftAt === null ? null : addDays(span.leftAt, 1);
}

/** Whether a due date falls inside the membership (occurrences outside it are not the member's duty). */
export function coversDay(span: Pick<MembershipSpan, 'joinedAt' | 'leftAt'>, day: IsoDate): boolean {
  return (span.joinedAt === null || day >= span.joinedAt) && (span.leftAt === null || day <= span.leftAt);
}

/** A pending change of membership, proposed in a redesign and decided with the member decisions. */
export interface MembershipChange {
  id: string;
  memberId: string | null;
  memberName: string;
  kind: 'inn' | 'ut';
  /** Joining: first day of membership. Leaving: last day of membership. */
  effectiveDate: IsoDate;
  status: 'foreslatt' | 'vedtatt' | 'forkastet';
  reason: string | null;
  decisionRound: number | null;
}

export const CHANGE_KIND_LABELS: Record<MembershipChange['kind'], string> = {
  inn: 'Ny deltaker',
  ut: 'Uttreden',
};

export const CHANGE_STATUS_LABELS: Record<MembershipChange['status'], string> = {
  foreslatt: 'Foreslått, venter på vedtak',
  vedtatt: 'Vedtatt',
  forkastet: 'Forkastet',
};

/**
 * The members a redesign plans for: today's members without those proposed to leave, plus
 * the proposed joiners. Phase forms, readiness and the round of member decisions use this
 * set; access uses today's members only.
 */
export function plannedMembers<M extends { id: string }>(current: readonly M[], proposedJoiners: readonly M[], pending: readonly Pick<MembershipChange, 'memberId' | 'kind' | 'status'>[]): M[] {
  const leaving = new Set(pending.filter((c) => c.status === 'foreslatt' && c.kind === 'ut').map((c) => c.memberId));
  return [...current.filter((m) => !leaving.has(m.id)), ...proposedJoiners.filter((m) => !current.some((c) => c.id === m.id))];
}

/**
 * The dossier as a redesign plans it: `members` is the planned set. Readiness and the round
 * of member decisions read this view; outside a redesign with proposals it is the dossier.
 */
export function planningView(dossier: Dossier): Dossier {
  const pending = dossier.membershipChanges.filter((c) => c.status === 'foreslatt');
  if (pending.length === 0 && dossier.proposedMembers.length === 0) return dossier;
  return { ...dossier, members: plannedMembers(dossier.members, dossier.proposedMembers, pending) };
}

/**
 * How membership may change in a state: directly while the cooperation is being set up (no
 * member has decided anything yet), as proposals in a redesign (decided with the member
 * decisions), and not at all otherwise: in drift a change starts with «Foreslå endring».
 */
export type MembershipEditMode = 'direkte' | 'forslag' | 'stengt';

export function membershipEditMode(state: Dossier['state']): MembershipEditMode {
  if (state === 'utkast' || state === 'etablering') return 'direkte';
  if (state === 'redesign') return 'forslag';
  return 'stengt';
}

export const MEMBERSHIP_CLOSED_MESSAGE =
  'Deltakere kan bare legges til eller tre ut som del av en redesign, med vedtak i deltakerne. Foreslå endringen fra oversiktssiden først.';
