import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, testDatabaseKind, type TestDb } from '@/lib/testing/db';
import { seedReferenceData } from '../seed/reference';
import { createCooperation } from './cooperations';
import { listElections, reconfirmSponsor, recordElection } from './elections';
import { replaceSponsor } from './sponsors';
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

  it('re-confirming clears the mark and stamps the time, only inside its own cooperation', async () => {
    const [s] = await t.db.select().from(sponsors).where(eq(sponsors.cooperationId, active));
    const now = new Date('2027-10-01T10:00:00Z');
    expect(await reconfirmSponsor(t.db, { cooperationId: ended, sponsorId: s!.id, now })).toBe(false);
    expect(await reconfirmSponsor(t.db, { cooperationId: active, sponsorId: s!.id, now })).toBe(true);
    const [after] = await t.db.select().from(sponsors).where(eq(sponsors.id, s!.id));
    expect(after?.needsReconfirmation).toBe(false);
    expect(after?.confirmedAt?.toISOString()).toBe(now.toISOString());
  });

  it('replacing a sponsor puts the new person in the same seat, confirmed, without the old link or note', async () => {
    const [s] = await t.db.insert(sponsors).values({ cooperationId: active, memberId: (await t.db.select().from(cooperationMembers).where(eq(cooperationMembers.cooperationId, active)))[0]!.id, kind: 'politisk', name: 'Gammel Ordfører', note: 'Intern merknad', needsReconfirmation: true }).returning();
    const now = new Date('2027-10-02T10:00:00Z');
    const input = { cooperationId: active, sponsorId: s!.id, name: 'Ny Ordfører', title: 'ordfører', now, actorId: 'x', actorName: 'Rune' };
    expect(await replaceSponsor(t.db, { ...input, cooperationId: ended })).toBeNull();
    expect(await replaceSponsor(t.db, input)).toEqual({ previous: 'Gammel Ordfører', next: 'Ny Ordfører' });
    const [after] = await t.db.select().from(sponsors).where(eq(sponsors.id, s!.id));
    expect(after).toMatchObject({ name: 'Ny Ordfører', title: 'ordfører', note: null, userId: null, needsReconfirmation: false, kind: 'politisk', memberId: s!.memberId });
    expect(after?.confirmedAt?.toISOString()).toBe(now.toISOString());
  });
});
