import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { createTestUser, insertCooperationFromDossier, snapshotDatabase } from '@/testing/cooperation';
import { seedReferenceData } from '@/db/seed/reference';
import { cooperations, evaluationRounds, workflowEvents } from '@/db/schema';
import { MESSAGES, runAction } from '@/lib/server/action';
import type { SessionUser } from '@/lib/pure/auth/roles';
import { readyDossier } from '@/testing/fixtures/domain';
import { DECISION_MESSAGES, emptyDecisionForm, type DecisionFormInput } from '@/lib/pure/validation/decision';
import { STEP_MESSAGES } from '@/lib/pure/refusals';
import { transition } from '@/workflows/cooperation/runner';
import { closeRound, closeRoundSpec } from './evaluation';
import { concludeEvaluation, concludeEvaluationSpec, DECISION_ACTION_MESSAGES } from './decision';
import { nb } from '@/testing/validation-words';

const NOW = new Date('2026-03-01T09:00:00Z');
const LATER = new Date('2026-03-20T12:00:00Z');

let t: TestDb;
let radmann: SessionUser;
let outsider: SessionUser;

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  radmann = await createTestUser(t.db, { name: 'Rune Rådmann', role: 'radmannsteam', kommunenummer: '4203' });
  outsider = await createTestUser(t.db, { name: 'Oda Utenfor', role: 'radmannsteam', kommunenummer: '4204' });
});
afterAll(async () => t?.close());

const conclude = (user: SessionUser, input: unknown) =>
  runAction(concludeEvaluationSpec, (i, ctx) => concludeEvaluation(i, ctx, LATER), input, { getUser: async () => user, getDb: async () => t.db });

const versionOf = async (id: string) => (await t.db.select({ v: cooperations.rowVersion }).from(cooperations).where(eq(cooperations.id, id)))[0]!.v;
const stateOf = async (id: string) => (await t.db.select({ s: cooperations.state }).from(cooperations).where(eq(cooperations.id, id)))[0]!.s;

/** A running cooperation, evaluated and closed with no answers: it waits for the decision. */
async function awaitingDecision(): Promise<string> {
  const id = await insertCooperationFromDossier(t.db, { ...readyDossier(), state: 'drift', startDate: '2024-04-01' });
  expect(await transition(t.db, id, { type: 'START_EVALUERING' }, radmann, { now: NOW })).toMatchObject({ ok: true });
  const [round] = await t.db.select().from(evaluationRounds).where(eq(evaluationRounds.cooperationId, id));
  const closed = await runAction(closeRoundSpec, (i, ctx) => closeRound(i, ctx, NOW), { roundId: round!.id }, { getUser: async () => radmann, getDb: async () => t.db });
  expect(closed).toMatchObject({ ok: true, data: { state: 'beslutning' } });
  return id;
}

async function form(id: string, patch: Partial<DecisionFormInput> = {}): Promise<DecisionFormInput> {
  return {
    ...emptyDecisionForm(id, await versionOf(id)),
    summary: 'Legevakten virker, men forankringen i kommunestyrene har stoppet opp.',
    summaryPublic: 'ja',
    recommendation: 'redesign',
    recommendationNote: 'Forankringspunktene må settes opp igjen, og representantskapet må få en ny sammensetning.',
    decision: 'redesign',
    decisionNote: 'Representantskapet, sak 12/26',
    ...patch,
  };
}

/** A refusal must leave every table as it was. */
async function unchanged<T>(run: () => Promise<T>): Promise<T> {
  const before = await snapshotDatabase(t.db);
  const result = await run();
  expect(await snapshotDatabase(t.db)).toBe(before);
  return result;
}

