import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { createTestUser, fixtureUuid, insertCooperationFromDossier, snapshotDatabase } from '@/testing/cooperation';
import { seedReferenceData } from '@/db/seed/reference';
import { loadDossier } from '@/db/queries/dossier';
import { cooperations, memberDecisions } from '@/db/schema';
import { runAction, type ActionContext } from '@/lib/server/action';
import type { SessionUser } from '@/lib/pure/auth/roles';
import type { Dossier } from '@/lib/pure/domain/dossier';
import { READY_MEMBER_IDS, readyDossier } from '@/testing/fixtures/domain';
import { memberDecisionStatus } from '@/lib/pure/domain/readiness';
import type { RecordDecisionInput } from '@/lib/pure/validation/decisions';
import { NO_OPEN_ROUND_MESSAGE, recordDecision, recordDecisionSpec } from './decisions';

type MemberKey = keyof typeof READY_MEMBER_IDS;

let t: TestDb;
let radmann: SessionUser;
const NOW = new Date('2026-03-01T09:00:00Z');

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  radmann = await createTestUser(t.db, { name: 'Rune Rådgiver', role: 'radmannsteam', kommunenummer: '4214' });
});
afterAll(async () => t?.close());

const record = (input: unknown, user: SessionUser = radmann) =>
  runAction(recordDecisionSpec, (i, ctx: ActionContext) => recordDecision(i, ctx, NOW), input, { getUser: async () => user, getDb: async () => t.db });

/**
 * A cooperation waiting for member decisions in round 2 (a redesign), as the runner would
 * have left it; round 1 holds the establishing decisions.
 */
async function insertCooperation(change: (d: Dossier) => void = () => {}, decisionRound = 2) {
  const d = readyDossier();
  d.state = 'medlemsvedtak';
  d.memberDecisions = d.members.map((m) => ({ id: `d1-${m.id}`, memberId: m.id, body: 'Kommunestyret', date: '2024-06-20', saksnummer: null, outcome: 'tilslutning' as const, url: null, round: 1 }));
  change(d);
  const id = await insertCooperationFromDossier(t.db, d);
  if (d.state === 'medlemsvedtak') {
    // Test setup only: the snapshot the runner writes when a redesign is sent to decisions.
    await t.db
      .update(cooperations)
      .set({ stateValue: 'medlemsvedtak', snapshot: { status: 'active', value: 'medlemsvedtak', context: { decisionRound, decisionPurpose: 'redesign' } }, machineVersion: 1 })
      .where(eq(cooperations.id, id));
  }
  return { id, member: (key: MemberKey) => fixtureUuid(id, READY_MEMBER_IDS[key]) };
}

const decision = (id: string, memberId: string, extra: Partial<RecordDecisionInput> = {}): RecordDecisionInput => ({
  cooperationId: id,
  memberId,
  body: 'Kommunestyret',
  date: '2026-02-12',
  saksnummer: '26/14',
  outcome: 'tilslutning',
  url: 'https://innsyn.kommune.no/sak/26-14',
  ...extra,
});

