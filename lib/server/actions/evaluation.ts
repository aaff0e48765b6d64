import 'server-only';
// Evaluation rounds from the UI. The wrapper's gate is read access to the cooperation; every
// handler then enforces what reading does not imply: only invited people answer, each once,
// into an open round; only the leader or a member's rådmannsteam closes (through the runner,
// so the lifecycle moves to beslutning in the same transaction); and nobody reads results
// before the round is closed, and then only respondents, members' rådmannsteam and admins.
import type { z } from 'zod';
import type { Db } from '@/db/client';
import { loadCooperationResource, loadDossier } from '@/db/queries/dossier';
import { cooperationOf } from '@/lib/server/actions/cooperation-resource';
import {
  answersOf,
  closedRoundCriteria,
  goalIdsOf,
  invitationOf,
  invitationPerspectives,
  lockRound,
  markSubmitted,
  openRoundOf,
  previousResults,
  roundById,
  roundResource,
  saveAnswers,
  storeClosedRound,
  submittedAnswers,
  type RoundRow,
} from '@/db/queries/evaluations';
import { ActionError, MESSAGES, fieldErrorsOf, refusedStep, type ActionContext } from '@/lib/server/action-core';
import { can, type Resource } from '@/lib/pure/auth/can';
import type { SessionUser } from '@/lib/pure/auth/roles';
import { osloDateOf } from '@/lib/pure/domain/iso-date';
import { anonymousResults, trendPoint, type AnonymousResults, type TrendPoint } from '@/lib/pure/domain/evaluation-anonymous';
import { buildRoundResults, isRoundResults, type RoundResults } from '@/lib/pure/domain/evaluation-results';
import { CRITERIA } from '@/lib/pure/domain/perceived';
import type { Answers, Submission } from '@/lib/pure/domain/perceived';
import { questionnaire } from '@/lib/pure/domain/questionnaire';
import type { Locale } from '@/lib/pure/i18n/locales';
import { requestLanguage } from '@/lib/server/i18n/request-language';
import { answerInputSchema, answersSchema, closeRoundSchema, openRoundSchema, parseStoredAnswers, roundInputSchema, type AnswerMode } from '@/lib/pure/validation/evaluation';
import { transition } from '@/workflows/cooperation/runner';

export const EVALUATION_MESSAGES = {
  notInvited: 'Du er ikke invitert til å svare i denne evalueringsrunden.',
  roundClosed: 'Evalueringsrunden er lukket, så svarene kan ikke endres.',
  alreadySubmitted: 'Du har allerede sendt inn svarene dine i denne runden. Innsendte svar kan ikke endres.',
  incomplete: 'Svar på alle påstandene og målene før du sender inn. Velg «Vet ikke» der du ikke kan svare.',
  closeForbidden: 'Bare operativ leder og rådmannsteamet i en deltakerkommune kan lukke evalueringsrunden.',
  alreadyClosed: 'Evalueringsrunden er allerede lukket.',
  resultsForbidden: 'Resultatene kan leses av dem som var invitert til å svare, rådmannsteamet i deltakerkommunene og administrator.',
  resultsHidden: 'Svarene holdes skjult til evalueringsrunden er lukket.',
  noRound: 'Fant ikke evalueringsrunden.',
} as const;

const roundGate = <S extends z.ZodType<{ roundId: string }>>(schema: S) => ({
  schema,
  action: 'cooperation.read' as const,
  resource: (input: { roundId: string }, ctx: ActionContext) => roundResource(ctx.db, input.roundId),
});

export const openRoundSpec = {
  schema: openRoundSchema,
  action: 'cooperation.read' as const,
  resource: cooperationOf,
};
export const saveDraftSpec = roundGate(answerInputSchema);
export const submitAnswersSpec = roundGate(answerInputSchema);
export const closeRoundSpec = roundGate(closeRoundSchema);
export const readResultsSpec = roundGate(roundInputSchema);
export const readOwnAnswersSpec = roundGate(roundInputSchema);

/**
 * Opens a round on request: the runner moves drift -> evaluering, and its effect creates the
 * round, in the language lib/pure/domain/questionnaire/round-language.ts chooses from the
 * members' målform and the opener's language (`openerLocale`, by default the request's).
 */
