import { readFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import type { StateValue } from 'xstate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDossier } from '@/db/queries/dossier';
import { anchoringOccurrences, cooperations, memberDecisions, workflowEvents } from '@/db/schema';
import { seedReferenceData } from '@/db/seed/reference';
import type { SessionUser } from '@/lib/pure/auth/roles';
import { readyDossier } from '@/testing/fixtures/domain';
import { createTestUser, insertCooperationFromDossier, snapshotDatabase } from '@/testing/cooperation';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { checkAllConsistency, checkConsistency } from './consistency';
import { transition, transitionAsSystem } from './runner';

const SYSTEM = { id: null, name: 'Systemet' };
const FIXTURE = path.join(process.cwd(), 'workflows', 'cooperation', '__fixtures__', 'snapshot-v1-medlemsvedtak.json');

let t: TestDb;
let radmann: SessionUser;
beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  radmann = await createTestUser(t.db, { name: 'Rådmann Arendal', role: 'radmannsteam', kommunenummer: '4203' });
});
afterAll(async () => t?.close());

const events = (id: string) => t.db.select().from(workflowEvents).where(eq(workflowEvents.cooperationId, id)).orderBy(asc(workflowEvents.seq));

/** Every message along the cause chain: drizzle wraps the driver's error. */
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

/** A cooperation in etablering with a short history. */
async function established(): Promise<string> {
  const id = await insertCooperationFromDossier(t.db, { ...readyDossier(), state: 'utkast' });
  await transition(t.db, id, { type: 'START_ETABLERING' }, radmann);
  await transition(t.db, id, { type: 'VELG_FASE', phase: 'design' }, radmann);
  return id;
}

describe(`workflow_events is append-only at the database (${testDatabaseKind})`, () => {
  it.each([
    ['UPDATE', (id: string) => t.db.update(workflowEvents).set({ comment: 'Endret i ettertid' }).where(eq(workflowEvents.cooperationId, id))],
    ['DELETE', (id: string) => t.db.delete(workflowEvents).where(eq(workflowEvents.cooperationId, id))],
    ['TRUNCATE', () => t.db.execute(sql`truncate table workflow_events`)],
  ])('refuses %s in Norwegian, and the rows stay', async (operation, run) => {
    const id = await established();
    const before = await snapshotDatabase(t.db);
    expect(await failure(() => run(id))).toContain(`workflow_events er en logg som bare kan utvides: ${operation} er ikke tillatt`);
    expect(await snapshotDatabase(t.db)).toBe(before);
    expect(await events(id)).toHaveLength(2);
  });
});

