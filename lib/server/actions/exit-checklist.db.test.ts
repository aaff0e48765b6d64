import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { createTestUser, insertCooperationFromDossier, snapshotDatabase } from '@/testing/cooperation';
import { seedReferenceData } from '@/db/seed/reference';
import { contentVersion } from '@/db/queries/change-log';
import { changeLog, cooperations, workflowEvents } from '@/db/schema';
import { MESSAGES, runAction, type ActionContext, type ActionSpec } from '@/lib/server/action';
import type { SessionUser } from '@/lib/pure/auth/roles';
import { EXIT_ITEMS, exitChecklistMissing, type ExitChecklistState } from '@/lib/pure/domain/exit-checklist';
import { readyDossier } from '@/testing/fixtures/domain';
import { EXIT_VALIDATION_MESSAGES, exitChecklistFormValues, type ExitChecklistFormValues } from '@/lib/pure/validation/exit-checklist';
import { STEP_MESSAGES } from '@/lib/pure/refusals';
import { completeExit, completeExitSpec, EXIT_MESSAGES, saveExitChecklist, saveExitChecklistSpec } from './exit-checklist';
import { CONFLICT_MESSAGE } from './section-save';
import { nb } from '@/testing/validation-words';

const NOW = new Date('2026-05-01T09:00:00Z');

let t: TestDb;
let id: string;
const people = {} as Record<'radmann' | 'leader' | 'folkevalgt' | 'outsider', SessionUser>;

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  id = await insertCooperationFromDossier(t.db, { ...readyDossier(), state: 'avvikling', startDate: '2020-01-01' });
  people.radmann = await createTestUser(t.db, { name: 'Rune Rådmann', role: 'radmannsteam', kommunenummer: '4203' });
  people.leader = await createTestUser(t.db, { name: 'Ola Operativ', role: 'operativ_leder', cooperationId: id });
  people.folkevalgt = await createTestUser(t.db, { name: 'Frida Folkevalgt', role: 'folkevalgt', kommunenummer: '4203' });
  people.outsider = await createTestUser(t.db, { name: 'Oda Utenfor', role: 'radmannsteam', kommunenummer: '4204' });
});
afterAll(async () => t?.close());

function act<S extends z.ZodType, T>(spec: ActionSpec<S>, fn: (input: z.output<S>, ctx: ActionContext) => Promise<T>) {
  return (user: SessionUser, input: unknown) => runAction(spec, fn, input, { getUser: async () => user, getDb: async () => t.db, getNow: () => NOW });
}
const save = act(saveExitChecklistSpec, saveExitChecklist);
const complete = act(completeExitSpec, completeExit);

const row = async (cooperationId = id) => (await t.db.select().from(cooperations).where(eq(cooperations.id, cooperationId)))[0]!;

/** The form as loaded over `stored` (what the page showed), with `done` ticked off. */
function checklist(done: readonly string[], cooperationId = id, stored: ExitChecklistState | null = null, version = 0): ExitChecklistFormValues {
  const values = exitChecklistFormValues(cooperationId, stored, version);
  for (const item of done) values.items[item] = { done: true, note: `Avklart i representantskapet, sak ${item}.` };
  return values;
}

async function unchanged<T>(run: () => Promise<T>): Promise<T> {
  const before = await snapshotDatabase(t.db);
  const result = await run();
  expect(await snapshotDatabase(t.db)).toBe(before);
  return result;
}

