import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '@/db/client';
import { loadDossier } from '@/db/queries/dossier';
import { anchoringOccurrences, cooperations, memberDecisions, workflowEvents } from '@/db/schema';
import { seedReferenceData } from '@/db/seed/reference';
import type { SessionUser } from '@/lib/pure/auth/roles';
import { generateOccurrences } from '@/lib/pure/domain/anchoring-schedule';
import { PHASES, type Dossier } from '@/lib/pure/domain/dossier';
import { readyDossier } from '@/testing/fixtures/domain';
import { addMonths, osloDateOf } from '@/lib/pure/domain/iso-date';
import { phaseReadiness } from '@/lib/pure/domain/readiness';
import { createTestUser, insertCooperationFromDossier, snapshotDatabase } from '@/testing/cooperation';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { checkConsistency } from './consistency';
import { STATE_LABELS } from './machine';
import { STEP_MESSAGES } from '@/lib/pure/refusals';
import { transition, type TransitionResult } from './runner';

const NOW = new Date('2025-03-03T09:00:00Z');
const draft = (): Dossier => ({ ...readyDossier(), state: 'utkast' });

let t: TestDb;
let radmann: SessionUser;
beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  // Arendal (4203) is a member of readyDossier().
  radmann = await createTestUser(t.db, { name: 'Rådmann Arendal', role: 'radmannsteam', kommunenummer: '4203' });
});
afterAll(async () => t?.close());

const events = (id: string) => t.db.select().from(workflowEvents).where(eq(workflowEvents.cooperationId, id)).orderBy(asc(workflowEvents.seq));

async function recordConsent(id: string, round: number) {
  const dossier = (await loadDossier(t.db, id))!;
  await t.db.insert(memberDecisions).values(
    dossier.members.map((m) => ({ cooperationId: id, memberId: m.id, round, body: 'kommunestyret', date: '2025-02-20', outcome: 'tilslutning' as const })),
  );
}

