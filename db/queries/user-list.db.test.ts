// The administrator's user list: one page at a time in Norwegian name order, searched by name
// or e-mail in SQL, each user's current kinds of role once, revoked roles left out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { seedReferenceData } from '@/db/seed/reference';
import { PAGE_SIZE } from '@/lib/pure/paging';
import { users } from '../schema';
import { createUser, grantRole, revokeRole, userListPage } from './users';

let t: TestDb;
const EXTRA = 7;
beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  // PAGE_SIZE + EXTRA users named "Bruker 001" …, and three whose names need Norwegian order.
  await t.db.insert(users).values(
    Array.from({ length: PAGE_SIZE + EXTRA }, (_, i) => ({ email: `bruker${i}@example.no`, name: `Bruker ${String(i).padStart(3, '0')}`, passwordHash: 'x' })),
  );
  const aase = (await createUser(t.db, { email: 'aase@kristiansand.kommune.no', name: 'Aase Ås', passwordHash: 'x' }))!.id;
  await createUser(t.db, { email: 'orjan@example.no', name: 'Ørjan Øye', passwordHash: 'x' });
  await createUser(t.db, { email: 'zz_50%@example.no', name: 'Zacharias', passwordHash: 'x' });
  await grantRole(t.db, { userId: aase, role: 'radmannsteam', kommunenummer: '4204', cooperationId: null, grantedBy: null });
  await grantRole(t.db, { userId: aase, role: 'radmannsteam', kommunenummer: '4203', cooperationId: null, grantedBy: null });
  const revoked = await grantRole(t.db, { userId: aase, role: 'folkevalgt', kommunenummer: '4204', cooperationId: null, grantedBy: null });
  await revokeRole(t.db, { assignmentId: revoked.id, revokedBy: aase });
});
afterAll(async () => t?.close());

describe(`userListPage on ${testDatabaseKind}`, () => {
  it('pages the users with the total, in Norwegian name order (Ø and Aa/Å after Z)', async () => {
    const total = PAGE_SIZE + EXTRA + 3;
    const first = await userListPage(t.db, 1);
    expect(first.window.total).toBe(total);
    expect(first.rows).toHaveLength(PAGE_SIZE);
    expect(first.rows[0]!.name).toBe('Bruker 000');
    const second = await userListPage(t.db, 2);
    expect(second.rows.map((r) => r.name).slice(-3)).toEqual(['Zacharias', 'Ørjan Øye', 'Aase Ås']);
    expect(second.window).toMatchObject({ first: PAGE_SIZE + 1, last: total, pageCount: 2 });
    expect((await userListPage(t.db, 3)).rows).toEqual([]);
  });

  it('gives each user their current kinds of role once, without revoked ones', async () => {
    const { rows } = await userListPage(t.db, 1, 'aase');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.roles).toEqual(['radmannsteam']);
    expect((await userListPage(t.db, 1, 'Ørjan')).rows[0]!.roles).toEqual([]);
  });

  it('searches name and e-mail, ignoring case, with % and _ taken literally', async () => {
    expect((await userListPage(t.db, 1, 'KRISTIANSAND.kommune')).rows.map((r) => r.name)).toEqual(['Aase Ås']);
    expect((await userListPage(t.db, 1, 'øye')).rows.map((r) => r.name)).toEqual(['Ørjan Øye']);
    expect((await userListPage(t.db, 1, '50%')).rows.map((r) => r.name)).toEqual(['Zacharias']);
    expect((await userListPage(t.db, 1, '%')).window.total).toBe(1);
    const none = await userListPage(t.db, 1, 'finnes ikke');
    expect(none.rows).toEqual([]);
    expect(none.window.total).toBe(0);
  });
});
