// Loading dossiers: one at a time and in batches must give the same dossiers, so the
// register and the dashboard (batched) show what the cooperation's own pages (single) show.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { insertCooperationFromDossier } from '@/testing/cooperation';
import { seedReferenceData } from '@/db/seed/reference';
import { emptyDossier } from '@/lib/pure/domain/empty-dossier';
import { readyDossier } from '@/testing/fixtures/domain';
import { loadDossier, loadDossiers, loadLifecycles } from './dossier';

let t: TestDb;
let ready: string;
let bare: string;
beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  ready = await insertCooperationFromDossier(t.db, { ...readyDossier(), state: 'drift', startDate: '2025-01-01' });
  bare = await insertCooperationFromDossier(t.db, emptyDossier('tomt', 'Et tomt utkast', []));
});
afterAll(async () => t?.close());

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe(`loadDossiers (${testDatabaseKind})`, () => {
  it('gives exactly what loadDossier gives, in the order asked, leaving out unknown ids', async () => {
    const batch = await loadDossiers(t.db, [bare, UNKNOWN, ready, bare]);
    expect(batch.map((d) => d.id)).toEqual([bare, ready]);
    expect(batch).toEqual([await loadDossier(t.db, bare), await loadDossier(t.db, ready)]);
  });

  it('keeps each cooperation’s rows to itself', async () => {
    const [full, empty] = await loadDossiers(t.db, [ready, bare]);
    expect(full!.members).toHaveLength(readyDossier().members.length);
    expect(full!.goals.length).toBeGreaterThan(0);
    expect(full!.sponsors.length).toBeGreaterThan(0);
    expect(empty).toMatchObject({ name: 'Et tomt utkast', members: [], goals: [], sponsors: [], anchoringPoints: [], occurrences: [] });
  });

  it('asks nothing for no ids, and returns nothing for unknown ones', async () => {
    expect(await loadDossiers(t.db, [])).toEqual([]);
    expect(await loadDossiers(t.db, [UNKNOWN])).toEqual([]);
    expect(await loadDossier(t.db, UNKNOWN)).toBeNull();
  });

  it('loads lifecycle columns by id', async () => {
    const lifecycles = await loadLifecycles(t.db, [ready, UNKNOWN]);
    expect([...lifecycles.keys()]).toEqual([ready]);
    expect(lifecycles.get(ready)).toMatchObject({ state: 'drift', rowVersion: expect.any(Number) });
    expect((await loadLifecycles(t.db, [])).size).toBe(0);
  });
});