export async function openRound(input: z.output<typeof openRoundSchema>, ctx: ActionContext, now: Date = new Date(), openerLocale?: Locale | null) {
  const locale = openerLocale === undefined ? await requestLanguage() : openerLocale;
  const result = await transition(ctx.db, input.cooperationId, { type: 'START_EVALUERING', comment: input.comment || null, expectedVersion: input.expectedVersion }, ctx.user, { now, ...(locale ? { locale } : {}) });
  if (!result.ok) throw refusedStep(result);
  const round = await openRoundOf(ctx.db, input.cooperationId);
  return { cooperationId: input.cooperationId, roundId: round!.id, number: round!.number }; // the effect always leaves one open
}

async function answer(input: z.output<typeof answerInputSchema>, ctx: ActionContext, mode: AnswerMode, now: Date) {
  return ctx.db.transaction(async (tx) => {
    const round = await lockRound(tx, input.roundId);
    if (!round) throw new ActionError('not_found', EVALUATION_MESSAGES.noRound);
    const invitation = await invitationOf(tx, round.id, ctx.user.id, true);
    if (!invitation) throw new ActionError('forbidden', EVALUATION_MESSAGES.notInvited);
    if (round.status !== 'aapen') throw new ActionError('invalid', EVALUATION_MESSAGES.roundClosed);
    if (invitation.submittedAt) throw new ActionError('invalid', EVALUATION_MESSAGES.alreadySubmitted);
    // The schema drops roundId and any key the round's questionnaire does not know.
    const parsed = answersSchema(questionnaire(round.questionnaireVersion), await goalIdsOf(tx, round.cooperationId), mode).safeParse(input);
    if (!parsed.success) throw new ActionError('invalid', mode === 'innsending' ? EVALUATION_MESSAGES.incomplete : MESSAGES.invalid, await fieldErrorsOf(parsed.error));
    await saveAnswers(tx, invitation.id, parsed.data, now);
    if (mode === 'innsending' && !(await markSubmitted(tx, invitation.id, now))) throw new ActionError('invalid', EVALUATION_MESSAGES.alreadySubmitted);
    return { roundId: round.id, cooperationId: round.cooperationId, savedAt: now.toISOString(), submitted: mode === 'innsending' };
  });
}

export const saveDraft = (input: z.output<typeof answerInputSchema>, ctx: ActionContext, now: Date = new Date()) => answer(input, ctx, 'utkast', now);
export const submitAnswers = (input: z.output<typeof answerInputSchema>, ctx: ActionContext, now: Date = new Date()) => answer(input, ctx, 'innsending', now);

/** The caller's own invitation and answers (draft or submitted); others' answers are never returned. */
export async function readOwnAnswers(input: z.output<typeof roundInputSchema>, ctx: ActionContext) {
  const round = await roundById(ctx.db, input.roundId);
  if (!round) throw new ActionError('not_found', EVALUATION_MESSAGES.noRound);
  const invitation = await invitationOf(ctx.db, round.id, ctx.user.id);
  if (!invitation) throw new ActionError('forbidden', EVALUATION_MESSAGES.notInvited);
  const answers: Answers | null = parseStoredAnswers(await answersOf(ctx.db, invitation.id), questionnaire(round.questionnaireVersion));
  return { round: publicRound(round), perspective: invitation.perspective, submittedAt: invitation.submittedAt?.toISOString() ?? null, answers };
}

/** Freezes the results and moves the lifecycle to beslutning, all or nothing. */
export async function closeRound(input: z.output<typeof closeRoundSchema>, ctx: ActionContext, now: Date = new Date()) {
  return ctx.db.transaction(async (tx) => {
    const round = await lockRound(tx, input.roundId);
    if (!round) throw new ActionError('not_found', EVALUATION_MESSAGES.noRound);
    const resource = (await loadCooperationResource(tx, round.cooperationId))!; // the round references it
    if (!can(ctx.user, 'lifecycle.evaluate', resource)) throw new ActionError('forbidden', EVALUATION_MESSAGES.closeForbidden);
    if (round.status !== 'aapen') throw new ActionError('invalid', EVALUATION_MESSAGES.alreadyClosed);
    const results = await freezeResults(tx, round, now);
    await storeClosedRound(tx, round.id, { closedBy: ctx.user.id, closedAt: now, results });
    const raised = results.raisedWarnings ?? [];
    const warningsLine = raised.length === 0 ? ' Runden ga ingen nye varsler.' : ` Runden ga ${raised.length === 1 ? 'dette varselet' : 'disse varslene'}: ${raised.map((w) => `${w.title} (${w.change})`).join('; ')}.`;
    const comment = `Evalueringsrunde ${round.number} er lukket med ${results.responses.answered} av ${results.responses.invited} svar.${warningsLine}`;
    const step = await transition(tx, round.cooperationId, { type: 'AVSLUTT_EVALUERING', comment, expectedVersion: input.expectedVersion }, ctx.user, { now });
    if (!step.ok) throw refusedStep(step); // rolls the close back with it
    return { roundId: round.id, cooperationId: round.cooperationId, state: step.state, raisedWarnings: raised };
  });
}

