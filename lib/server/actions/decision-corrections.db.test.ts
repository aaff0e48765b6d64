import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, desc, eq } from 'drizzle-orm';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { createTestUser, fixtureUuid, insertCooperationFromDossier, snapshotDatabase } from '@/testing/cooperation';
import { seedReferenceData } from '@/db/seed/reference';
import { loadDossier } from '@/db/queries/dossier';
import { listCorrections } from '@/db/queries/decision-corrections';
import { auditLog, cooperations, decisionCorrections, memberDecisions } from '@/db/schema';
import { runAction, type ActionContext } from '@/lib/server/action';
import type { SessionUser } from '@/lib/pure/auth/roles';
import { CORRECTION_MESSAGES } from '@/lib/pure/domain/decision-correction';
import type { Dossier } from '@/lib/pure/domain/dossier';
import { READY_MEMBER_IDS, readyDossier } from '@/testing/fixtures/domain';
import { memberDecisionStatus } from '@/lib/pure/domain/readiness';
import type { CorrectDecisionInput } from '@/lib/pure/validation/decisions';
import { correctDecision, correctDecisionSpec } from './decision-corrections';

let t: TestDb;
let radmann: SessionUser;
const NOW = new Date('2026-03-01T09:00:00Z');

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  radmann = await createTestUser(t.db, { name: 'Rune Rådgiver', role: 'radmannsteam', kommunenummer: '4214' });
});
afterAll(async () => t?.close());

const correct = (input: unknown, user: SessionUser = radmann) =>
  runAction(correctDecisionSpec, (i, ctx: ActionContext) => correctDecision(i, ctx), input, { getUser: async () => user, getDb: async () => t.db, getNow: () => NOW });

/**
 * A cooperation whose round 1 (establishing) is decided; in medlemsvedtak, round 2 is open and
 * Arendal has said yes in it. `state` moves it elsewhere.
 */
async function insertCooperation(change: (d: Dossier) => void = () => {}) {
  const d = readyDossier();
  d.state = 'medlemsvedtak';
  d.memberDecisions = d.members.map((m) => ({ id: `d1-${m.id}`, memberId: m.id, body: 'Kommunestyret', date: '2024-06-20', saksnummer: null, outcome: 'tilslutning' as const, url: null, round: 1 }));
  const arendal = d.members.find((m) => m.id === READY_MEMBER_IDS.arendal)!;
  d.memberDecisions.push({ id: 'd2-arendal', memberId: arendal.id, body: 'Bystyret', date: '2026-02-12', saksnummer: '26/14', outcome: 'tilslutning', url: null, round: 2 });
  change(d);
  const id = await insertCooperationFromDossier(t.db, d);
  if (d.state === 'medlemsvedtak') {
    // Test setup only: the snapshot the runner writes when a redesign is sent to decisions.
    await t.db
      .update(cooperations)
      .set({ stateValue: 'medlemsvedtak', snapshot: { status: 'active', value: 'medlemsvedtak', context: { decisionRound: 2, decisionPurpose: 'redesign' } }, machineVersion: 1 })
      .where(eq(cooperations.id, id));
  }
  const rows = await t.db.select().from(memberDecisions).where(eq(memberDecisions.cooperationId, id)).orderBy(asc(memberDecisions.round));
  const arendalId = fixtureUuid(id, READY_MEMBER_IDS.arendal);
  const decisionOf = (round: number) => rows.find((r) => r.memberId === arendalId && r.round === round)!;
  return { id, arendalId, first: decisionOf(1), open: decisionOf(2) };
}

type Row = typeof memberDecisions.$inferSelect;
const input = (id: string, row: Row, extra: Partial<CorrectDecisionInput> = {}): CorrectDecisionInput => ({
  cooperationId: id,
  decisionId: row.id,
  version: row.version,
  body: row.body,
  date: row.date,
  saksnummer: row.saksnummer ?? '',
  outcome: row.outcome,
  url: row.url ?? '',
  reason: 'Feil dato ble skrevet av fra protokollen.',
  ...extra,
});

