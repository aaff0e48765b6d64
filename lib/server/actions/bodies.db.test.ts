// Meetings and decisions of a cooperation's bodies through the action wrapper: who may write,
// in which states, the version check on a meeting, decisions that create anchoring, and that
// the warnings and the «documents in time» indicator read what was recorded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNotNull } from 'drizzle-orm';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { createTestUser, fixtureUuid, insertCooperationFromDossier, snapshotDatabase } from '@/testing/cooperation';
import { seedReferenceData } from '@/db/seed/reference';
import { listAudit } from '@/db/queries/audit';
import { loadDossier } from '@/db/queries/dossier';
import { anchoringOccurrences } from '@/db/schema';
import { runAction, type ActionSpec } from '@/lib/server/action';
import type { SessionUser } from '@/lib/pure/auth/roles';
import type { Dossier } from '@/lib/pure/domain/dossier';
import { readyDossier, READY_MEMBER_IDS } from '@/testing/fixtures/domain';
import { structuralScores } from '@/lib/pure/domain/legitimacy';
import { evaluateWarnings } from '@/lib/pure/domain/warnings';
import type { z } from 'zod';
import { BODY_MESSAGES, recordBodyDecision, recordBodyDecisionSpec, removeBodyDecision, removeBodyDecisionSpec, saveMeeting, saveMeetingSpec, saveNoticeDays, saveNoticeDaysSpec } from './bodies';
import { nb } from '@/testing/validation-words';

let t: TestDb;
let radmann: SessionUser;
let folkevalgt: SessionUser;
const NOW = new Date('2026-05-20T10:00:00Z');

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  radmann = await createTestUser(t.db, { name: 'Rune Rådgiver', role: 'radmannsteam', kommunenummer: '4203' });
  folkevalgt = await createTestUser(t.db, { name: 'Frida Folkevalgt', role: 'folkevalgt', kommunenummer: '4203' });
});
afterAll(async () => t?.close());

function run<S extends z.ZodType, T>(spec: ActionSpec<S>, fn: (input: z.output<S>, ctx: never, now: Date) => Promise<T>, input: unknown, user: SessionUser = radmann) {
  return runAction(spec, (i, ctx) => fn(i, ctx as never, NOW), input, { getUser: async () => user, getDb: async () => t.db });
}

async function cooperation(patch: (d: Dossier) => void = () => {}) {
  const d = readyDossier();
  d.state = 'drift';
  d.startDate = '2025-01-01';
  patch(d);
  const id = await insertCooperationFromDossier(t.db, d);
  return { id, member: (k: keyof typeof READY_MEMBER_IDS) => fixtureUuid(id, READY_MEMBER_IDS[k]) };
}

const meeting = (cooperationId: string, fields: Record<string, unknown> = {}) => ({
  cooperationId,
  meetingId: '',
  expectedVersion: 0,
  bodyId: 'b-nemnd',
  meetingDate: '2026-05-12',
  documentsSentDate: '2026-05-11',
  minutesUrl: '',
  minutesPublic: true,
  ...fields,
});

const decision = (cooperationId: string, meetingId: string, fields: Record<string, unknown> = {}) => ({
  cooperationId,
  meetingId,
  title: 'Vaktplan for sommeren',
  saksnummer: '26/12',
  kind: 'politisk',
  outcome: 'vedtatt',
  prepared: 'ja',
  preparedByMemberIds: [],
  withinMandate: 'nei',
  anchoringEvent: '',
  url: '',
  isPublic: true,
  ...fields,
});

