import 'server-only';
// Who an evaluation round invites: the candidates who can read the cooperation, when a round
// is opened and when people are added to an open round later (someone linked to an account
// later, a new representative), and the insert.
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { evaluationInvitations, users } from '../schema';
import { can, cooperationResource } from '@/lib/pure/auth/can';
import type { Dossier } from '@/lib/pure/domain/dossier';
import { chooseInvitations, type InvitationCandidate } from '@/lib/pure/domain/questionnaire';
import { activeGrants, invitationCandidates } from './evaluations';

export interface MissingInvitee extends InvitationCandidate {
  name: string;
  title: string | null;
}

/**
 * The candidates who can read the cooperation, each judged by their own active role grants:
 * an invitation they could not open would be a dead letter.
 */
export async function readingCandidates(db: Db, dossier: Dossier, candidates: readonly InvitationCandidate[]): Promise<InvitationCandidate[]> {
  if (candidates.length === 0) return [];
  const grants = await activeGrants(db, candidates.map((c) => c.userId));
  const resource = cooperationResource(dossier);
  return candidates.filter((c) => can({ id: c.userId, roles: grants.get(c.userId) ?? [] }, 'cooperation.read', resource));
}

/**
 * The people the round would invite if it were opened now, and who are not invited: the same
 * candidates and the same rule (readingCandidates) as opening a round.
 */
export async function missingInvitees(db: Db, dossier: Dossier, roundId: string): Promise<MissingInvitee[]> {
  const invitedRows = await db.select({ userId: evaluationInvitations.userId }).from(evaluationInvitations).where(eq(evaluationInvitations.roundId, roundId));
  const invited = new Set(invitedRows.map((r) => r.userId));
  const candidates = (await invitationCandidates(db, dossier)).filter((c) => !invited.has(c.userId));
  const readers = chooseInvitations(await readingCandidates(db, dossier, candidates));
  if (readers.length === 0) return [];
  const names = await db.select({ id: users.id, name: users.name, title: users.title }).from(users).where(inArray(users.id, readers.map((r) => r.userId)));
  const byId = new Map(names.map((n) => [n.id, n]));
  return readers.map((r) => ({ ...r, name: byId.get(r.userId)?.name ?? '', title: byId.get(r.userId)?.title ?? null }));
}

export async function addInvitation(db: Db, invitation: InvitationCandidate & { roundId: string; invitedAt: Date }): Promise<boolean> {
  const rows = await db
    .insert(evaluationInvitations)
    .values({ roundId: invitation.roundId, userId: invitation.userId, perspective: invitation.perspective, memberId: invitation.memberId, invitedAt: invitation.invitedAt })
    .onConflictDoNothing()
    .returning({ id: evaluationInvitations.id });
  return rows.length === 1;
}