describe(`correctDecision on ${testDatabaseKind}`, () => {
  it('corrects the fields, bumps the version and keeps what changed with the reason', async () => {
    const { id, open } = await insertCooperation();
    const result = await correct(input(id, open, { date: '2026-02-14', saksnummer: '26/15', reason: 'Protokollen sier 14. februar og sak 26/15.' }));
    expect(result).toEqual({ ok: true, data: { cooperationId: id, decisionId: open.id, version: 2, changed: 2 } });
    const [stored] = await t.db.select().from(memberDecisions).where(eq(memberDecisions.id, open.id));
    expect(stored).toMatchObject({ date: '2026-02-14', saksnummer: '26/15', version: 2, body: 'Bystyret', outcome: 'tilslutning' });
    const [kept] = await t.db.select().from(decisionCorrections).where(eq(decisionCorrections.decisionId, open.id));
    expect(kept).toMatchObject({
      cooperationId: id,
      version: 2,
      reason: 'Protokollen sier 14. februar og sak 26/15.',
      actorId: radmann.id,
      actorName: 'Rune Rådgiver',
      changes: [
        { field: 'Dato for vedtaket', old: '12.02.2026', new: '14.02.2026' },
        { field: 'Saksnummer', old: '26/14', new: '26/15' },
      ],
    });
    expect(kept!.createdAt.getTime()).toBe(NOW.getTime());
    const [audit] = await t.db.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
    expect(audit).toMatchObject({ action: 'lifecycle.decide', operation: 'correctDecision', resourceKind: 'cooperation', resourceId: id, actorId: radmann.id });
    expect(audit!.beforeDigest).not.toBe(audit!.afterDigest);
  });

  it('lets the open round’s outcome change, and the status follows it', async () => {
    const { id, arendalId, open } = await insertCooperation();
    expect((await correct(input(id, open, { outcome: 'avslag', reason: 'Bystyret sa nei; ja ble registrert ved en feil.' }))).ok).toBe(true);
    const status = memberDecisionStatus((await loadDossier(t.db, id))!, 2);
    expect(status.members.find((m) => m.memberId === arendalId)?.outcome).toBe('avslag');
    expect(status.anyRejected).toBe(true);
  });

  it('corrects a decision of an earlier round, but not its outcome', async () => {
    const { id, first } = await insertCooperation();
    expect((await correct(input(id, first, { saksnummer: '24/77', reason: 'Saksnummeret manglet ved registreringen.' }))).ok).toBe(true);
    const [stored] = await t.db.select().from(memberDecisions).where(eq(memberDecisions.id, first.id));
    const before = await snapshotDatabase(t.db);
    expect(await correct(input(id, stored!, { outcome: 'avslag' }))).toEqual({
      ok: false,
      code: 'invalid',
      message: 'Noen av feltene må rettes før du kan lagre.',
      fieldErrors: { outcome: [CORRECTION_MESSAGES.outcomeLocked] },
    });
    expect(await snapshotDatabase(t.db)).toBe(before);
  });

  it('in drift every round is closed: the reference may be corrected, the outcome not', async () => {
    const { id, open } = await insertCooperation((d) => {
      d.state = 'drift';
    });
    expect((await correct(input(id, open, { body: 'Formannskapet', reason: 'Saken ble avgjort i formannskapet.' }))).ok).toBe(true);
    expect((await correct(input(id, { ...open, version: 2 }, { outcome: 'utsatt' }))).ok).toBe(false);
  });

  it('keeps every correction, newest first, with the member it concerns', async () => {
    const { id, open } = await insertCooperation();
    await correct(input(id, open, { saksnummer: '26/20', reason: 'Første retting av saksnummeret.' }));
    await correct(input(id, { ...open, version: 2 }, { saksnummer: '26/21', reason: 'Andre retting av saksnummeret.' }));
    const list = await listCorrections(t.db, id);
    expect(list.map((c) => [c.reason, c.memberName, c.round])).toEqual([
      ['Andre retting av saksnummeret.', 'Arendal kommune', 2],
      ['Første retting av saksnummeret.', 'Arendal kommune', 2],
    ]);
  });

  it('a correction can never be edited afterwards', async () => {
    const { id, open } = await insertCooperation();
    await correct(input(id, open, { saksnummer: '26/30' }));
    await expect(t.db.update(decisionCorrections).set({ reason: 'Omskrevet' }).where(eq(decisionCorrections.decisionId, open.id))).rejects.toThrow();
  });

  describe('refusals leave the database unchanged', () => {
    it('someone corrected it since the form was loaded', async () => {
      const { id, open } = await insertCooperation();
      await correct(input(id, open, { saksnummer: '26/40' }));
      const before = await snapshotDatabase(t.db);
      expect(await correct(input(id, open, { saksnummer: '26/41' }))).toEqual({ ok: false, code: 'conflict', message: CORRECTION_MESSAGES.conflict });
      expect(await snapshotDatabase(t.db)).toBe(before);
    });

    it('nothing changed', async () => {
      const { id, open } = await insertCooperation();
      const before = await snapshotDatabase(t.db);
      expect(await correct(input(id, open))).toEqual({ ok: false, code: 'invalid', message: CORRECTION_MESSAGES.nothingChanged });
      expect(await snapshotDatabase(t.db)).toBe(before);
    });

    it('an ended cooperation', async () => {
      const { id, open } = await insertCooperation((d) => {
        d.state = 'avviklet';
      });
      const before = await snapshotDatabase(t.db);
      expect(await correct(input(id, open, { saksnummer: '26/50' }))).toEqual({ ok: false, code: 'invalid', message: CORRECTION_MESSAGES.ended });
      expect(await snapshotDatabase(t.db)).toBe(before);
    });

    it('a decision of another cooperation', async () => {
      const other = await insertCooperation();
      const { id } = await insertCooperation();
      const before = await snapshotDatabase(t.db);
      expect(await correct(input(id, other.open, { saksnummer: '26/60' }))).toEqual({ ok: false, code: 'not_found', message: CORRECTION_MESSAGES.notFound });
      expect(await snapshotDatabase(t.db)).toBe(before);
    });

    it('a user who may not record decisions', async () => {
      const { id, open } = await insertCooperation();
      const leader = await createTestUser(t.db, { name: 'Ola Operativ', role: 'operativ_leder', cooperationId: id });
      const before = await snapshotDatabase(t.db);
      expect(await correct(input(id, open, { saksnummer: '26/70' }), leader)).toMatchObject({ ok: false, code: 'forbidden' });
      expect(await snapshotDatabase(t.db)).toBe(before);
    });

    it.each([
      ['no reason', { reason: '   ' }, { reason: ['Skriv hvorfor vedtaket rettes.'] }],
      ['a reason too short to explain anything', { reason: 'feil' }, { reason: ['Begrunnelsen må ha minst 10 tegn, så andre forstår hva som var feil.'] }],
      ['a date in the future', { date: '2999-01-01' }, { date: ['Datoen kan ikke være fram i tid.'] }],
      ['a tampered version', { version: 0 }, { version: ['Skjemaet kunne ikke leses. Last siden på nytt og prøv igjen.'] }],
    ])('%s', async (_name, extra, fieldErrors) => {
      const { id, open } = await insertCooperation();
      const before = await snapshotDatabase(t.db);
      expect(await correct({ ...input(id, open, { saksnummer: '26/80' }), ...extra })).toEqual({ ok: false, code: 'invalid', message: 'Noen av feltene må rettes før du kan lagre.', fieldErrors });
      expect(await snapshotDatabase(t.db)).toBe(before);
    });
  });
});

