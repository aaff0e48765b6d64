import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { extractText } from 'unpdf';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { createTestUser, insertCooperationFromDossier } from '@/testing/cooperation';
import { seedReferenceData } from '@/db/seed/reference';
import { storeRoundDecision } from '@/db/queries/evaluations';
import { runAction, type ActionContext, type ActionSpec } from '@/lib/server/action';
import type { SessionUser } from '@/lib/pure/auth/roles';
import { readyDossier } from '@/testing/fixtures/domain';
import { renderEvaluationReportPdf } from '@/lib/server/report/evaluation-report-pdf';
import * as evaluation from './evaluation';
import { readReport, readReportSpec, type ReportRead } from './evaluation-report';

const { EVALUATION_MESSAGES: M } = evaluation;
const NOW = new Date('2026-03-01T09:00:00Z');

let t: TestDb;
let id: string;
let roundId: string;
const people = {} as Record<'leader' | 'radmann' | 'outsider' | 'folkevalgt', SessionUser>;

function act<S extends z.ZodType, T>(spec: ActionSpec<S>, fn: (input: z.output<S>, ctx: ActionContext, now: Date) => Promise<T>) {
  return (user: SessionUser, input: unknown) => runAction(spec, (i, ctx) => fn(i, ctx, NOW), input, { getUser: async () => user, getDb: async () => t.db });
}
const report = act(readReportSpec, readReport);

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  id = await insertCooperationFromDossier(t.db, { ...readyDossier(), state: 'drift', startDate: '2024-04-01' });
  people.leader = await createTestUser(t.db, { name: 'Ola Operativ', role: 'operativ_leder', cooperationId: id });
  people.radmann = await createTestUser(t.db, { name: 'Rune Rådgiver', role: 'radmannsteam', kommunenummer: '4203' });
  people.outsider = await createTestUser(t.db, { name: 'Oda Utenfor', role: 'radmannsteam', kommunenummer: '4204' });
  people.folkevalgt = await createTestUser(t.db, { name: 'Frida Folkevalgt', role: 'folkevalgt', kommunenummer: '4203' });
  const opened = await act(evaluation.openRoundSpec, evaluation.openRound)(people.leader, { cooperationId: id });
  roundId = (opened as { ok: true; data: { roundId: string } }).data.roundId;
});
afterAll(async () => t?.close());

describe(`the evaluation report of a round (${testDatabaseKind})`, () => {
  it('is refused while the round is open, and to those who may not read the results', async () => {
    expect(await report(people.radmann, { roundId })).toEqual({ ok: false, code: 'forbidden', message: M.resultsHidden });
    expect(await report(people.outsider, { roundId })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await report(people.radmann, { roundId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('says plainly that a closed round is not decided yet', async () => {
    expect(await act(evaluation.closeRoundSpec, evaluation.closeRound)(people.radmann, { roundId })).toMatchObject({ ok: true });
    expect(await report(people.folkevalgt, { roundId })).toEqual({ ok: false, code: 'forbidden', message: M.resultsForbidden });
    const read = await report(people.radmann, { roundId });
    expect(read).toMatchObject({ ok: true, data: { cooperationId: id, roundId } });
    const r = (read as { data: ReportRead }).data.report;
    expect(r.title).toBe('Evalueringsrapport: Legevakt Østre Agder – runde 1');
    expect(r.facts).toContainEqual({ label: 'Vertskommune', value: 'Arendal kommune' });
    expect(r.outcome).toMatchObject({ decided: false, decision: 'Ikke besluttet ennå' });
    expect(r.summary.missing).toBe(true);
    expect(r.comparison).toBeNull();
    expect(r.goals.map((g) => g.statement)).toEqual(readyDossier().goals.map((g) => g.statement));
  });

  it('carries the stored decision into the report and its PDF', async () => {
    const stored = await storeRoundDecision(t.db, roundId, {
      decision: 'opprettholde',
      summary: 'Legevakten fungerer, men forankringen i formannskapene må bli bedre. Få svarte på evalueringen.',
      summaryPublic: true,
      recommendation: 'opprettholde',
      recommendationNote: 'Faste orienteringer i formannskapene.',
      decisionNote: 'Representantskapet sak 4/26',
      decidedBy: people.radmann.id,
      decidedAt: new Date('2026-03-10T10:00:00Z'),
    });
    expect(stored).toBe(true);
    const read = await report(people.leader, { roundId });
    const r = (read as { ok: true; data: ReportRead }).data.report;
    expect(r.outcome).toEqual({
      decided: true,
      decision: 'Opprettholde samarbeidet',
      decisionNote: 'Representantskapet sak 4/26',
      decidedAt: '10.03.2026',
      recommendation: 'Opprettholde samarbeidet',
      recommendationNote: 'Faste orienteringer i formannskapene.',
    });

    const { text } = await extractText(new Uint8Array(await renderEvaluationReportPdf(r)), { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Legevakten fungerer, men forankringen i formannskapene må bli bedre.');
    expect(flat).toContain(r.scores[0]!.structural.text);
    expect(flat).toContain('Opprettholde samarbeidet');
    expect(flat).toContain('Representantskapet sak 4/26');
  });
});