describe(`bodies' meetings and decisions on ${testDatabaseKind}`, () => {
  it('records a meeting and decisions; the warnings and the indicator read them', async () => {
    const { id, member } = await cooperation();
    const saved = await run(saveMeetingSpec, saveMeeting, meeting(id));
    if (!saved.ok) throw new Error(saved.message);
    const meetingId = saved.data.meetingId;
    for (const title of ['Vaktplan for sommeren', 'Innkjøp av utstyr', 'Ferieavvikling']) {
      expect(await run(recordBodyDecisionSpec, recordBodyDecision, decision(id, meetingId, { title, withinMandate: 'ja' }))).toMatchObject({ ok: true });
    }
    const partly = await run(recordBodyDecisionSpec, recordBodyDecision, decision(id, meetingId, { title: 'Nytt journalsystem', prepared: 'delvis', preparedByMemberIds: [member('arendal')] }));
    expect(partly).toMatchObject({ ok: true, data: { occurrences: 0 } });

    const d = (await loadDossier(t.db, id))!;
    expect(d.bodyMeetings).toEqual([expect.objectContaining({ id: meetingId, bodyName: 'Felles folkevalgt nemnd for legevakt', date: '2026-05-12', documentsSentDate: '2026-05-11' })]);
    expect(d.bodyDecisions).toHaveLength(4);
    const ids = evaluateWarnings(d, NOW).map((w) => w.id);
    expect(ids).toEqual(expect.arrayContaining(['overstyring.politiske_vedtak_innenfor_mandat', 'radmannsfellen.sene_saksdokumenter', 'radmannsfellen.uten_administrativ_forberedelse']));
    const inTime = structuralScores(d, NOW).throughput.indicators.find((i) => i.id === 'throughput.saksdokumenter')!;
    expect(inTime).toMatchObject({ value: 0, facts: ['0 av 1 møter siste 12 måneder fikk saksdokumentene minst 7 dager før møtet.', 'Sendt for sent: Felles folkevalgt nemnd for legevakt 12.05.2026.'] });

    // The cooperation's own, shorter notice makes the same meeting in time.
    expect(await run(saveNoticeDaysSpec, saveNoticeDays, { cooperationId: id, days: '1' })).toMatchObject({ ok: true, data: { days: 1 } });
    const shorter = (await loadDossier(t.db, id))!;
    expect(evaluateWarnings(shorter, NOW).map((w) => w.id)).not.toContain('radmannsfellen.sene_saksdokumenter');
  });

  it('a major decision creates an anchoring occurrence per member; removing it removes those not yet logged', async () => {
    const { id } = await cooperation();
    const saved = await run(saveMeetingSpec, saveMeeting, meeting(id, { documentsSentDate: '2026-04-28' }));
    if (!saved.ok) throw new Error(saved.message);
    const recorded = await run(recordBodyDecisionSpec, recordBodyDecision, decision(id, saved.data.meetingId, { title: 'Ny lokalisering', anchoringEvent: 'stor_beslutning' }));
    if (!recorded.ok) throw new Error(recorded.message);
    expect(recorded.data.occurrences).toBe(4);
    const events = () => t.db.select().from(anchoringOccurrences).where(and(eq(anchoringOccurrences.cooperationId, id), isNotNull(anchoringOccurrences.event)));
    expect((await events()).map((o) => [o.event, o.body, o.dueDate, o.eventDate])).toEqual(Array(4).fill(['stor_beslutning', 'formannskap', '2026-07-12', '2026-05-12']));
    expect(await run(removeBodyDecisionSpec, removeBodyDecision, { cooperationId: id, decisionId: recorded.data.decisionId })).toMatchObject({ ok: true, data: { title: 'Ny lokalisering', occurrences: 4 } });
    expect(await events()).toEqual([]);

    // Each write is one audit row, named, with the cooperation's state before and after.
    const log = (await listAudit(t.db, { resourceId: id })).rows.reverse();
    expect(log.map((row) => [row.action, row.operation, row.actorEmail, JSON.parse(row.details ?? 'null')])).toEqual([
      ['cooperation.edit', 'saveMeeting', radmann.email, { opprettet: saved.data.meetingId }],
      ['cooperation.edit', 'recordBodyDecision', radmann.email, { opprettet: recorded.data.decisionId, mote: saved.data.meetingId, forankringspunkter: 4 }],
      ['cooperation.edit', 'removeBodyDecision', radmann.email, { fjernet: recorded.data.decisionId, fjernedeForankringspunkter: 4 }],
    ]);
    for (const row of log) expect(row.beforeDigest).not.toBe(row.afterDigest);
    expect(log[1]!.beforeDigest).toBe(log[0]!.afterDigest);
  });

  it('refuses a save over someone else’s newer version, and an unknown body', async () => {
    const { id } = await cooperation();
    const saved = await run(saveMeetingSpec, saveMeeting, meeting(id));
    if (!saved.ok) throw new Error(saved.message);
    const edit = meeting(id, { meetingId: saved.data.meetingId, expectedVersion: 0, minutesUrl: 'https://arendal.kommune.no/protokoll' });
    expect(await run(saveMeetingSpec, saveMeeting, edit)).toMatchObject({ ok: true, data: { version: 1 } });
    expect(await run(saveMeetingSpec, saveMeeting, edit)).toEqual({ ok: false, code: 'conflict', message: BODY_MESSAGES.conflict });
    expect(await run(saveMeetingSpec, saveMeeting, meeting(id, { bodyId: 'finnes-ikke' }))).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { bodyId: [BODY_MESSAGES.noBody] } });
  });

  it('refuses what would be wrong, and writes nothing', async () => {
    const { id } = await cooperation();
    const saved = await run(saveMeetingSpec, saveMeeting, meeting(id, { meetingDate: '2026-06-30', documentsSentDate: '' }));
    if (!saved.ok) throw new Error(saved.message);
    const before = await snapshotDatabase(t.db);
    // A decision in a meeting not yet held, documents sent in the future, a folkevalgt, bad input.
    expect(await run(recordBodyDecisionSpec, recordBodyDecision, decision(id, saved.data.meetingId))).toMatchObject({ ok: false, message: BODY_MESSAGES.meetingAhead });
    expect(await run(saveMeetingSpec, saveMeeting, meeting(id, { meetingDate: '2026-06-30', documentsSentDate: '2026-06-01' }))).toMatchObject({
      ok: false,
      fieldErrors: { documentsSentDate: [nb(BODY_MESSAGES.sentInFuture)] },
    });
    expect(await run(saveMeetingSpec, saveMeeting, meeting(id), folkevalgt)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await run(saveMeetingSpec, saveMeeting, meeting(id, { meetingDate: '', documentsSentDate: '2026-05-30' }))).toMatchObject({
      ok: false,
      code: 'invalid',
      fieldErrors: { meetingDate: ['Skriv inn datoen for møtet.'] },
    });
    expect(await run(recordBodyDecisionSpec, recordBodyDecision, decision(id, saved.data.meetingId, { title: ' ', prepared: 'kanskje' }))).toMatchObject({
      ok: false,
      fieldErrors: { title: ['Skriv hva saken gjaldt.'], prepared: ['Velg om administrasjonene i deltakerkommunene forberedte saken.'] },
    });
    expect(await snapshotDatabase(t.db)).toBe(before);
  });

  it('only while the cooperation runs', async () => {
    const { id } = await cooperation((d) => (d.state = 'etablering'));
    expect(await run(saveMeetingSpec, saveMeeting, meeting(id))).toEqual({ ok: false, code: 'invalid', message: BODY_MESSAGES.notRunning });
  });
});
