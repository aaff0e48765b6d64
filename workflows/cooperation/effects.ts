// What entering a lifecycle state does to the rest of the dossier, inside the runner's
// transaction: entering drift after member decisions plans the first year of anchoring;
// entering evaluering from drift opens the next evaluation round and invites its respondents.
import type { Db } from '@/db/client';
import { syncOccurrences } from '@/db/queries/anchoring';
import { activeGrants, createRound, invitationCandidates, latestStepActor, openRoundOf } from '@/db/queries/evaluations';
import { can } from '@/lib/auth/can';
import type { Dossier, LifecycleState } from '@/lib/domain/dossier';
import { evaluationDue } from '@/lib/domain/evaluation-due';
import { chooseInvitations, CURRENT_QUESTIONNAIRE_VERSION } from '@/lib/domain/questionnaire';

export async function enterEffects(
  db: Db,
  args: { cooperationId: string; from: LifecycleState; to: LifecycleState; dossier: Dossier; now: Date },
): Promise<void> {
  if (args.to === 'drift' && args.from === 'medlemsvedtak') {
    await syncOccurrences(db, args.dossier, args.now);
  }
  if (args.to === 'evaluering' && args.from === 'drift') {
    await openEvaluationRound(db, args.dossier, args.now);
  }
}

/**
 * The round is 'plan' when the schedule had made it due, otherwise 'forespurt' (opened on
 * request). Only people who can read the cooperation are invited: an invitation they could
 * not open would be a dead letter. A round left open (a repaired history) stays the one in use.
 */
async function openEvaluationRound(db: Db, dossier: Dossier, now: Date): Promise<void> {
  if (await openRoundOf(db, dossier.id)) return;
  const candidates = await invitationCandidates(db, dossier);
  const grants = await activeGrants(db, candidates.map((c) => c.userId));
  const resource = { kind: 'cooperation' as const, id: dossier.id, memberKommunenummer: dossier.members.map((m) => m.kommunenummer).filter((k): k is string => k !== null) };
  const readers = candidates.filter((c) => can({ id: c.userId, email: '', name: '', roles: grants.get(c.userId) ?? [] }, 'cooperation.read', resource));
  const due = evaluationDue(dossier, now);
  await createRound(
    db,
    {
      cooperationId: dossier.id,
      questionnaireVersion: CURRENT_QUESTIONNAIRE_VERSION,
      reason: due.due ? 'plan' : 'forespurt',
      dueDate: due.dueDate,
      openedBy: await latestStepActor(db, dossier.id),
      openedAt: now,
    },
    chooseInvitations(readers),
  );
}
