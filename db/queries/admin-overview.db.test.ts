// The administration overview counts what the tables hold: users by state and role, cooperations
// by group, current municipalities and the last election.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '@/testing/db';
import { createTestUser, insertCooperationFromDossier } from '@/testing/cooperation';
import { seedReferenceData } from '@/db/seed/reference';
import { cooperations, elections, users } from '@/db/schema';
import { readyDossier } from '@/testing/fixtures/domain';
import { countMunicipalities } from './municipalities';
import { adminOverview } from './admin-overview';

let t: TestDb;
const id = (i: number) => `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`;

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
}, 120_000);
afterAll(async () => t?.close());

describe('adminOverview', () => {
  it('is all zeros but the municipalities in an empty installation', async () => {
    const o = await adminOverview(t.db);
    expect(o).toEqual({
      users: { total: 0, deactivated: 0, withoutRole: 0 },
      cooperations: { total: 0, inWork: 0, drafts: 0, ended: 0 },
      municipalities: await countMunicipalities(t.db),
      lastElection: null,
    });
    expect(o.municipalities).toBeGreaterThan(350);
  });

  it('counts users, cooperations by group and the last election', async () => {
    await createTestUser(t.db, { name: 'Rune', role: 'radmannsteam', kommunenummer: '4204' });
    const gone = await createTestUser(t.db, { name: 'Borte', role: 'folkevalgt', kommunenummer: '4204' });
    await t.db.update(users).set({ active: false }).where(eq(users.id, gone.id));
    await t.db.insert(users).values({ email: 'ny@test.invalid', name: 'Ny uten rolle', passwordHash: 'x' });
    const states = ['drift', 'drift', 'etablering', 'utkast', 'avviklet', 'avbrutt'] as const;
    for (const [i, state] of states.entries()) {
      const d = readyDossier();
      d.id = id(i);
      d.name = `Samarbeid ${i}`;
      await insertCooperationFromDossier(t.db, d);
      await t.db.update(cooperations).set({ state }).where(eq(cooperations.id, d.id));
    }
    await t.db.insert(elections).values([{ electionDate: '2023-09-11' }, { electionDate: '2027-09-13' }]);
    const o = await adminOverview(t.db);
    expect(o.users).toEqual({ total: 3, deactivated: 1, withoutRole: 1 });
    expect(o.cooperations).toEqual({ total: 6, inWork: 3, drafts: 1, ended: 2 });
    expect(o.lastElection).toEqual({ electionDate: '2027-09-13', kind: 'ordinaert' });
  });
});
