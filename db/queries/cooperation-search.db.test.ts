// The cooperation search behind the role form's picker: name contains the text, those that
// start with it first, Norwegian order, a limit, and the current members for each hit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { seedReferenceData } from '@/db/seed/reference';
import { createCooperation, searchCooperationNames } from './cooperations';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  const make = (name: string, members: string[]) =>
    createCooperation(t.db, { name, purpose: null, taskAreaId: null, initiatingKommunenummer: members[0] ?? null, members: members.map((k) => ({ kommunenummer: k })) });
  await make('Øvre Agder legevakt', ['4204', '4203']);
  await make('Legevakt Lister', ['4206']);
  await make('Barnevern 100%', ['4204']);
  await make('Interkommunal legevaktsentral', ['4204', '4203', '4206', '4211']);
});
afterAll(async () => t?.close());

describe(`searchCooperationNames on ${testDatabaseKind}`, () => {
  it('finds the text anywhere in the name, ignoring case; names that start with it come first', async () => {
    const hits = await searchCooperationNames(t.db, 'LEGEVAKT');
    expect(hits.map((h) => h.name)).toEqual(['Legevakt Lister', 'Interkommunal legevaktsentral', 'Øvre Agder legevakt']);
  });

  it('gives each hit its current members and its state', async () => {
    const [hit] = await searchCooperationNames(t.db, 'lister');
    expect(hit).toMatchObject({ name: 'Legevakt Lister', state: 'utkast', members: ['Farsund'] });
  });

  it('takes %, _ literally, stops at the limit, and finds nothing for blank text', async () => {
    expect((await searchCooperationNames(t.db, '100%')).map((h) => h.name)).toEqual(['Barnevern 100%']);
    expect(await searchCooperationNames(t.db, '%')).toHaveLength(1);
    expect(await searchCooperationNames(t.db, 'e', 2)).toHaveLength(2);
    expect(await searchCooperationNames(t.db, '   ')).toEqual([]);
  });
});