async function freezeResults(db: Db, round: RoundRow, now: Date): Promise<RoundResults> {
  const q = questionnaire(round.questionnaireVersion);
  const [dossier, invitations, stored, previous] = await Promise.all([
    // Members as on the day the round closes (lib/pure/domain/membership.ts).
    loadDossier(db, round.cooperationId, { today: osloDateOf(now) }),
    invitationPerspectives(db, round.id),
    submittedAnswers(db, round.id),
    previousResults(db, round.cooperationId, round.number),
  ]);
  const submissions = stored.flatMap((s): Submission[] => {
    const answers = parseStoredAnswers(s.answers, q);
    return answers ? [{ perspective: s.perspective, memberId: s.memberId, answers }] : [];
  });
  return buildRoundResults({
    round: { id: round.id, number: round.number, questionnaireVersion: round.questionnaireVersion, openedAt: round.openedAt },
    dossier: dossier!, // the round references the cooperation
    invitations,
    submissions,
    previous: isRoundResults(previous) ? previous : null,
    now,
  });
}

/** Respondents of the round, the rådmannsteam of a member municipality, and administrators. */
export function mayReadResults(user: SessionUser, resource: Resource, invited: boolean): boolean {
  if (invited) return true;
  const members = resource.kind === 'cooperation' ? resource.memberKommunenummer : [];
  return user.roles.some((g) => g.role === 'administrator' || (g.role === 'radmannsteam' && g.kommunenummer !== null && members.includes(g.kommunenummer)));
}

/**
 * A closed round's results for those who may read them — always anonymous
 * (lib/pure/domain/evaluation-anonymous.ts), with the trend across every closed round so far.
 */
export async function readResults(input: z.output<typeof roundInputSchema>, ctx: ActionContext): Promise<{ round: PublicRound; results: AnonymousResults }> {
  const round = await roundById(ctx.db, input.roundId);
  if (!round) throw new ActionError('not_found', EVALUATION_MESSAGES.noRound);
  const resource = (await loadCooperationResource(ctx.db, round.cooperationId))!;
  const invited = (await invitationOf(ctx.db, round.id, ctx.user.id)) !== null;
  if (!mayReadResults(ctx.user, resource, invited)) throw new ActionError('forbidden', EVALUATION_MESSAGES.resultsForbidden);
  if (round.status !== 'lukket' || !isRoundResults(round.results)) throw new ActionError('forbidden', EVALUATION_MESSAGES.resultsHidden);
  const trend = (await closedRoundCriteria(ctx.db, round.cooperationId, round.number)).flatMap((r): TrendPoint[] =>
    r.closedAt && isCriteria(r.criteria) ? [trendPoint({ roundNumber: r.roundNumber, closedAt: r.closedAt.toISOString(), criteria: r.criteria })] : [],
  );
  return { round: publicRound(round), results: anonymousResults(round.results, trend) };
}

const isCriteria = (value: unknown): value is RoundResults['criteria'] =>
  typeof value === 'object' && value !== null && CRITERIA.every((c) => typeof (value as Record<string, unknown>)[c] === 'object');

/** What anyone who may read the cooperation may know about a round. */
export function publicRound(round: RoundRow) {
  return {
    id: round.id,
    cooperationId: round.cooperationId,
    number: round.number,
    questionnaireVersion: round.questionnaireVersion,
    questionnaireLanguage: round.questionnaireLanguage,
    status: round.status,
    reason: round.reason,
    dueDate: round.dueDate,
    openedAt: round.openedAt.toISOString(),
    closedAt: round.closedAt?.toISOString() ?? null,
  };
}
export type PublicRound = ReturnType<typeof publicRound>;