describe(`rows the runner did not write (${testDatabaseKind})`, () => {
  it('a version-0 row in drift (no snapshot) continues, and its history is a recorded legacy start', async () => {
    const id = await insertCooperationFromDossier(t.db, { ...readyDossier(), state: 'drift' });
    // As rows looked before the lifecycle was persisted: state_value never written.
    await t.db.update(cooperations).set({ machineVersion: 0, stateValue: 'utkast' }).where(eq(cooperations.id, id));
    expect(await checkConsistency(t.db, id)).toMatchObject({ ok: true, events: 0, storedState: 'drift', replayedState: 'drift' });

    expect(await transitionAsSystem(t.db, id, { type: 'START_EVALUERING', comment: 'Årlig evaluering' }, SYSTEM)).toMatchObject({ ok: true, state: 'evaluering', seq: 1 });
    const [first] = await events(id);
    expect(first).toMatchObject({ fromState: 'drift', toState: 'evaluering', actorId: null, actorName: 'Systemet', payload: { fromMachineVersion: 0, decisionRound: 1 } });
    expect(await checkConsistency(t.db, id)).toEqual({ cooperationId: id, ok: true, events: 1, problems: [], storedState: 'evaluering', replayedState: 'evaluering', legacyStart: true });
  });

  it('a row created with a state but no runner is restored from its state column, not the default state_value', async () => {
    // How the demo seed's cooperations in drift looked: state set, every lifecycle column at its default.
    const id = await insertCooperationFromDossier(t.db, { ...readyDossier(), state: 'drift' });
    await t.db.update(cooperations).set({ stateValue: 'utkast', machineVersion: 1 }).where(eq(cooperations.id, id));
    expect(await transition(t.db, id, { type: 'START_ETABLERING' }, radmann)).toMatchObject({ ok: false, reason: 'not_allowed_in_state' });
    expect(await transition(t.db, id, { type: 'ENDRINGSFORSLAG' }, radmann)).toMatchObject({ ok: true, stateValue: { redesign: 'design' } });
    // Back to drift without new member decisions: nothing is planned anew.
    expect(await transition(t.db, id, { type: 'FORKAST_ENDRINGER' }, radmann)).toMatchObject({ ok: true, state: 'drift', seq: 2 });
    expect(await t.db.select().from(anchoringOccurrences).where(eq(anchoringOccurrences.cooperationId, id))).toEqual([]);
    expect(await checkConsistency(t.db, id)).toMatchObject({ ok: true, legacyStart: true, events: 2 });
  });

  it('the committed version-1 snapshot restores in the runner and continues', async () => {
    const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { machineVersion: number; snapshot: { value: StateValue } };
    const id = await insertCooperationFromDossier(t.db, readyDossier());
    await t.db
      .update(cooperations)
      .set({ state: 'medlemsvedtak', stateValue: fixture.snapshot.value, snapshot: fixture.snapshot, machineVersion: fixture.machineVersion })
      .where(eq(cooperations.id, id));
    const dossier = (await loadDossier(t.db, id))!;
    await t.db.insert(memberDecisions).values(dossier.members.map((m) => ({ cooperationId: id, memberId: m.id, round: 1, body: 'bystyret', date: '2025-01-30', outcome: 'tilslutning' as const })));
    expect(await transition(t.db, id, { type: 'ALLE_VEDTAK_FATTET' }, radmann)).toMatchObject({ ok: true, state: 'drift', seq: 1 });
    expect((await events(id))[0]!.payload).toMatchObject({ fromMachineVersion: 1 });
    // The snapshot was put there by hand, so the history cannot show how it got there.
    expect((await checkConsistency(t.db, id)).problems).toEqual(['Hendelse 1 (ALLE_VEDTAK_FATTET) starter i «Vedtak i deltakerne», men historikken begynner i «Utkast».']);
  });
});

describe(`the consistency check finds tampering (${testDatabaseKind})`, () => {
  it('reports a state changed behind the runner', async () => {
    const id = await established();
    expect((await checkConsistency(t.db, id)).ok).toBe(true);
    await t.db.update(cooperations).set({ state: 'drift' }).where(eq(cooperations.id, id));
    expect((await checkConsistency(t.db, id)).problems).toEqual(['Tilstandskolonnen sier «Drift», men den lagrede tilstandsverdien er «Etablering – Design».']);
    await t.db.update(cooperations).set({ stateValue: 'drift' }).where(eq(cooperations.id, id));
    expect(await checkConsistency(t.db, id)).toMatchObject({
      ok: false,
      storedState: 'drift',
      replayedState: { etablering: 'design' },
      problems: ['Samarbeidet står i «Drift», men historikken ender i «Etablering – Design».', 'Det lagrede øyeblikksbildet stemmer ikke med historikken.'],
    });
  });

  it('reports a snapshot without history, and an unknown cooperation', async () => {
    const id = await insertCooperationFromDossier(t.db, readyDossier());
    await t.db.update(cooperations).set({ snapshot: { value: 'etablering', context: {} } }).where(eq(cooperations.id, id));
    expect((await checkConsistency(t.db, id)).problems).toEqual(['Samarbeidet har et lagret livsløp, men ingen hendelser i historikken.']);
    const missing = randomUUID();
    expect(await checkConsistency(t.db, missing)).toEqual({ cooperationId: missing, ok: false, events: 0, problems: ['Fant ikke samarbeidet.'], storedState: null, replayedState: null, legacyStart: false });
  });

  it('checks every cooperation at once, agreeing with the single check', async () => {
    const all = await checkAllConsistency(t.db);
    const ids = await t.db.select({ id: cooperations.id }).from(cooperations).orderBy(asc(cooperations.id));
    expect(all.reports.map((r) => r.cooperationId)).toEqual(ids.map((r) => r.id));
    for (const report of all.reports) expect(report).toEqual(await checkConsistency(t.db, report.cooperationId));
    expect(all.ok).toBe(false);
    expect(all.reports.filter((r) => !r.ok).length).toBeGreaterThanOrEqual(3);
  });
});