describe(`recordDecision on ${testDatabaseKind}`, () => {
  it('records decisions in the open round until every member has consented', async () => {
    const { id, member } = await insertCooperation();
    const keys = Object.keys(READY_MEMBER_IDS) as MemberKey[];
    for (const [i, key] of keys.entries()) {
      const status = memberDecisionStatus((await loadDossier(t.db, id))!, 2);
      expect(status.allConsented).toBe(false);
      expect(status.pending).toHaveLength(keys.length - i);
      const result = await record(decision(id, member(key)));
      expect(result).toMatchObject({ ok: true, data: { cooperationId: id, round: 2 } });
    }
    expect(memberDecisionStatus((await loadDossier(t.db, id))!, 2)).toMatchObject({ allConsented: true, pending: [] });
    const rows = await t.db.select().from(memberDecisions).where(eq(memberDecisions.cooperationId, id));
    expect(rows.filter((r) => r.round === 2)).toHaveLength(4);
    expect(rows.filter((r) => r.round === 2).every((r) => r.recordedBy === radmann.id && r.recordedAt.getTime() === NOW.getTime())).toBe(true);
  });

  it("takes the round from the machine's snapshot, not from the decisions already stored", async () => {
    const { id, member } = await insertCooperation(() => {}, 5);
    expect(await record(decision(id, member('grimstad')))).toMatchObject({ ok: true, data: { round: 5 } });
  });

  it('lets a later decision replace a postponement', async () => {
    const { id, member } = await insertCooperation();
    await record(decision(id, member('froland'), { outcome: 'utsatt', date: '2026-01-20' }));
    expect(memberDecisionStatus((await loadDossier(t.db, id))!, 2).members.find((m) => m.memberId === member('froland'))?.outcome).toBe('utsatt');
    await record(decision(id, member('froland'), { outcome: 'avslag', date: '2026-02-17' }));
    const status = memberDecisionStatus((await loadDossier(t.db, id))!, 2);
    expect(status.members.find((m) => m.memberId === member('froland'))?.outcome).toBe('avslag');
    expect(status.anyRejected).toBe(true);
  });

  it('a member representative of the cooperation may record; the operative leader may not', async () => {
    const { id, member } = await insertCooperation();
    const representative = await createTestUser(t.db, { name: 'Mona Medlem', role: 'medlemsrepresentant', cooperationId: id });
    const leader = await createTestUser(t.db, { name: 'Ola Operativ', role: 'operativ_leder', cooperationId: id });
    const before = await snapshotDatabase(t.db);
    expect(await record(decision(id, member('arendal')), leader)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await snapshotDatabase(t.db)).toBe(before);
    expect((await record(decision(id, member('arendal')), representative)).ok).toBe(true);
  });

  describe('refusals leave the database unchanged', () => {
    it('no open round', async () => {
      for (const state of ['etablering', 'drift'] as const) {
        const { id, member } = await insertCooperation((d) => {
          d.state = state;
        });
        const before = await snapshotDatabase(t.db);
        expect(await record(decision(id, member('arendal')))).toEqual({ ok: false, code: 'invalid', message: NO_OPEN_ROUND_MESSAGE });
        expect(await snapshotDatabase(t.db)).toBe(before);
      }
    });

    it('a member of another cooperation', async () => {
      const other = await insertCooperation();
      const { id } = await insertCooperation();
      const before = await snapshotDatabase(t.db);
      expect(await record(decision(id, other.member('arendal')))).toEqual({
        ok: false,
        code: 'invalid',
        message: 'Noen av feltene må rettes før du kan lagre.',
        fieldErrors: { memberId: ['Deltakeren er ikke med i dette samarbeidet.'] },
      });
      expect(await snapshotDatabase(t.db)).toBe(before);
    });

    it.each([
      ['a date in the future and a bad link', { date: '2999-01-01', url: 'innsyn' }, { date: ['Datoen kan ikke være fram i tid.'], url: ['Skriv inn en gyldig nettadresse som begynner med https://'] }],
      ['missing body and outcome', { body: '  ', outcome: undefined }, { body: ['Skriv hvilket organ som behandlet saken.'], outcome: ['Velg utfallet av behandlingen.'] }],
      ['wrong types', { memberId: 7, date: 20260212, saksnummer: ['26/14'] }, { memberId: ['Velg deltakeren som har behandlet saken.'], date: ['Skriv inn datoen for vedtaket.'], saksnummer: ['Feltet må inneholde tekst.'] }],
    ])('%s', async (_name, extra, fieldErrors) => {
      const { id, member } = await insertCooperation();
      const before = await snapshotDatabase(t.db);
      const payload = { ...decision(id, member('arendal')), ...extra };
      expect(await record(payload)).toEqual({ ok: false, code: 'invalid', message: 'Noen av feltene må rettes før du kan lagre.', fieldErrors });
      expect(await snapshotDatabase(t.db)).toBe(before);
    });
  });
});
