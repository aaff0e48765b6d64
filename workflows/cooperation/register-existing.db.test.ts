// REGISTRER_EKSISTERENDE through the runner's two doors: one cooperation at a time
// (runner.ts) and many at once (runner-bulk.ts). Both keep the real start date, plan
// anchoring when there is a plan, ask no member decisions, and refuse what they must.
import { asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anchoringOccurrences, cooperations, workflowEvents } from '@/db/schema';
import { seedReferenceData } from '@/db/seed/reference';
import type { SessionUser } from '@/lib/pure/auth/roles';
import { readyDossier } from '@/testing/fixtures/domain';
import { createTestUser, insertCooperationFromDossier, snapshotDatabase } from '@/testing/cooperation';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { checkAllConsistency } from './consistency';
import { SYSTEM_PRINCIPAL } from '@/lib/pure/auth/can';
import { STEP_MESSAGES } from '@/lib/pure/refusals';
import { ConflictError, transition, transitionAsSystem } from './runner';
import { registerExistingInBulk } from './runner-bulk';

const NOW = new Date('2026-03-01T09:00:00Z');
const SYSTEM = { id: null, name: 'Systemet' };

let t: TestDb;
let radmann: SessionUser;
beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  radmann = await createTestUser(t.db, { name: 'Rådmann Arendal', role: 'radmannsteam', kommunenummer: '4203' });
});
afterAll(async () => t?.close());

/** A fresh utkast row as the registration writes it: a version-0 row with members and, here, an anchoring plan. */
const draft = (withPlan = true) => insertCooperationFromDossier(t.db, { ...readyDossier(), state: 'utkast', ...(withPlan ? {} : { anchoringPoints: [] }) });
const occurrences = (id: string) => t.db.select().from(anchoringOccurrences).where(eq(anchoringOccurrences.cooperationId, id));

describe(`registering an existing cooperation, one at a time (${testDatabaseKind})`, () => {
  it('enters drift with the real start date, and plans the anchoring calendar from its plan', async () => {
    const id = await draft();
    const result = await transition(t.db, id, { type: 'REGISTRER_EKSISTERENDE', details: { startDate: '2009-01-01' } }, radmann, { now: NOW });
    expect(result).toEqual({ ok: true, state: 'drift', stateValue: 'drift', rowVersion: 1, seq: 1 });
    const [row] = await t.db.select().from(cooperations).where(eq(cooperations.id, id));
    expect(row!.startDate).toBe('2009-01-01');
    expect((await occurrences(id)).length).toBeGreaterThan(0);
    expect((await occurrences(id)).every((o) => o.dueDate >= '2026-03-01')).toBe(true);
  });

  it('refuses without a start date, or with one in the future, and writes nothing', async () => {
    const id = await draft();
    const before = await snapshotDatabase(t.db);
    const missing = ['Oppgi når samarbeidet startet (en dato som ikke er fram i tid).'];
    expect(await transition(t.db, id, { type: 'REGISTRER_EKSISTERENDE' }, radmann, { now: NOW })).toEqual({ ok: false, reason: 'not_ready', message: STEP_MESSAGES.not_ready, missing });
    expect(await transition(t.db, id, { type: 'REGISTRER_EKSISTERENDE', details: { startDate: '2026-03-02' } }, radmann, { now: NOW })).toMatchObject({ ok: false, reason: 'not_ready', missing });
    expect(await transition(t.db, id, { type: 'REGISTRER_EKSISTERENDE', details: { startDate: '2009-02-30' } }, radmann, { now: NOW })).toMatchObject({ ok: false, reason: 'not_ready' });
    expect(await snapshotDatabase(t.db)).toBe(before);
  });

  it('is only for a draft, and only for the members’ rådmannsteam', async () => {
    const id = await draft();
    const leader = await createTestUser(t.db, { name: 'Ola Operativ', role: 'operativ_leder', cooperationId: id });
    expect(await transition(t.db, id, { type: 'REGISTRER_EKSISTERENDE', details: { startDate: '2009-01-01' } }, leader, { now: NOW })).toMatchObject({ ok: false, reason: 'forbidden' });
    expect(await transitionAsSystem(t.db, id, { type: 'START_ETABLERING' }, SYSTEM, { now: NOW })).toMatchObject({ ok: true });
    expect(await transition(t.db, id, { type: 'REGISTRER_EKSISTERENDE', details: { startDate: '2009-01-01' } }, radmann, { now: NOW })).toMatchObject({ ok: false, reason: 'not_allowed_in_state' });
  });
});