describe(`the runner on ${testDatabaseKind}`, () => {
  it('takes a ready cooperation from utkast to drift and plans its anchoring', async () => {
    const id = await insertCooperationFromDossier(t.db, draft());
    const step = (type: 'START_ETABLERING' | 'SEND_TIL_MEDLEMSVEDTAK' | 'ALLE_VEDTAK_FATTET', expectedVersion: number, comment?: string) =>
      transition(t.db, id, { type, expectedVersion, comment }, radmann, { now: NOW });

    expect(await step('START_ETABLERING', 0, '  Vi setter i gang.  ')).toEqual({ ok: true, state: 'etablering', stateValue: { etablering: 'innramming' }, rowVersion: 1, seq: 1 });
    expect(await step('SEND_TIL_MEDLEMSVEDTAK', 1)).toEqual({ ok: true, state: 'medlemsvedtak', stateValue: 'medlemsvedtak', rowVersion: 2, seq: 2 });
    const waiting = await step('ALLE_VEDTAK_FATTET', 2);
    expect(waiting).toMatchObject({ ok: false, reason: 'not_ready', missing: ['Arendal', 'Grimstad', 'Lillesand', 'Froland'].map((n) => `Mangler vedtak om tilslutning fra ${n} kommune`) });
    await recordConsent(id, 1);
    expect(await step('ALLE_VEDTAK_FATTET', 2, 'Alle fire kommunestyrer har sluttet seg til.')).toEqual({ ok: true, state: 'drift', stateValue: 'drift', rowVersion: 3, seq: 3 });

    const dossier = (await loadDossier(t.db, id))!;
    expect(dossier.state).toBe('drift');
    expect(dossier.startDate).toBe('2025-03-03');
    const today = osloDateOf(NOW);
    const planned = generateOccurrences(dossier.anchoringPoints, dossier.members, today, addMonths(today, 12));
    const stored = await t.db.select().from(anchoringOccurrences).where(eq(anchoringOccurrences.cooperationId, id));
    expect(planned.length).toBeGreaterThan(0);
    expect(stored).toHaveLength(planned.length);
    for (const m of dossier.members) {
      expect(stored.filter((o) => o.memberId === m.id)).toHaveLength(planned.filter((o) => o.memberId === m.id).length);
    }
    expect(new Set(stored.map((o) => o.status))).toEqual(new Set(['planlagt']));

    const history = await events(id);
    expect(history.map((e) => [e.seq, e.eventType, e.fromState, e.toState, e.actorId, e.actorName, e.comment, e.createdAt.toISOString()])).toEqual([
      [1, 'START_ETABLERING', 'utkast', { etablering: 'innramming' }, radmann.id, 'Rådmann Arendal', 'Vi setter i gang.', NOW.toISOString()],
      [2, 'SEND_TIL_MEDLEMSVEDTAK', { etablering: 'innramming' }, 'medlemsvedtak', radmann.id, 'Rådmann Arendal', null, NOW.toISOString()],
      [3, 'ALLE_VEDTAK_FATTET', 'medlemsvedtak', 'drift', radmann.id, 'Rådmann Arendal', 'Alle fire kommunestyrer har sluttet seg til.', NOW.toISOString()],
    ]);
    expect(history.map((e) => (e.payload as { fromMachineVersion: number }).fromMachineVersion)).toEqual([0, 1, 1]);
    expect(history[2]!.payload).toMatchObject({ decisionRound: 1, facts: { decisions: { round: 1, allConsented: true } } });

    const [row] = await t.db.select().from(cooperations).where(eq(cooperations.id, id));
    expect(row).toMatchObject({ state: 'drift', stateValue: 'drift', machineVersion: 1, rowVersion: 3, snapshot: { value: 'drift', context: { decisionRound: 1, decisionPurpose: 'etablering' } } });
    expect(await checkConsistency(t.db, id)).toEqual({ cooperationId: id, ok: true, events: 3, problems: [], storedState: 'drift', replayedState: 'drift', legacyStart: false });
  });

  it('records the phase chosen, and treats a phase choice without a phase as a bug that writes nothing', async () => {
    const id = await insertCooperationFromDossier(t.db, draft());
    await transition(t.db, id, { type: 'START_ETABLERING' }, radmann);
    expect(await transition(t.db, id, { type: 'VELG_FASE', phase: 'stotte', comment: '   ' }, radmann)).toMatchObject({ ok: true, stateValue: { etablering: 'stotte' }, seq: 2 });
    const [, chosen] = await events(id);
    expect(chosen).toMatchObject({ comment: null, payload: { phase: 'stotte' } });
    const before = await snapshotDatabase(t.db);
    await expect(transition(t.db, id, { type: 'VELG_FASE' }, radmann)).rejects.toThrow('VELG_FASE krever en fase.');
    expect(await snapshotDatabase(t.db)).toBe(before);
  });
});

describe(`typed refusals on ${testDatabaseKind} leave the database as it was`, () => {
  async function unchanged(run: () => Promise<TransitionResult>): Promise<TransitionResult> {
    const before = await snapshotDatabase(t.db);
    const result = await run();
    expect(await snapshotDatabase(t.db)).toBe(before);
    return result;
  }
  const refusal = (reason: keyof typeof STEP_MESSAGES) => ({ ok: false, reason, message: STEP_MESSAGES[reason] });

  it('forbidden: no role in a member municipality, or the wrong role', async () => {
    const id = await insertCooperationFromDossier(t.db, draft());
    const other = await insertCooperationFromDossier(t.db, draft());
    const users = [
      await createTestUser(t.db, { name: 'Rådmann Oslo', role: 'radmannsteam', kommunenummer: '0301' }),
      await createTestUser(t.db, { name: 'Folkevalgt Arendal', role: 'folkevalgt', kommunenummer: '4203' }),
      await createTestUser(t.db, { name: 'Representant', role: 'medlemsrepresentant', cooperationId: id }),
      await createTestUser(t.db, { name: 'Leder et annet sted', role: 'operativ_leder', cooperationId: other }),
    ];
    for (const user of users) {
      expect(await unchanged(() => transition(t.db, id, { type: 'START_ETABLERING', expectedVersion: 0 }, user))).toEqual(refusal('forbidden'));
    }
  });

  it('not_allowed_in_state: evaluating a draft', async () => {
    const id = await insertCooperationFromDossier(t.db, draft());
    expect(await unchanged(() => transition(t.db, id, { type: 'START_EVALUERING', expectedVersion: 0 }, radmann))).toEqual(refusal('not_allowed_in_state'));
  });

  it('not_ready: sending an incomplete dossier lists what is missing, by phase', async () => {
    const incomplete = { ...readyDossier(), goals: [] };
    incomplete.support = { ...incomplete.support, practicalSupport: null };
    const id = await insertCooperationFromDossier(t.db, incomplete);
    const result = await unchanged(() => transition(t.db, id, { type: 'SEND_TIL_MEDLEMSVEDTAK' }, radmann));
    const readiness = phaseReadiness((await loadDossier(t.db, id))!);
    const expected = PHASES.flatMap((p) => readiness[p].missing.map((m) => `${STATE_LABELS[p]}: ${m}`));
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(result).toEqual({ ...refusal('not_ready'), missing: expected });
    expect(expected.filter((m) => m.startsWith('Innramming: ')).length).toBeGreaterThan(0);
    expect(expected.filter((m) => m.startsWith('Støtte og tilrettelegging: ')).length).toBeGreaterThan(0);
  });

  it('conflict: a stale expected version', async () => {
    const id = await insertCooperationFromDossier(t.db, draft());
    await transition(t.db, id, { type: 'START_ETABLERING', expectedVersion: 0 }, radmann);
    expect(await unchanged(() => transition(t.db, id, { type: 'VELG_FASE', phase: 'design', expectedVersion: 0 }, radmann))).toEqual(refusal('conflict'));
  });

  it('not_found: an unknown cooperation', async () => {
    expect(await unchanged(() => transition(t.db, randomUUID(), { type: 'START_ETABLERING' }, radmann))).toEqual(refusal('not_found'));
  });
});