describe(`the exit checklist while winding down (${testDatabaseKind})`, () => {
  it('is saved by the members’ rådmannsteam and the leader only', async () => {
    for (const who of [people.folkevalgt, people.outsider]) {
      expect(await unchanged(() => save(who, checklist(['arkiv'])))).toEqual({ ok: false, code: 'forbidden', message: MESSAGES.forbidden });
    }
  });

  it('needs a note for an item ticked off, and writes nothing until then', async () => {
    const values = checklist([]);
    values.items.ansatte = { done: true, note: '' };
    expect(await unchanged(() => save(people.leader, values))).toEqual({
      ok: false,
      code: 'invalid',
      message: MESSAGES.invalid,
      fieldErrors: { 'items.ansatte.note': [nb(EXIT_VALIDATION_MESSAGES.noteRequired)] },
    });
  });

  it('cannot be completed before every item is done, and says what is missing', async () => {
    const { rowVersion } = await row();
    const result = await unchanged(() => complete(people.radmann, { cooperationId: id, expectedVersion: rowVersion }));
    expect(result).toEqual({ ok: false, code: 'invalid', message: EXIT_MESSAGES.incomplete, fieldErrors: { missing: exitChecklistMissing(null) } });
  });

  it('keeps what the leader saved, as data: the lifecycle version stays', async () => {
    const before = await row();
    const saved = await save(people.leader, checklist(['eiendeler-forpliktelser', 'ansatte']));
    expect(saved).toMatchObject({ ok: true, data: { missing: exitChecklistMissing({ 'eiendeler-forpliktelser': { done: true, note: 'x' }, ansatte: { done: true, note: 'x' } }) } });
    const after = await row();
    expect(after.exitChecklist).toMatchObject({ ansatte: { done: true, note: 'Avklart i representantskapet, sak ansatte.' }, arkiv: { done: false, note: null } });
    expect([after.state, after.rowVersion]).toEqual([before.state, before.rowVersion]);
    const log = await t.db.select().from(changeLog).where(eq(changeLog.cooperationId, id));
    expect(log.map((r) => [r.unit, r.version, r.field, r.oldValue, r.newValue])).toEqual([
      ['avvikling', 1, 'Eiendeler og forpliktelser er fordelt', 'Nei', 'Ja – Avklart i representantskapet, sak eiendeler-forpliktelser.'],
      ['avvikling', 1, 'De ansattes situasjon er avklart', 'Nei', 'Ja – Avklart i representantskapet, sak ansatte.'],
    ]);
    const refused = await unchanged(() => complete(people.radmann, { cooperationId: id, expectedVersion: after.rowVersion }));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { missing: exitChecklistMissing(after.exitChecklist) } });
    expect(exitChecklistMissing(after.exitChecklist)).toHaveLength(EXIT_ITEMS.length - 2);
  });

  it('refuses a save over a checklist someone else saved after the form was opened, and changes nothing', async () => {
    const stale = checklist(['arkiv']);
    const result = await unchanged(() => save(people.radmann, stale));
    expect(result).toMatchObject({ ok: false, code: 'conflict', message: CONFLICT_MESSAGE, conflict: { version: 1 } });
    if (result.ok || !result.conflict) throw new Error('expected a conflict');
    expect((result.conflict.values as ExitChecklistFormValues).items.ansatte).toEqual({ done: true, note: 'Avklart i representantskapet, sak ansatte.' });
    expect(result.conflict.changes.map((c) => c.actorName)).toEqual(['Ola Operativ', 'Ola Operativ']);
  });

  it('is completed by the rådmannsteam only, on the version the page showed', async () => {
    const version = await contentVersion(t.db, id, 'avvikling');
    const shown = (await row()).exitChecklist;
    expect(await save(people.radmann, checklist(EXIT_ITEMS.map((i) => i.id), id, shown, version))).toMatchObject({ ok: true, data: { missing: [] } });
    const { rowVersion } = await row();
    expect(await unchanged(() => complete(people.leader, { cooperationId: id, expectedVersion: rowVersion }))).toEqual({ ok: false, code: 'forbidden', message: MESSAGES.forbidden });
    expect(await unchanged(() => complete(people.radmann, { cooperationId: id, expectedVersion: rowVersion + 1 }))).toEqual({ ok: false, code: 'conflict', message: STEP_MESSAGES.conflict });
    expect(await complete(people.radmann, { cooperationId: id, expectedVersion: rowVersion })).toMatchObject({ ok: true, data: { state: 'avviklet' } });
    const [event] = await t.db.select().from(workflowEvents).where(eq(workflowEvents.cooperationId, id)).orderBy(desc(workflowEvents.seq)).limit(1);
    expect(event).toMatchObject({ eventType: 'AVVIKLING_FULLFORT', actorId: people.radmann.id, toState: 'avviklet' });
  });

  it('stays as it was once the cooperation is wound down', async () => {
    expect(await unchanged(() => save(people.radmann, checklist([])))).toEqual({ ok: false, code: 'invalid', message: EXIT_MESSAGES.alreadyWoundDown });
    const { rowVersion } = await row();
    expect(await unchanged(() => complete(people.radmann, { cooperationId: id, expectedVersion: rowVersion }))).toEqual({ ok: false, code: 'invalid', message: EXIT_MESSAGES.notInState });
  });

  it('cannot be edited in a cooperation that is not winding down', async () => {
    const running = await insertCooperationFromDossier(t.db, { ...readyDossier(), state: 'drift', startDate: '2020-01-01' });
    expect(await unchanged(() => save(people.radmann, checklist(['arkiv'], running)))).toEqual({ ok: false, code: 'invalid', message: EXIT_MESSAGES.notWindingDown });
  });
});
