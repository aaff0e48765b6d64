import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { workflowEvents } from '@/db/schema';
import { seedReferenceData } from '@/db/seed/reference';
import { runAction } from '@/lib/server/action';
import { readyDossier } from '@/testing/fixtures/domain';
import { createTestUser, insertCooperationFromDossier, snapshotDatabase } from '@/testing/cooperation';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import type { SessionUser } from '@/lib/pure/auth/roles';
import { takeStep, transitionSpec } from './lifecycle';

let t: TestDb;
let id: string;
let user: SessionUser;
const deps = () => ({ getUser: async () => user, getDb: async () => t.db });

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  id = await insertCooperationFromDossier(t.db, { ...readyDossier(), id: crypto.randomUUID(), state: 'drift', startDate: '2024-01-01' });
  user = await createTestUser(t.db, { name: 'Rita Rådgiver', role: 'radmannsteam', kommunenummer: readyDossier().members[0]!.kommunenummer });
});
afterAll(async () => t?.close());

describe(`redesign requests from the overview on ${testDatabaseKind}`, () => {
  it('refuses a change proposal without a description, and writes nothing', async () => {
    const before = await snapshotDatabase(t.db);
    const result = await runAction(transitionSpec, takeStep, { cooperationId: id, type: 'ENDRINGSFORSLAG', expectedVersion: 0 }, deps());
    expect(result).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { 'change.description': ['Beskriv endringen som foreslås.'] } });
    expect(await snapshotDatabase(t.db)).toBe(before);
  });

  it('records what the change is about in the history and moves the cooperation to redesign', async () => {
    const result = await runAction(
      transitionSpec,
      takeStep,
      { cooperationId: id, type: 'ENDRINGSFORSLAG', expectedVersion: 0, change: { kind: 'medlem_trer_ut', description: 'Froland ønsker å tre ut fra 2027.' } },
      deps(),
    );
    expect(result).toEqual({ ok: true, data: { state: 'redesign', rowVersion: 1 } });
    const [event] = await t.db.select().from(workflowEvents).where(eq(workflowEvents.cooperationId, id));
    expect(event?.comment).toBe('En deltaker trer ut: Froland ønsker å tre ut fra 2027.');
    expect(event?.payload).toMatchObject({ details: { kind: 'medlem_trer_ut', description: 'Froland ønsker å tre ut fra 2027.' } });
    expect(event?.actorName).toBe('Rita Rådgiver');
  });

  it('turns every runner refusal into a specific Norwegian message', async () => {
    const stale = await runAction(transitionSpec, takeStep, { cooperationId: id, type: 'FORKAST_ENDRINGER', expectedVersion: 0 }, deps());
    expect(stale).toMatchObject({ ok: false, code: 'conflict', message: 'Noen andre har endret samarbeidet samtidig. Last siden på nytt og prøv igjen.' });
    const wrongState = await runAction(transitionSpec, takeStep, { cooperationId: id, type: 'START_EVALUERING', expectedVersion: 1 }, deps());
    expect(wrongState).toMatchObject({ ok: false, code: 'invalid', message: 'Dette steget kan ikke tas i samarbeidets nåværende tilstand.' });
    const reader = await createTestUser(t.db, { name: 'Frode Folkevalgt', role: 'folkevalgt', kommunenummer: readyDossier().members[0]!.kommunenummer });
    const forbidden = await runAction(transitionSpec, takeStep, { cooperationId: id, type: 'FORKAST_ENDRINGER', expectedVersion: 1 }, { getUser: async () => reader, getDb: async () => t.db });
    expect(forbidden).toMatchObject({ ok: false, code: 'forbidden', message: 'Du har ikke en rolle som gir lov til dette steget.' });
  });
});
