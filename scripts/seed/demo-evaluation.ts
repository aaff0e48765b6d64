// Plays a demo evaluation round through the application's own actions, so the round, the
// invitations, the answers, the frozen results and the decision are exactly what real use
// would have written: START_EVALUERING through the runner (its effect invites the
// respondents), answers submitted as the demo users, the round closed by a demo user, and
// the decision step with its summary and recommendation.
import type { Db } from '@/db/client';
import { goalIdsOf, openRoundOf } from '@/db/queries/evaluations';
import { fixtureUuid } from '@/db/queries/dossier-import';
import { findUserByEmail, loadSessionUser } from '@/db/queries/users';
import { actionContext } from '@/lib/server/action-core';
import { closeRound, submitAnswers } from '@/lib/server/actions/evaluation';
import { DECISION_EVENTS } from '@/lib/pure/domain/evaluation-decision';
import { questionnaire, CURRENT_QUESTIONNAIRE_VERSION } from '@/lib/pure/domain/questionnaire';
import type { SessionUser } from '@/lib/pure/auth/roles';
import { transitionAsSystem, type Actor } from '@/workflows/cooperation/runner';
import type { DemoAnswers, DemoEvaluation } from './demo-cooperations/types';

/** Working hours on the day, so a round's steps keep their order. */
const at = (day: string, hour: number) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00.000Z`);

export async function playEvaluation(db: Db, cooperationId: string, round: DemoEvaluation, actor: Actor): Promise<void> {
  const opened = await transitionAsSystem(db, cooperationId, { type: 'START_EVALUERING', comment: 'Den årlige evalueringen er åpnet.' }, actor, { now: at(round.openedAt, 8) });
  if (!opened.ok) throw new Error(`START_EVALUERING ble avvist: ${opened.message}`);
  const open = await openRoundOf(db, cooperationId);
  if (!open) throw new Error('evalueringsrunden ble ikke åpnet');

  const goalIds = await goalIdsOf(db, cooperationId);
  for (const answers of round.answers) {
    const user = await demoUser(db, answers.email);
    await submitAnswers({ roundId: open.id, ...formOf(answers, cooperationId, goalIds) }, actionContext(db, user, at(answers.at, 10)), at(answers.at, 10));
  }

  await closeRound({ roundId: open.id }, actionContext(db, await demoUser(db, round.closedBy), at(round.closedAt, 12)), at(round.closedAt, 12));

  const d = round.decision;
  const decided = await transitionAsSystem(
    db,
    cooperationId,
    {
      type: DECISION_EVENTS[d.type],
      comment: d.decisionNote,
      details: { summary: d.summary, recommendation: d.recommendation, recommendationNote: d.recommendationNote, decisionNote: d.decisionNote, summaryPublic: 'ja' },
    },
    actor,
    { now: at(d.at, 9) },
  );
  if (!decided.ok) throw new Error(`${DECISION_EVENTS[d.type]} ble avvist: ${decided.message}`);
}

async function demoUser(db: Db, email: string): Promise<SessionUser> {
  const row = await findUserByEmail(db, email);
  const user = row ? await loadSessionUser(db, row.id) : null;
  if (!user) throw new Error(`demobrukeren ${email} finnes ikke`);
  return user;
}

/** The answers as the answer form sends them: every statement of the questionnaire, every goal. */
function formOf(a: DemoAnswers, cooperationId: string, goalIds: readonly string[]) {
  const q = questionnaire(CURRENT_QUESTIONNAIRE_VERSION);
  const goals = Object.fromEntries(
    Object.entries(a.goals).map(([localId, g]) => [fixtureUuid(cooperationId, localId), { value: String(g.value), result: g.result, comment: '' }]),
  );
  for (const id of goalIds) goals[id] ??= { value: 'vet_ikke', result: '', comment: '' };
  return {
    statements: Object.fromEntries(q.statements.map((s) => [s.id, { value: String(a.statements[s.id] ?? a.otherwise), comment: '' }])),
    goals,
    whatWorks: a.whatWorks ?? '',
    whatToChange: a.whatToChange ?? '',
  };
}
