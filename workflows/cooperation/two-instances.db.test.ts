// Two app instances on one database (independent connection pools on a PostgreSQL server,
// see testing/instances.ts) taking lifecycle steps and saving at the same time: nothing
// acknowledged is lost. Every step the runner reports as taken is in the history and in the
// row version, the history replays to the stored state, and of two saves made from the same
// loaded version exactly one wins while the other is told it is a conflict.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import type { DbHandle } from '@/db/client';
import { loadLifecycle } from '@/db/queries/dossier';
import { seedReferenceData } from '@/db/seed/reference';
import { cooperations, workflowEvents } from '@/db/schema';
import { ActionError, actionContext } from '@/lib/server/action-core';
import { saveExitChecklist } from '@/lib/server/actions/exit-checklist';
import type { SessionUser } from '@/lib/pure/auth/roles';
import { EXIT_ITEMS } from '@/lib/pure/domain/exit-checklist';
import { readyDossier } from '@/testing/fixtures/domain';
import { createTestUser, insertCooperationFromDossier } from '@/testing/cooperation';
import { createTestDb, type TestDb } from '@/testing/db';
import { secondInstance } from '@/testing/instances';
import { checkConsistency } from './consistency';
import { transition } from './runner';

let a: TestDb;
let b: DbHandle;
let user: SessionUser;

async function cooperationIn(state: 'drift' | 'avvikling', n: number): Promise<string> {
  const d = readyDossier();
  d.id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  d.state = state;
  d.startDate = '2024-01-01';
  return insertCooperationFromDossier(a.db, d);
}

beforeAll(async () => {
  a = await createTestDb();
  b = await secondInstance(a);
  await seedReferenceData(a.db);
  user = await createTestUser(a.db, { name: 'Rune Rådgiver', role: 'radmannsteam', kommunenummer: '4203' });
});

afterAll(async () => {
  await b?.close();
  await a?.close();
});

describe('two instances on one database', () => {
  it('of concurrent steps from the same version, exactly one is taken and the rest are conflicts', async () => {
    const id = await cooperationIn('drift', 1);
    const attempts = await Promise.all(
      Array.from({ length: 8 }, (_, i) => transition(i % 2 === 0 ? a.db : b.db, id, { type: 'ENDRINGSFORSLAG', expectedVersion: 0, comment: `fra instans ${i % 2 === 0 ? 'a' : 'b'}` }, user)),
    );
    expect(attempts.filter((r) => r.ok)).toHaveLength(1);
    expect(attempts.filter((r) => !r.ok).map((r) => !r.ok && r.reason)).toEqual(Array(7).fill('conflict'));
    const events = await a.db.select().from(workflowEvents).where(eq(workflowEvents.cooperationId, id));
    expect(events).toHaveLength(1);
    expect((await loadLifecycle(b.db, id))!.rowVersion).toBe(1);
  });

  it('workers on both instances stepping back and forth lose no acknowledged step', async () => {
    const id = await cooperationIn('drift', 2);
    let taken = 0;
    const refused: string[] = [];
    const worker = async (db: DbHandle['db']) => {
      for (let i = 0; i < 6; i++) {
        const row = (await loadLifecycle(db, id))!;
        const type = row.state === 'drift' ? 'ENDRINGSFORSLAG' : 'FORKAST_ENDRINGER';
        const result = await transition(db, id, { type, expectedVersion: row.rowVersion }, user);
        if (result.ok) taken++;
        else refused.push(result.reason);
      }
    };
    await Promise.all([worker(a.db), worker(b.db), worker(a.db), worker(b.db)]);
    expect(taken).toBeGreaterThan(0);
    // Losing a race is a conflict (or the step no longer fits the state), never an error.
    expect(refused.every((r) => r === 'conflict' || r === 'not_allowed_in_state')).toBe(true);
    const [row] = await a.db.select({ rowVersion: cooperations.rowVersion }).from(cooperations).where(eq(cooperations.id, id));
    const events = await b.db.select({ seq: workflowEvents.seq }).from(workflowEvents).where(eq(workflowEvents.cooperationId, id)).orderBy(asc(workflowEvents.seq));
    expect(row!.rowVersion).toBe(taken);
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: taken }, (_, i) => i + 1));
    const report = await checkConsistency(a.db, id);
    expect(report.problems).toEqual([]);
  });

  it('of two saves from the same loaded checklist, one wins and the other is a conflict', async () => {
    const id = await cooperationIn('avvikling', 3);
    const items = (note: string) => Object.fromEntries(EXIT_ITEMS.map((item, i) => [item.id, { done: i === 0, note: i === 0 ? note : null }]));
    const save = (db: DbHandle['db'], note: string) => saveExitChecklist({ cooperationId: id, items: items(note), version: 0 }, actionContext(db, user)).then(
      () => 'lagret',
      (err: unknown) => (err instanceof ActionError ? err.code : 'feil'),
    );
    const outcomes = await Promise.all([save(a.db, 'Avtalt i instans a.'), save(b.db, 'Avtalt i instans b.')]);
    expect([...outcomes].sort()).toEqual(['conflict', 'lagret']);
    const [row] = await a.db.select({ exitChecklist: cooperations.exitChecklist }).from(cooperations).where(eq(cooperations.id, id));
    const winner = outcomes[0] === 'lagret' ? 'a' : 'b';
    expect(row!.exitChecklist![EXIT_ITEMS[0]!.id]).toEqual({ done: true, note: `Avtalt i instans ${winner}.` });
  });
});
