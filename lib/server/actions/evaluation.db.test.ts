import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { createTestUser, fixtureUuid, insertCooperationFromDossier, snapshotDatabase } from '@/testing/cooperation';
import { seedReferenceData } from '@/db/seed/reference';
import { goalIdsOf, invitationStatus, roundsOf } from '@/db/queries/evaluations';
import { cooperations, evaluationInvitations, evaluationRounds, sponsors, workflowEvents } from '@/db/schema';
import { MESSAGES, runAction, type ActionContext, type ActionSpec } from '@/lib/server/action';
import type { SessionUser } from '@/lib/pure/auth/roles';
import { readyDossier } from '@/testing/fixtures/domain';
import { questionnaire } from '@/lib/pure/domain/questionnaire';
import { answerFormValues, MISSING_ANSWER_MESSAGE, type AnswerFormValues } from '@/lib/pure/validation/evaluation';
import { transition } from '@/workflows/cooperation/runner';
import * as evaluation from './evaluation';
import { nb } from '@/testing/validation-words';

const { EVALUATION_MESSAGES: M } = evaluation;
const NOW = new Date('2026-03-01T09:00:00Z');

let t: TestDb;
let id: string;
const people = {} as Record<'leader' | 'politician' | 'administrator' | 'representative' | 'radmann' | 'linkedOnly' | 'outsider' | 'folkevalgt' | 'admin', SessionUser>;

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  id = await insertCooperationFromDossier(t.db, { ...readyDossier(), state: 'drift', startDate: '2024-04-01' });
  const scoped = (name: string, role: SessionUser['roles'][number]['role'], kommunenummer: string | null) => createTestUser(t.db, { name, role, kommunenummer, cooperationId: id });
  people.leader = await scoped('Ola Operativ', 'operativ_leder', null);
  people.politician = await scoped('Per Politiker', 'politisk_sponsor', '4202');
  people.administrator = await scoped('Anne Avdeling', 'administrativ_sponsor', '4215');
  people.representative = await scoped('Mona Medlem', 'medlemsrepresentant', '4214');
  people.radmann = await createTestUser(t.db, { name: 'Rune Rådgiver', role: 'radmannsteam', kommunenummer: '4203' });
  // Linked as a sponsor but without any role: could not open the round, so is not invited.
  people.linkedOnly = await createTestUser(t.db, { name: 'Lars Lenket', role: 'folkevalgt', kommunenummer: '0301' });
  people.outsider = await createTestUser(t.db, { name: 'Oda Utenfor', role: 'radmannsteam', kommunenummer: '4204' });
  people.folkevalgt = await createTestUser(t.db, { name: 'Frida Folkevalgt', role: 'folkevalgt', kommunenummer: '4203' });
  people.admin = await createTestUser(t.db, { name: 'Ada Admin', role: 'administrator' });
  const link = (sponsor: string, user: SessionUser) => t.db.update(sponsors).set({ userId: user.id }).where(eq(sponsors.id, fixtureUuid(id, sponsor)));
  await link('s-m-grimstad-politisk', people.politician);
  await link('s-m-lillesand-administrativ', people.administrator);
  await link('s-m-froland-administrativ', people.linkedOnly);
});
afterAll(async () => t?.close());

function act<S extends z.ZodType, T>(spec: ActionSpec<S>, fn: (input: z.output<S>, ctx: ActionContext, now: Date) => Promise<T>) {
  return (user: SessionUser, input: unknown) => runAction(spec, (i, ctx) => fn(i, ctx, NOW), input, { getUser: async () => user, getDb: async () => t.db });
}
const open = act(evaluation.openRoundSpec, evaluation.openRound);
const save = act(evaluation.saveDraftSpec, evaluation.saveDraft);
const submit = act(evaluation.submitAnswersSpec, evaluation.submitAnswers);
const close = act(evaluation.closeRoundSpec, evaluation.closeRound);
const results = act(evaluation.readResultsSpec, evaluation.readResults);
const own = act(evaluation.readOwnAnswersSpec, evaluation.readOwnAnswers);

