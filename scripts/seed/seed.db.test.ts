import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { appliedMigrations } from '@/db/client';
import { countMunicipalities, importMunicipalities, listMunicipalities, listTaskAreas } from '@/db/queries/municipalities';
import { listUsers } from '@/db/queries/users';
import { seedIfEmpty } from './index';
import { DEMO_USERS } from './demo-users';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t?.close());

describe(`seeding on ${testDatabaseKind}`, () => {
  it('applies every migration', async () => {
    expect(await appliedMigrations(t.db)).toBeGreaterThan(0);
  });

  it('seeds 357 municipalities, the task areas and one demo user per role, once', async () => {
    const first = await seedIfEmpty(t.db, { demo: true });
    expect(first.municipalities).toBe(357);
    expect(first.taskAreas).toBeGreaterThan(40);
    expect(first.demoUsers).toBe(DEMO_USERS.length);
    const again = await seedIfEmpty(t.db, { demo: true });
    expect(again).toEqual({ municipalities: 0, taskAreas: 0, demoUsers: 0, demoCooperations: 0 });
    expect(await countMunicipalities(t.db)).toBe(357);
    const users = await listUsers(t.db);
    expect(new Set(users.flatMap((u) => u.roles))).toEqual(new Set(DEMO_USERS.map((u) => u.role)));
  });

  it('finds a municipality by either official name', async () => {
    const bySami = await listMunicipalities(t.db, { search: 'aarborte' });
    const byNorwegian = await listMunicipalities(t.db, { search: 'hattfjell' });
    expect(bySami.map((m) => m.kommunenummer)).toEqual(['1826']);
    expect(byNorwegian.map((m) => m.kommunenummer)).toEqual(['1826']);
    expect((await listTaskAreas(t.db)).some((a) => a.name === 'Legevakt')).toBe(true);
  });

  it('adds one county municipality per county but Oslo, keyed by the county number', async () => {
    const counties = (await listMunicipalities(t.db)).filter((m) => m.kind === 'fylkeskommune');
    expect(counties).toHaveLength(14);
    expect(counties.find((c) => c.kommunenummer === '42')).toMatchObject({ name: 'Agder fylkeskommune', countyNumber: '42', countyName: 'Agder', validTo: null });
    expect(counties.some((c) => c.kommunenummer === '03')).toBe(false);
  });

  it('imports a later list: adds, renames and retires without deleting', async () => {
    const current = await listMunicipalities(t.db);
    const next = current
      .filter((m) => m.kommunenummer !== '4224')
      .map((m) => (m.kommunenummer === '4204' ? { ...m, name: 'Kristiansand (ny)' } : m))
      .concat([{ ...current[0]!, kommunenummer: '4299', name: 'Nykommune' }]);
    const summary = await importMunicipalities(t.db, next, '2028-01-01');
    expect(summary).toEqual({ added: 1, updated: 1, retired: 1 });
    expect(await countMunicipalities(t.db)).toBe(357);
    const all = await listMunicipalities(t.db, { includeRetired: true });
    expect(all.find((m) => m.kommunenummer === '4224')?.validTo).toBe('2028-01-01');
    // The county municipalities stay, and follow their counties.
    expect(all.find((m) => m.kommunenummer === '42')).toMatchObject({ kind: 'fylkeskommune', validTo: null });
  });

  it('retires a county municipality whose county is gone, and brings it back with the county', async () => {
    const current = (await listMunicipalities(t.db)).filter((m) => m.kind === 'kommune');
    const withoutFinnmark = current.filter((m) => m.countyNumber !== '56');
    await importMunicipalities(t.db, withoutFinnmark, '2030-01-01');
    const retired = await listMunicipalities(t.db, { includeRetired: true });
    expect(retired.find((m) => m.kommunenummer === '56')?.validTo).toBe('2030-01-01');
    await importMunicipalities(t.db, current, '2031-01-01');
    expect((await listMunicipalities(t.db)).find((m) => m.kommunenummer === '56')).toMatchObject({ name: 'Finnmark fylkeskommune', validTo: null });
  });
});
