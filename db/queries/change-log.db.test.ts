import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { insertCooperationFromDossier } from '@/testing/cooperation';
import { seedReferenceData } from '@/db/seed/reference';
import { changeLog } from '@/db/schema';
import { readyDossier } from '@/testing/fixtures/domain';
import { appendChanges, changesSince, contentVersion, lockForSave, recentSaves, setContentVersion } from './change-log';

let t: TestDb;
let id: string;
const at = (minute: number) => new Date(Date.UTC(2026, 0, 10, 9, minute));
const change = (field: string, old: string | null, now: string | null) => ({ key: field, section: 'stotte.praktisk' as const, field, old, new: now, public: false, wasBlank: old === null });

/** The database's message, through the driver's wrapping errors. */
async function failure(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (err) {
    const messages: string[] = [];
    for (let e: unknown = err; e instanceof Error; e = e.cause) messages.push(e.message);
    return messages.join(' | ');
  }
  return 'lyktes';
}

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  id = await insertCooperationFromDossier(t.db, { ...readyDossier(), state: 'drift' });
  await appendChanges(t.db, id, { saveId: crypto.randomUUID(), unit: 'stotte', version: 1, actor: { id: null, name: 'Anne' }, at: at(1), changes: [change('Praktisk støtte', null, 'Kontor'), change('Minimumsfinansiering', null, 'Lønn')] });
  await appendChanges(t.db, id, { saveId: crypto.randomUUID(), unit: 'deltakelse', version: 1, actor: { id: null, name: 'Bjørn' }, at: at(2), changes: [change('Uformell kontakt', 'Av og til', 'Hver uke')] });
  await appendChanges(t.db, id, { saveId: crypto.randomUUID(), unit: 'stotte', version: 2, actor: { id: null, name: 'Cecilie' }, at: at(3), changes: [change('Praktisk støtte', 'Kontor', 'Kontor og møterom')] });
});
afterAll(async () => t?.close());

describe(`the change log (${testDatabaseKind})`, () => {
  it.each([
    ['UPDATE', () => t.db.update(changeLog).set({ newValue: 'forfalsket' }).where(eq(changeLog.cooperationId, id))],
    ['DELETE', () => t.db.delete(changeLog).where(eq(changeLog.cooperationId, id))],
    ['TRUNCATE', () => t.db.execute(sql`truncate table change_log`)],
  ])('is append-only: the database refuses %s, and the rows stay', async (operation, run) => {
    expect(await failure(run)).toContain(`change_log er en logg som bare kan utvides: ${operation} er ikke tillatt`);
    expect(await t.db.select().from(changeLog).where(eq(changeLog.cooperationId, id))).toHaveLength(4);
  });

  it('answers what changed in a unit after a version, in order', async () => {
    expect((await changesSince(t.db, id, 'stotte', 0)).map((r) => [r.version, r.field, r.actorName])).toEqual([
      [1, 'Praktisk støtte', 'Anne'],
      [1, 'Minimumsfinansiering', 'Anne'],
      [2, 'Praktisk støtte', 'Cecilie'],
    ]);
    expect(await changesSince(t.db, id, 'stotte', 2)).toEqual([]);
  });

  it('groups the latest saves, newest first, with their rows in order', async () => {
    const saves = await recentSaves(t.db, id, 2);
    expect(saves.map((s) => [s.unit, s.actorName, s.changes.map((c) => c.field)])).toEqual([
      ['stotte', 'Cecilie', ['Praktisk støtte']],
      ['deltakelse', 'Bjørn', ['Uformell kontakt']],
    ]);
    expect((await recentSaves(t.db, id, 10)).at(-1)!.changes.map((c) => c.field)).toEqual(['Praktisk støtte', 'Minimumsfinansiering']);
  });

  it('keeps a content version per form, starting at 0', async () => {
    expect(await contentVersion(t.db, id, 'design')).toBe(0);
    await setContentVersion(t.db, id, 'design', 3, at(4));
    await setContentVersion(t.db, id, 'stotte', 2, at(4));
    expect(await contentVersion(t.db, id, 'design')).toBe(3);
    expect((await lockForSave(t.db, id))?.versions).toEqual({ design: 3, stotte: 2 });
  });
});