/** Every statement and goal answered with `value`. */
async function complete(roundId: string, value: AnswerFormValues['statements'][string]['value']): Promise<AnswerFormValues> {
  const values = answerFormValues(roundId, questionnaire(1), await goalIdsOf(t.db, id), null);
  for (const a of [...Object.values(values.statements), ...Object.values(values.goals)]) a.value = value;
  return values;
}

/** A refusal must leave every table as it was. */
async function unchanged<T>(run: () => Promise<T>): Promise<T> {
  const before = await snapshotDatabase(t.db);
  const result = await run();
  expect(await snapshotDatabase(t.db)).toBe(before);
  return result;
}

const refused = (code: string, message: string) => ({ ok: false, code, message });

describe(`an evaluation round from open to close (${testDatabaseKind})`, () => {
  let roundId: string;

  it('only the leader or a member’s rådmannsteam opens a round', async () => {
    expect(await unchanged(() => open(people.representative, { cooperationId: id }))).toMatchObject({ ok: false, code: 'forbidden' });
    const opened = await open(people.leader, { cooperationId: id, comment: 'Styret ba om en evaluering.' });
    expect(opened).toMatchObject({ ok: true, data: { cooperationId: id, number: 1 } });
    roundId = (opened as { data: { roundId: string } }).data.roundId;
    expect(await open(people.leader, { cooperationId: id })).toMatchObject({ ok: false, code: 'invalid', message: 'Dette steget kan ikke tas i samarbeidets nåværende tilstand.' });
  });

  it('moved the lifecycle to evaluering and invited the five who can read the cooperation, once each', async () => {
    const [row] = await t.db.select({ state: cooperations.state }).from(cooperations).where(eq(cooperations.id, id));
    expect(row!.state).toBe('evaluering');
    const [round] = await t.db.select().from(evaluationRounds).where(eq(evaluationRounds.id, roundId));
    // Two years in drift without an evaluation: due by schedule since 1 April 2025.
    expect(round).toMatchObject({ number: 1, questionnaireVersion: 1, reason: 'plan', status: 'aapen', dueDate: '2025-04-01', openedBy: people.leader.id });
    const invited = await t.db.select().from(evaluationInvitations).where(eq(evaluationInvitations.roundId, roundId));
    const byUser = Object.fromEntries(invited.map((i) => [i.userId, [i.perspective, i.memberId]]));
    expect(byUser).toEqual({
      [people.leader.id]: ['operativ_leder', null],
      [people.politician.id]: ['politisk_sponsor', fixtureUuid(id, 'm-grimstad')],
      [people.administrator.id]: ['administrativ_sponsor', fixtureUuid(id, 'm-lillesand')],
      [people.representative.id]: ['medlemsrepresentant', fixtureUuid(id, 'm-froland')],
      [people.radmann.id]: ['radmannsteam', fixtureUuid(id, 'm-arendal')],
    });
  });

  it('refuses answers from anyone not invited, and leaves nothing behind', async () => {
    const values = await complete(roundId, '3');
    expect(await unchanged(() => save(people.folkevalgt, values))).toEqual(refused('forbidden', M.notInvited));
    expect(await unchanged(() => submit(people.admin, values))).toEqual(refused('forbidden', M.notInvited));
    expect(await unchanged(() => submit(people.outsider, values))).toEqual(refused('forbidden', MESSAGES.forbidden));
    expect(await unchanged(() => own(people.folkevalgt, { roundId }))).toEqual(refused('forbidden', M.notInvited));
    expect(await unchanged(() => save(people.leader, { ...values, roundId: '00000000-0000-4000-8000-000000000000' }))).toEqual(refused('not_found', MESSAGES.not_found));
  });

  it('keeps a draft for its respondent only', async () => {
    const draft = answerFormValues(roundId, questionnaire(1), [], null);
    draft.statements.apenhet = { value: '2', comment: 'Referatene kommer sent.' };
    expect(await save(people.leader, draft)).toMatchObject({ ok: true, data: { roundId, submitted: false } });
    expect(await own(people.leader, { roundId })).toMatchObject({ ok: true, data: { perspective: 'operativ_leder', submittedAt: null, answers: { statements: { apenhet: { value: 2, comment: 'Referatene kommer sent.' } } } } });
    // Another respondent sees only their own (empty) answers, never the leader's.
    expect(await own(people.politician, { roundId })).toMatchObject({ ok: true, data: { perspective: 'politisk_sponsor', answers: null } });
  });

  it('refuses an incomplete submission with the missing fields, and keeps the draft', async () => {
    const values = await complete(roundId, '4');
    values.statements.saksinformasjon!.value = '';
    const result = await unchanged(() => submit(people.leader, values));
    expect(result).toMatchObject({ ok: false, code: 'invalid', message: M.incomplete, fieldErrors: { 'statements.saksinformasjon.value': [nb(MISSING_ANSWER_MESSAGE)] } });
  });

  it('takes a submission once: afterwards neither a new submission nor a draft changes it', async () => {
    expect(await submit(people.leader, await complete(roundId, '4'))).toMatchObject({ ok: true, data: { submitted: true } });
    const again = await complete(roundId, '1');
    expect(await unchanged(() => submit(people.leader, again))).toEqual(refused('invalid', M.alreadySubmitted));
    expect(await unchanged(() => save(people.leader, again))).toEqual(refused('invalid', M.alreadySubmitted));
    expect(await own(people.leader, { roundId })).toMatchObject({ ok: true, data: { submittedAt: NOW.toISOString(), answers: { statements: { apenhet: { value: 4 } } } } });
  });

  it('lets the overview count answers and list who has answered, without any answer in it', async () => {
    expect(await roundsOf(t.db, id)).toMatchObject([{ id: roundId, number: 1, status: 'aapen', invited: 5, answered: 1 }]);
    const status = await invitationStatus(t.db, roundId);
    expect(status.map((s) => [s.name, s.submitted])).toEqual([
      ['Anne Avdeling', false],
      ['Mona Medlem', false],
      ['Ola Operativ', true],
      ['Per Politiker', false],
      ['Rune Rådgiver', false],
    ]);
    expect(Object.keys(status[0]!).sort()).toEqual(['memberName', 'name', 'organisationName', 'perspective', 'submitted', 'title', 'userId']);
  });

  it('shows no results to anyone before the round is closed', async () => {
    for (const who of [people.leader, people.radmann, people.admin]) {
      expect(await unchanged(() => results(who, { roundId }))).toEqual(refused('forbidden', M.resultsHidden));
    }
    expect(await results(people.folkevalgt, { roundId })).toEqual(refused('forbidden', M.resultsForbidden));
  });

  it('is closed only by the leader or a member’s rådmannsteam, and a refused close changes nothing', async () => {
    await submit(people.politician, await complete(roundId, '2'));
    const mixed = await complete(roundId, 'vet_ikke');
    mixed.statements.egen_nytte!.value = '5';
    await submit(people.representative, mixed);
    expect(await unchanged(() => close(people.representative, { roundId }))).toEqual(refused('forbidden', M.closeForbidden));
    expect(await unchanged(() => close(people.politician, { roundId }))).toEqual(refused('forbidden', M.closeForbidden));
    // A stale page: the runner refuses, and the frozen results go with it.
    expect(await unchanged(() => close(people.radmann, { roundId, expectedVersion: 0 }))).toMatchObject({ ok: false, code: 'conflict' });
  });

  it('freezes the results and moves the lifecycle to beslutning in one go', async () => {
    const closed = await close(people.radmann, { roundId });
    expect(closed).toEqual({ ok: true, data: { roundId, cooperationId: id, state: 'beslutning', raisedWarnings: expect.any(Array) } });
    const raised = closed.ok ? closed.data.raisedWarnings : [];
    const [round] = await t.db.select().from(evaluationRounds).where(eq(evaluationRounds.id, roundId));
    expect(round).toMatchObject({ status: 'lukket', closedBy: people.radmann.id, closedAt: NOW });
    const [event] = await t.db.select().from(workflowEvents).where(and(eq(workflowEvents.cooperationId, id), eq(workflowEvents.eventType, 'AVSLUTT_EVALUERING')));
    expect(event).toMatchObject({ fromState: 'evaluering', toState: 'beslutning', actorId: people.radmann.id });
    // The history says what the round raised, in the words the close returned.
    expect(event!.comment).toMatch(/^Evalueringsrunde 1 er lukket med 3 av 5 svar\. Runden ga /);
    if (raised.length === 0) expect(event!.comment).toContain('Runden ga ingen nye varsler.');
    for (const w of raised) expect(event!.comment).toContain(`${w.title} (${w.change})`);
    expect(await unchanged(() => close(people.leader, { roundId }))).toEqual(refused('invalid', M.alreadyClosed));
  });

  it('refuses late answers once the round is closed', async () => {
    const values = await complete(roundId, '3');
    expect(await unchanged(() => save(people.administrator, values))).toEqual(refused('invalid', M.roundClosed));
  });

  it('lets respondents, the members’ rådmannsteam and admins read the results; no one else', async () => {
    for (const who of [people.leader, people.politician, people.radmann, people.admin]) {
      expect(await results(who, { roundId })).toMatchObject({ ok: true, data: { round: { id: roundId, status: 'lukket' } } });
    }
    expect(await results(people.folkevalgt, { roundId })).toEqual(refused('forbidden', M.resultsForbidden));
    const read = await results(people.leader, { roundId });
    if (!read.ok) throw new Error(read.message);
    const r = read.data.results;
    expect(r.responses).toMatchObject({ invited: 5, answered: 3 });
    // Leader answered 4 everywhere (75), the politician 2 (25); the representative only
    // scored egen_nytte (5 = 100, an output statement).
    expect(r.criteria.input.perceived).toEqual({ score: 50, light: 'gul', respondents: 2 });
    expect(r.criteria.output.perceived).toEqual({ score: Math.round((75 + 25 + 100) / 3), light: 'gul', respondents: 3 });
    // Three respondents in three perspectives of one each: only «Øvrige», holding them all, is shown.
    expect(r.perspectives.rows).toEqual([
      expect.objectContaining({ key: 'ovrige', respondents: 3, includes: ['Operativ leder', 'Politiske sponsorer', 'Deltakerkommunene'], criteria: { input: 50, throughput: expect.any(Number), output: 67 } }),
    ]);
    expect(r.trend.map((t) => t.roundNumber)).toEqual([1]);
    expect(r.statements.find((s) => s.id === 'apenhet')!.comments).toEqual([]);
    expect(r.previous).toBeNull();
  });

  it('compares a later round with this one', async () => {
    expect(await transition(t.db, id, { type: 'BESLUTT_OPPRETTHOLDE' }, people.radmann, { now: NOW })).toMatchObject({ ok: true, state: 'drift' });
    const opened = await open(people.radmann, { cooperationId: id });
    if (!opened.ok) throw new Error(opened.message);
    const second = opened.data.roundId;
    // Just evaluated: this round is on request.
    const [round] = await t.db.select().from(evaluationRounds).where(eq(evaluationRounds.id, second));
    expect(round).toMatchObject({ number: 2, reason: 'forespurt', dueDate: '2027-03-01', openedBy: people.radmann.id });
    await submit(people.leader, await complete(second, '5'));
    expect(await close(people.leader, { roundId: second })).toMatchObject({ ok: true });
    const read = await results(people.radmann, { roundId: second });
    if (!read.ok) throw new Error(read.message);
    expect(read.data.results.previous).toMatchObject({ roundId, roundNumber: 1, perceived: { input: { previous: 50, change: 50 } } });
    expect(read.data.results.statements.find((s) => s.id === 'apenhet')).toMatchObject({ previousMean: 3, tally: { mean: 5 } });
    // The trend reaches back over every closed round; one respondent is never shown as a group.
    expect(read.data.results.trend.map((t) => [t.roundNumber, t.perceived.input])).toEqual([
      [1, 50],
      [2, 100],
    ]);
    expect(read.data.results.perspectives.rows).toEqual([]);
    expect(read.data.results.perspectives.hiddenRespondents).toBe(1);
  });
});
