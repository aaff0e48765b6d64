import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { seedReferenceData } from '../seed/reference';
import { createCooperation } from './cooperations';
import { listElections, recordElection } from './elections';
import { cooperationMembers, cooperations, sponsors } from '../schema';
import { eq } from 'drizzle-orm';

let t: TestDb;
let active: string;
let ended: string;

async function withSponsor(id: string) {
  const [member] = await t.db.select().from(cooperationMembers).where(eq(cooperationMembers.cooperationId, id));
  const [s] = await t.db.insert(sponsors).values({ cooperationId: id, memberId: member!.id, kind: 'politisk', name: 'Ordfører' }).returning();
  return s!;
}

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  const base = { purpose: null, taskAreaId: null, initiatingKommunenummer: '4204', members: [{ kommunenummer: '4204' }, { kommunenummer: '4223' }] };
  active = await createCooperation(t.db, { ...base, name: 'Aktivt' });
  ended = await createCooperation(t.db, { ...base, name: 'Avbrutt' });
  // Only a test may set a state directly; the app goes through the runner.
  await t.db.update(cooperations).set({ state: 'avbrutt' }).where(eq(cooperations.id, ended));
});
afterAll(async () => t?.close());

describe(`elections on ${testDatabaseKind}`, () => {
  it('marks the sponsors of active cooperations only, once per election date', async () => {
    const a = await withSponsor(active);
    const b = await withSponsor(ended);
    const first = await recordElection(t.db, { electionDate: '2027-09-13', kind: 'ordinaert', reason: null, followUpMonths: 3, recordedBy: null });
    expect(first.created && first.election.cooperationsFlagged).toBe(1);
    expect(first.created && first.election.sponsorsFlagged).toBe(1);
    const rows = await t.db.select().from(sponsors);
    expect(rows.find((r) => r.id === a.id)?.needsReconfirmation).toBe(true);
    expect(rows.find((r) => r.id === b.id)?.needsReconfirmation).toBe(false);
    expect((await recordElection(t.db, { electionDate: '2027-09-13', kind: 'ordinaert', reason: null, followUpMonths: 3, recordedBy: null })).created).toBe(false);
    expect(await listElections(t.db)).toHaveLength(1);
  });
});
