// The national dataset generator on a small scale: the same seed gives the same rows, every
// generated history passes the administrators' consistency check (replay through the
// machine), every lifecycle state occurs, and the bench users can be found with their roles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq, isNull, max } from 'drizzle-orm';
import { createTestDb, type TestDb } from '@/testing/db';
import { seedReferenceData } from '@/db/seed/reference';
import { cooperations, roleAssignments, users, workflowEvents } from '@/db/schema';
import { LIFECYCLE_STATES } from '@/lib/pure/domain/dossier';
import { checkAllConsistency } from '@/workflows/cooperation/consistency';
import { BENCH_USERS, generateDataset, SPONSORED, type GenerateReport } from './generate';

const NOW = new Date('2026-03-01T12:00:00.000Z');
let t: TestDb;
let report: GenerateReport;

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  report = await generateDataset(t.db, { cooperations: 120, seed: 7, now: NOW });
}, 240_000);

afterAll(async () => {
  await t?.close();
});

describe('the national dataset generator', () => {
  it('writes what it reports, in realistic proportions', async () => {
    const [row] = await t.db.select({ n: count() }).from(cooperations);
    expect(row!.n).toBe(120);
    expect(report.counts.cooperations).toBe(120);
    const perCooperation = (table: keyof GenerateReport['counts']) => report.counts[table] / 120;
    expect(perCooperation('cooperationMembers')).toBeGreaterThan(3);
    expect(perCooperation('sponsors')).toBeGreaterThan(5);
    expect(perCooperation('workflowEvents')).toBeGreaterThan(6);
    expect(perCooperation('anchoringOccurrences')).toBeGreaterThan(5);
    expect(perCooperation('evaluationRounds')).toBeGreaterThan(0.8);
  });

  it('every history replays to the stored lifecycle', async () => {
    const { ok, reports } = await checkAllConsistency(t.db);
    expect(reports.filter((r) => !r.ok).flatMap((r) => r.problems)).toEqual([]);
    expect(ok).toBe(true);
    const [last] = await t.db.select({ at: max(workflowEvents.createdAt) }).from(workflowEvents);
    expect(last!.at!.getTime()).toBeLessThan(NOW.getTime());
  });

  it('covers every lifecycle state', async () => {
    const states = await t.db.selectDistinct({ state: cooperations.state }).from(cooperations);
    expect(new Set(states.map((s) => s.state))).toEqual(new Set(LIFECYCLE_STATES));
  });

  it('creates the bench users with their roles', async () => {
    const grants = async (email: string) =>
      t.db
        .select({ role: roleAssignments.role, kommunenummer: roleAssignments.kommunenummer })
        .from(roleAssignments)
        .innerJoin(users, eq(users.id, roleAssignments.userId))
        .where(eq(users.email, email));
    expect(await grants(BENCH_USERS.oslo)).toEqual([{ role: 'radmannsteam', kommunenummer: '0301' }]);
    expect(await grants(BENCH_USERS.kristiansand)).toEqual([{ role: 'radmannsteam', kommunenummer: '4204' }]);
    expect(await grants(BENCH_USERS.admin)).toEqual([{ role: 'administrator', kommunenummer: null }]);
    const sponsor = await grants(BENCH_USERS.sponsor);
    expect(sponsor.length).toBeGreaterThan(0);
    expect(sponsor.length).toBeLessThanOrEqual(SPONSORED);
    expect(sponsor.every((g) => g.role === 'politisk_sponsor' && g.kommunenummer === '4601')).toBe(true);
    const [open] = await t.db.select({ n: count() }).from(roleAssignments).where(isNull(roleAssignments.revokedAt));
    expect(open!.n).toBe(report.counts.roleAssignments);
  });

  it('is deterministic: the same seed and day give the same rows', async () => {
    const again = await createTestDb();
    try {
      await seedReferenceData(again.db);
      await generateDataset(again.db, { cooperations: 20, seed: 7, now: NOW });
      // The first 20 cooperations of a bigger run are these 20, row for row.
      const list = (db: TestDb['db']) => db.select({ id: cooperations.id, name: cooperations.name, state: cooperations.state, snapshot: cooperations.snapshot }).from(cooperations);
      const small = await list(again.db);
      const big = new Map((await list(t.db)).map((c) => [c.id, c]));
      expect(small).toHaveLength(20);
      for (const c of small) expect(big.get(c.id)).toEqual(c);
    } finally {
      await again.close();
    }
  }, 120_000);
});
