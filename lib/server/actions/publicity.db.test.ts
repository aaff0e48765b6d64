import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { createTestUser, insertCooperationFromDossier, snapshotDatabase } from '@/testing/cooperation';
import { seedReferenceData } from '@/db/seed/reference';
import { loadPublicCooperation } from '@/db/queries/register';
import { changeLog, cooperations } from '@/db/schema';
import { runAction } from '@/lib/server/action';
import type { SessionUser } from '@/lib/pure/auth/roles';
import { readyDossier } from '@/testing/fixtures/domain';
import { frozenMessage } from '@/lib/pure/domain/section-rules';
import { savePublicity, savePublicitySpec } from './publicity';
import { CONFLICT_MESSAGE } from './section-save';

const NOW = new Date('2026-06-01T12:00:00Z');
let t: TestDb;
let editor: SessionUser;
let reader: SessionUser;

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  editor = await createTestUser(t.db, { name: 'Rune Rådgiver', role: 'radmannsteam', kommunenummer: '4203' });
  reader = await createTestUser(t.db, { name: 'Frida Folkevalgt', role: 'folkevalgt', kommunenummer: '4203' });
});
afterAll(async () => t?.close());

const save = (input: unknown, user = editor) => runAction(savePublicitySpec, savePublicity, input, { getUser: async () => user, getDb: async () => t.db, getNow: () => NOW });

describe(`the public/non-public flag (${testDatabaseKind})`, () => {
  it('in drift, hides the cooperation from /innsyn at once and logs it', async () => {
    const id = await insertCooperationFromDossier(t.db, { ...readyDossier(), state: 'drift' });
    expect(await loadPublicCooperation(t.db, id)).not.toBeNull();
    expect(await save({ cooperationId: id, version: 0, isPublic: false })).toMatchObject({ ok: true, data: { version: 1, changed: 1, values: { isPublic: false } } });
    expect(await loadPublicCooperation(t.db, id)).toBeNull();
    const log = await t.db.select().from(changeLog).where(eq(changeLog.cooperationId, id));
    expect(log.map((r) => [r.section, r.field, r.oldValue, r.newValue, r.public])).toEqual([['samarbeid.offentlighet', 'Vises i det offentlige registeret (innsyn)', 'Ja', 'Nei', true]]);
  });

  it('refuses a stale version, a reader, and a cooperation waiting for member decisions, writing nothing', async () => {
    const id = await insertCooperationFromDossier(t.db, { ...readyDossier(), state: 'drift' });
    expect((await save({ cooperationId: id, version: 0, isPublic: false })).ok).toBe(true);
    const before = await snapshotDatabase(t.db);
    expect(await save({ cooperationId: id, version: 0, isPublic: false })).toMatchObject({ ok: false, code: 'conflict', message: CONFLICT_MESSAGE, conflict: { version: 1, values: { isPublic: false } } });
    expect(await save({ cooperationId: id, version: 1, isPublic: true }, reader)).toMatchObject({ ok: false, code: 'forbidden' });
    await t.db.update(cooperations).set({ state: 'medlemsvedtak' }).where(eq(cooperations.id, id));
    const frozen = await snapshotDatabase(t.db);
    expect(await save({ cooperationId: id, version: 1, isPublic: true })).toEqual({ ok: false, code: 'invalid', message: frozenMessage('medlemsvedtak') });
    expect(await snapshotDatabase(t.db)).toBe(frozen);
    expect(before).not.toBe(frozen);
  });
});