describe(`registering many at once (${testDatabaseKind})`, () => {
  it('registers every row into drift with its own start date and history, consistent with a replay', async () => {
    const ids = [await draft(false), await draft(true), await draft(false)];
    const items = ids.map((id, i) => ({ cooperationId: id, comment: `Rad ${i + 2}`, details: { startDate: `200${i}-01-01`, kilde: 'import' } }));
    expect(await registerExistingInBulk(t.db, items, { id: radmann.id, name: radmann.name }, radmann, NOW)).toEqual({ ok: true, registered: 3 });
    const rows = await t.db.select().from(cooperations).where(inArray(cooperations.id, ids));
    expect(ids.map((id) => rows.find((r) => r.id === id)!.startDate)).toEqual(['2000-01-01', '2001-01-01', '2002-01-01']);
    const history = await t.db.select().from(workflowEvents).where(inArray(workflowEvents.cooperationId, ids)).orderBy(asc(workflowEvents.comment));
    expect(history.map((e) => [e.seq, e.eventType, e.comment, e.actorName])).toEqual([
      [1, 'REGISTRER_EKSISTERENDE', 'Rad 2', 'Rådmann Arendal'],
      [1, 'REGISTRER_EKSISTERENDE', 'Rad 3', 'Rådmann Arendal'],
      [1, 'REGISTRER_EKSISTERENDE', 'Rad 4', 'Rådmann Arendal'],
    ]);
    // Only the cooperation with an anchoring plan gets a calendar.
    expect((await occurrences(ids[0]!)).length).toBe(0);
    expect((await occurrences(ids[1]!)).length).toBeGreaterThan(0);
    expect((await checkAllConsistency(t.db)).reports.filter((r) => ids.includes(r.cooperationId) && !r.ok)).toEqual([]);
  });

  it('refuses the whole batch for one row it may not register, cannot find, or finds already registered', async () => {
    const fresh = await draft(false);
    const outsider = await createTestUser(t.db, { name: 'Vera Vestland', role: 'radmannsteam', kommunenummer: '4601' });
    const actor = { id: outsider.id, name: outsider.name };
    const item = (cooperationId: string, startDate = '2010-01-01') => ({ cooperationId, details: { startDate } });
    const before = await snapshotDatabase(t.db);
    expect(await registerExistingInBulk(t.db, [item(fresh)], actor, outsider, NOW)).toMatchObject({ ok: false, reason: 'forbidden' });
    expect(await registerExistingInBulk(t.db, [item(fresh), item('00000000-0000-4000-8000-0000000000aa')], SYSTEM, SYSTEM_PRINCIPAL, NOW)).toMatchObject({ ok: false, reason: 'not_found' });
    expect(await registerExistingInBulk(t.db, [item(fresh, '2099-01-01')], SYSTEM, SYSTEM_PRINCIPAL, NOW)).toMatchObject({ ok: false, reason: 'not_ready' });
    const registered = await draft(false);
    await registerExistingInBulk(t.db, [item(registered)], SYSTEM, SYSTEM_PRINCIPAL, NOW);
    const after = await snapshotDatabase(t.db);
    expect(await registerExistingInBulk(t.db, [item(fresh), item(registered)], SYSTEM, SYSTEM_PRINCIPAL, NOW)).toMatchObject({ ok: false, reason: 'not_allowed_in_state' });
    expect(await snapshotDatabase(t.db)).toBe(after);
    expect(after).not.toBe(before);
    expect(await registerExistingInBulk(t.db, [], SYSTEM, SYSTEM_PRINCIPAL, NOW)).toEqual({ ok: true, registered: 0 });
  });

  it('throws a conflict when a row changed between reading and writing, so the caller rolls back', async () => {
    const id = await draft(false);
    await expect(
      t.db.transaction(async (tx) => {
        // The same row twice: only one update can land, and the count check sees it.
        const result = registerExistingInBulk(tx, [{ cooperationId: id, details: { startDate: '2010-01-01' } }, { cooperationId: id, details: { startDate: '2010-01-01' } }], SYSTEM, SYSTEM_PRINCIPAL, NOW);
        return result;
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await t.db.select().from(cooperations).where(eq(cooperations.id, id)))[0]!.state).toBe('utkast');
  });
});