describe(`the decision after an evaluation (${testDatabaseKind})`, () => {
  it('is taken only by a member’s rådmannsteam', async () => {
    const id = await awaitingDecision();
    const leader = await createTestUser(t.db, { name: 'Ola Operativ', role: 'operativ_leder', cooperationId: id });
    const input = await form(id);
    expect(await unchanged(() => conclude(leader, input))).toEqual({ ok: false, code: 'forbidden', message: MESSAGES.forbidden });
    expect(await unchanged(() => conclude(outsider, input))).toEqual({ ok: false, code: 'forbidden', message: MESSAGES.forbidden });
  });

  it('names every field to fix and writes nothing', async () => {
    const id = await awaitingDecision();
    const result = await unchanged(() => conclude(radmann, { ...emptyDecisionForm(id, 0), decision: 'avvikle' }));
    expect(result).toEqual({
      ok: false,
      code: 'invalid',
      message: MESSAGES.invalid,
      fieldErrors: {
        summary: [nb(DECISION_MESSAGES.summary)],
        summaryPublic: [nb(DECISION_MESSAGES.summaryPublic)],
        recommendation: [nb(DECISION_MESSAGES.recommendation)],
        recommendationNote: [nb(DECISION_MESSAGES.recommendationNote)],
        confirmAvvikle: [nb(DECISION_MESSAGES.confirmAvvikle)],
      },
    });
  });

  it('refuses a page that is out of date', async () => {
    const id = await awaitingDecision();
    const input = await form(id, { expectedVersion: (await versionOf(id)) - 1 });
    expect(await unchanged(() => conclude(radmann, input))).toEqual({ ok: false, code: 'conflict', message: STEP_MESSAGES.conflict });
  });

  it('refuses when the cooperation is not waiting for a decision', async () => {
    const id = await insertCooperationFromDossier(t.db, { ...readyDossier(), state: 'drift', startDate: '2024-04-01' });
    expect(await unchanged(async () => conclude(radmann, await form(id)))).toEqual({ ok: false, code: 'invalid', message: DECISION_ACTION_MESSAGES.notInState });
  });

  it('refuses, and rolls the step back, when no closed round waits for the decision', async () => {
    const id = await insertCooperationFromDossier(t.db, { ...readyDossier(), state: 'beslutning', startDate: '2024-04-01' });
    expect(await unchanged(async () => conclude(radmann, await form(id)))).toEqual({ ok: false, code: 'invalid', message: DECISION_ACTION_MESSAGES.noRound });
    expect(await stateOf(id)).toBe('beslutning');
  });

  it('takes the step and stores summary, recommendation and notes on the round', async () => {
    const id = await awaitingDecision();
    const result = await conclude(radmann, await form(id, { recommendation: 'opprettholde', recommendationNote: 'Svarene er gode nok.', decision: 'redesign' }));
    expect(result).toMatchObject({ ok: true, data: { cooperationId: id, decision: 'redesign', state: 'redesign' } });
    const [round] = await t.db.select().from(evaluationRounds).where(eq(evaluationRounds.cooperationId, id));
    expect(round).toMatchObject({
      decision: 'redesign',
      summary: 'Legevakten virker, men forankringen i kommunestyrene har stoppet opp.',
      summaryPublic: true,
      recommendation: 'opprettholde',
      recommendationNote: 'Svarene er gode nok.',
      decisionNote: 'Representantskapet, sak 12/26',
      decidedBy: radmann.id,
      decidedAt: LATER,
    });
    const [event] = await t.db.select().from(workflowEvents).where(eq(workflowEvents.cooperationId, id)).orderBy(desc(workflowEvents.seq)).limit(1);
    expect(event).toMatchObject({
      eventType: 'BESLUTT_REDESIGN',
      actorId: radmann.id,
      comment: 'Vedtak etter evalueringsrunde 1: endre samarbeidet (redesign). Anbefalingen var: opprettholde samarbeidet. Representantskapet, sak 12/26.',
      payload: { details: { summary: round!.summary, recommendation: 'opprettholde', summaryPublic: 'ja', decisionNote: 'Representantskapet, sak 12/26' } },
    });
    // Taken once: the same form again finds nothing to decide.
    expect(await unchanged(async () => conclude(radmann, await form(id)))).toMatchObject({ ok: false, code: 'invalid', message: DECISION_ACTION_MESSAGES.notInState });
  });

  it('winds down only with the confirmation, and keeps a summary private when asked', async () => {
    const id = await awaitingDecision();
    expect(await unchanged(async () => conclude(radmann, await form(id, { decision: 'avvikle' })))).toMatchObject({ ok: false, fieldErrors: { confirmAvvikle: [nb(DECISION_MESSAGES.confirmAvvikle)] } });
    const result = await conclude(radmann, await form(id, { recommendation: 'avvikle', decision: 'avvikle', confirmAvvikle: true, summaryPublic: 'nei', decisionNote: '' }));
    expect(result).toMatchObject({ ok: true, data: { state: 'avvikling' } });
    const [round] = await t.db.select().from(evaluationRounds).where(eq(evaluationRounds.cooperationId, id));
    expect(round).toMatchObject({ decision: 'avvikle', recommendation: 'avvikle', summaryPublic: false, decisionNote: null });
    const [event] = await t.db.select().from(workflowEvents).where(eq(workflowEvents.cooperationId, id)).orderBy(desc(workflowEvents.seq)).limit(1);
    expect(event!.comment).toBe('Vedtak etter evalueringsrunde 1: avvikle samarbeidet.');
  });
});
