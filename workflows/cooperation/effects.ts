// What entering a lifecycle state does to the rest of the dossier, inside the runner's
// transaction: entering drift after member decisions applies the decided membership changes
// and plans the anchoring calendar; entering drift by registering a cooperation that already
// runs plans its calendar too (when there is an anchoring plan); dropping a redesign discards
// its proposals; entering evaluering from drift opens the next evaluation round and invites
// its respondents.
import type { Db } from '@/db/client';
import { syncOccurrences } from '@/db/queries/anchoring';
import { loadDossier } from '@/db/queries/dossier';
import { applyPendingChanges, discardPendingChanges } from '@/db/queries/membership';
import { osloDateOf } from '@/lib/pure/domain/iso-date';
import { createRound, invitationCandidates, latestStepActor, openRoundOf, roundLanguageFacts, storeRoundDecision, undecidedClosedRound } from '@/db/queries/evaluations';
import { readingCandidates } from '@/db/queries/evaluation-invitees';
import type { Dossier, LifecycleState } from '@/lib/pure/domain/dossier';
import { evaluationDue } from '@/lib/pure/domain/evaluation-due';
import { decisionDetails, decisionOfEvent } from '@/lib/pure/domain/evaluation-decision';
import { chooseInvitations, CURRENT_QUESTIONNAIRE_VERSION, roundLanguage } from '@/lib/pure/domain/questionnaire';
import type { Locale } from '@/lib/pure/i18n/locales';

export async function enterEffects(
  db: Db,
  args: {
    cooperationId: string;
    from: LifecycleState;
    to: LifecycleState;
    dossier: Dossier;
    now: Date;
    /** The step that was taken: a decision after evaluation is stored on the round it concludes. */
    step?: { type: string; details?: Record<string, string>; actorId: string | null };
    /** The machine's round of member decisions after the step. */
    decisionRound?: number;
    /** The language of the request that took the step, when there was one (a new evaluation round may be opened in it). */
    locale?: Locale;
  },
): Promise<void> {
  if (args.to === 'drift' && args.step?.type === 'FORKAST_ENDRINGER') {
    await discardPendingChanges(db, args.cooperationId, args.now);
  }
  if (args.to === 'drift' && args.from === 'medlemsvedtak') {
    const applied = args.step?.type === 'ALLE_VEDTAK_FATTET' ? await applyPendingChanges(db, args.cooperationId, args.decisionRound ?? 0, args.now) : 0;
    const dossier = applied > 0 ? ((await loadDossier(db, args.cooperationId, { today: osloDateOf(args.now) })) ?? args.dossier) : args.dossier;
    await syncOccurrences(db, dossier, args.now);
  }
  if (args.to === 'drift' && args.from === 'utkast') {
    await syncOccurrences(db, args.dossier, args.now);
  }
  if (args.to === 'evaluering' && args.from === 'drift') {
    await openEvaluationRound(db, args.dossier, args.now, args.locale ?? null);
  }
  if (args.from === 'beslutning' && args.step) {
    await recordDecision(db, args.cooperationId, args.step, args.now);
  }
}

/**
 * Leaving «beslutning» concludes the latest closed round: its decision is the step taken;
 * summary and recommendation come with the step's details when the decision form sent them.
 */
async function recordDecision(db: Db, cooperationId: string, step: NonNullable<Parameters<typeof enterEffects>[1]['step']>, now: Date): Promise<void> {
  const decision = decisionOfEvent(step.type);
  const round = decision ? await undecidedClosedRound(db, cooperationId) : null;
  if (!decision || !round) return;
  const details = decisionDetails(step.details);
  await storeRoundDecision(db, round.id, {
    decision,
    summary: details?.summary ?? null,
    summaryPublic: details ? details.summaryPublic === 'ja' : false,
    recommendation: details?.recommendation ?? null,
    recommendationNote: details?.recommendationNote || null,
    decisionNote: details?.decisionNote || null,
    decidedBy: step.actorId,
    decidedAt: now,
  });
}

/**
 * The round is 'plan' when the schedule had made it due, otherwise 'forespurt' (opened on
 * request). Only people who can read the cooperation are invited (readingCandidates). A round
 * left open (a repaired history) stays the one in use.
 */
async function openEvaluationRound(db: Db, dossier: Dossier, now: Date, requestLocale: Locale | null): Promise<void> {
  if (await openRoundOf(db, dossier.id)) return;
  const readers = await readingCandidates(db, dossier, await invitationCandidates(db, dossier));
  const due = evaluationDue(dossier, now);
  const openedBy = await latestStepActor(db, dossier.id);
  // The opener's language: the request's when the step came from a page, else their profile's.
  const facts = await roundLanguageFacts(db, dossier, openedBy);
  await createRound(
    db,
    {
      cooperationId: dossier.id,
      questionnaireVersion: CURRENT_QUESTIONNAIRE_VERSION,
      questionnaireLanguage: roundLanguage(facts.maalformer, requestLocale ?? facts.openerLanguage),
      reason: due.due ? 'plan' : 'forespurt',
      dueDate: due.dueDate,
      openedBy,
      openedAt: now,
    },
    chooseInvitations(readers),
  );
}