describe(`concurrent steps on ${testDatabaseKind}`, () => {
  /** On a server, one connection pool per request, so the race is real; PGlite has one handle. */
  async function withHandles(n: number, run: (dbs: Db[]) => Promise<void>) {
    const extra = t.url ? await Promise.all(Array.from({ length: n - 1 }, () => openDb({ url: t.url! }))) : [];
    try {
      await Promise.all(extra.map((h) => h.db.execute(sql`select 1`)));
      await run([t.db, ...extra.map((h) => h.db)]);
    } finally {
      await Promise.all(extra.map((h) => h.close()));
    }
  }

  async function race(id: string, expectedVersion: number | undefined): Promise<TransitionResult[]> {
    let results: TransitionResult[] = [];
    await withHandles(20, async (dbs) => {
      results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => transition(dbs[i % dbs.length]!, id, { type: 'START_ETABLERING', comment: `Forsøk ${i + 1}`, expectedVersion }, radmann)),
      );
    });
    return results;
  }

  it('20 steps with the same expected version: one succeeds, 19 conflict, one event', async () => {
    const id = await insertCooperationFromDossier(t.db, draft());
    const results = await race(id, 0);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === 'conflict')).toHaveLength(19);
    expect(await events(id)).toHaveLength(1);
    expect((await checkConsistency(t.db, id)).ok).toBe(true);
  });

  it('without an expected version the row version still lets only one through', async () => {
    const id = await insertCooperationFromDossier(t.db, draft());
    const results = await race(id, undefined);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    // Whoever read before the winner committed conflicts; whoever read after finds the step gone.
    expect(results.every((r) => r.ok || r.reason === 'conflict' || r.reason === 'not_allowed_in_state')).toBe(true);
    const [row] = await t.db.select({ rowVersion: cooperations.rowVersion }).from(cooperations).where(and(eq(cooperations.id, id)));
    expect(row?.rowVersion).toBe(1);
    expect(await events(id)).toHaveLength(1);
  });

  it.runIf(testDatabaseKind === 'postgres')('a server in repeatable read reports the lost race as a conflict too', async () => {
    const name = new URL(t.url!).pathname.slice(1);
    await t.db.execute(sql.raw(`alter database ${name} set default_transaction_isolation = 'repeatable read'`));
    try {
      const id = await insertCooperationFromDossier(t.db, draft());
      const results = await race(id, 0);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok && r.reason === 'conflict')).toHaveLength(19);
      expect(await events(id)).toHaveLength(1);
    } finally {
      await t.db.execute(sql.raw(`alter database ${name} reset default_transaction_isolation`));
    }
  });
});
