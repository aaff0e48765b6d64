import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { createTestUser, fixtureUuid, insertCooperationFromDossier } from '@/testing/cooperation';
import { seedReferenceData } from '@/db/seed/reference';
import { anchoringOccurrences, anchoringPoints } from '@/db/schema';
import { runAction, type ActionContext } from '@/lib/server/action';
import { logOccurrence, logOccurrenceSpec } from '@/lib/server/actions/follow-up';
import type { AnchoringOccurrence } from '@/lib/pure/domain/dossier';
import { READY_MEMBER_IDS, readyDossier } from '@/testing/fixtures/domain';
import { syncOccurrences } from './anchoring';
import { loadDossier } from './dossier';
import { listCooperationOccurrences, listMunicipalityOccurrences } from './follow-up';

type MemberKey = keyof typeof READY_MEMBER_IDS;
const KEYS = Object.keys(READY_MEMBER_IDS) as MemberKey[];

let t: TestDb;
const NOW = new Date('2026-03-01T09:00:00Z');

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
});
afterAll(async () => t?.close());

const planned = (pointId: string, key: MemberKey, dueDate: string): AnchoringOccurrence => ({
  id: `o-${pointId}-${key}-${dueDate}`,
  anchoringPointId: pointId,
  memberId: READY_MEMBER_IDS[key],
  dueDate,
  status: 'planlagt',
  heldDate: null,
  saksnummer: null,
  minutesUrl: null,
});

/** In drift with the coming year planned: formannskap each quarter, ledergruppe each half-year. */
async function insertPlanned(name = 'Legevakt Østre Agder') {
  const d = readyDossier();
  d.name = name;
  d.state = 'drift';
  d.startDate = '2025-01-01';
  d.occurrences = KEYS.flatMap((k) => [
    planned('a-formannskap', k, '2026-03-31'),
    planned('a-formannskap', k, '2026-06-30'),
    planned('a-ledergruppe', k, '2026-06-30'),
  ]);
  const id = await insertCooperationFromDossier(t.db, d);
  return { id, occurrence: (pointId: string, key: MemberKey, due: string) => fixtureUuid(id, `o-${pointId}-${key}-${due}`), uuid: (x: string) => fixtureUuid(id, x) };
}

describe(`syncOccurrences after logging, on ${testDatabaseKind}`, () => {
  it('a changed plan regenerates the future and never touches logged occurrences', async () => {
    const { id, occurrence, uuid } = await insertPlanned();
    const leader = await createTestUser(t.db, { name: 'Ola Operativ', role: 'operativ_leder', cooperationId: id });
    const log = (input: object) =>
      runAction(logOccurrenceSpec, (i, ctx: ActionContext) => logOccurrence(i, ctx, NOW), { cooperationId: id, saksnummer: '', minutesUrl: '', heldDate: '', newDate: '', note: '', ...input }, { getUser: async () => leader, getDb: async () => t.db });
    const heldEarly = occurrence('a-formannskap', 'arendal', '2026-03-31');
    const moved = occurrence('a-formannskap', 'grimstad', '2026-06-30');
    const missed = occurrence('a-ledergruppe', 'lillesand', '2026-06-30');
    expect((await log({ occurrenceId: heldEarly, status: 'holdt', heldDate: '2026-02-26', saksnummer: '26/31' })).ok).toBe(true);
    expect((await log({ occurrenceId: moved, status: 'utsatt', newDate: '2026-08-20', note: 'Ingen møter i juli.' })).ok).toBe(true);
    expect((await log({ occurrenceId: missed, status: 'ikke_holdt', note: 'Ledergruppen tok sommerferie tidlig.' })).ok).toBe(true);
    const rows = async () => t.db.select().from(anchoringOccurrences).where(eq(anchoringOccurrences.cooperationId, id));
    const before = await rows();

    // The plan changes: formannskap twice a year instead of four times, the ledergruppe point goes.
    await t.db.update(anchoringPoints).set({ frequency: 'halvaarlig' }).where(eq(anchoringPoints.id, uuid('a-formannskap')));
    await t.db.delete(anchoringPoints).where(eq(anchoringPoints.id, uuid('a-ledergruppe')));
    const result = await syncOccurrences(t.db, (await loadDossier(t.db, id))!, NOW);

    const after = await rows();
    const byId = (list: typeof before, rowId: string) => list.find((r) => r.id === rowId);
    expect(byId(after, heldEarly)).toEqual(byId(before, heldEarly));
    expect(byId(after, moved)).toEqual(byId(before, moved));
    // The logged occurrence of the removed point survives with its own copy of the facts.
    expect(byId(after, missed)).toEqual({ ...byId(before, missed), anchoringPointId: null });
    // March is no longer a formannskap date: the other three members' planned ones are gone,
    // and so are the planned ledergruppe ones. New for all four members: formannskap 31.12.2026
    // and the budget point (15.12.2026), which the fixture had not planned yet.
    expect(result).toEqual({ deleted: 3 + 3, created: 4 + 4 });
    // The moved June occurrence still holds its slot: Grimstad gets no second June briefing.
    const june = after.filter((r) => r.anchoringPointId === uuid('a-formannskap') && r.dueDate === '2026-06-30');
    expect(june.map((r) => r.memberId).sort()).toEqual(KEYS.map((k) => uuid(READY_MEMBER_IDS[k])).sort());
    expect(after.filter((r) => r.dueDate === '2026-12-31').map((r) => r.status)).toEqual(['planlagt', 'planlagt', 'planlagt', 'planlagt']);
  });
});

describe(`occurrence listings on ${testDatabaseKind}`, () => {
  it('per cooperation with member names and who logged, and per municipality across cooperations', async () => {
    const a = await insertPlanned('Legevakt A');
    const b = await insertPlanned('Legevakt B');
    const leader = await createTestUser(t.db, { name: 'Ola Operativ', role: 'operativ_leder', cooperationId: a.id });
    const occurrenceId = a.occurrence('a-formannskap', 'lillesand', '2026-03-31');
    const input = { cooperationId: a.id, occurrenceId, status: 'holdt', heldDate: '2026-02-20', saksnummer: '26/9' };
    expect((await runAction(logOccurrenceSpec, (i, ctx: ActionContext) => logOccurrence(i, ctx, NOW), input, { getUser: async () => leader, getDb: async () => t.db })).ok).toBe(true);

    const list = await listCooperationOccurrences(t.db, a.id);
    expect(list).toHaveLength(12);
    expect(list.find((o) => o.id === occurrenceId)).toMatchObject({
      cooperationName: 'Legevakt A',
      cooperationState: 'drift',
      memberName: 'Lillesand kommune',
      kommunenummer: '4215',
      body: 'formannskap',
      status: 'holdt',
      saksnummer: '26/9',
      loggedByName: 'Ola Operativ',
      loggedAt: NOW.toISOString(),
    });

    const lillesand = await listMunicipalityOccurrences(t.db, '4215');
    const ours = lillesand.filter((o) => o.cooperationId === a.id || o.cooperationId === b.id);
    expect(ours).toHaveLength(6);
    expect(ours.every((o) => o.memberName === 'Lillesand kommune')).toBe(true);
    expect(ours.map((o) => o.dueDate)).toEqual([...ours.map((o) => o.dueDate)].sort());
  });
});
