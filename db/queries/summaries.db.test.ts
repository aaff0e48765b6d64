// Cooperation summaries are kept current on write by the database: every table the dossier is
// read from carries the triggers, any write raises the generation, and the next read computes
// the summary again from the changed data; a new day does too, and so does the nightly job.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestDb, type TestDb } from '@/testing/db';
import { insertCooperationFromDossier } from '@/testing/cooperation';
import { queryCounter } from '@/testing/query-count';
import { seedReferenceData } from '@/db/seed/reference';
import { bodyMeetings, cooperations, cooperationSummaries, meetingMinutesFiles, municipalities, sponsors } from '@/db/schema';
import { readyDossier } from '@/testing/fixtures/domain';
import { refreshSummaries } from '@/lib/server/jobs/summaries';
import { SUMMARY_FORMAT } from '@/lib/pure/dashboard/summary';
import { loadSummaries } from './summaries';
import { rowsOf } from './rows-of';

const counter = queryCounter();
let t: TestDb;
const NOW = new Date('2026-03-15T10:00:00Z');
const TOMORROW = new Date('2026-03-16T10:00:00Z');
const A = '00000000-0000-4000-8000-00000000a001';
const B = '00000000-0000-4000-8000-00000000a002';

/** Tables with a cooperation_id that the dossier does not read (logs, grants, the summaries themselves). */
const NOT_IN_DOSSIER = ['change_log', 'cooperation_summaries', 'decision_corrections', 'person_links', 'role_assignments', 'workflow_events'];

beforeAll(async () => {
  t = await createTestDb({ logger: counter.logger });
  await seedReferenceData(t.db);
  for (const [id, name] of [[A, 'Samarbeid A'], [B, 'Samarbeid B']] as const) {
    const d = readyDossier();
    d.id = id;
    d.name = name;
    d.state = 'drift';
    d.startDate = '2025-09-01';
    await insertCooperationFromDossier(t.db, d);
  }
}, 120_000);
afterAll(async () => t?.close());

const stored = async (id: string) => (await t.db.select().from(cooperationSummaries).where(eq(cooperationSummaries.cooperationId, id)))[0];

describe('cooperation summaries', () => {
  it('has the triggers on every table with a cooperation_id the dossier reads, for insert, update and delete', async () => {
    const tables = rowsOf<{ table_name: string }>(
      await t.db.execute(sql`select table_name from information_schema.columns where table_schema = 'public' and column_name = 'cooperation_id' order by 1`),
    ).map((r) => r.table_name);
    const triggers = rowsOf<{ tbl: string; tgname: string }>(
      await t.db.execute(sql`select c.relname as tbl, t.tgname from pg_trigger t join pg_class c on c.oid = t.tgrelid where t.tgname like '%\_summary\_%' and not t.tgisinternal`),
    );
    const has = (table: string, event: string) => triggers.some((x) => x.tbl === table && x.tgname === `${table}_summary_${event}`);
    const missing = tables.filter((table) => !NOT_IN_DOSSIER.includes(table)).flatMap((table) => ['ins', 'upd', 'del'].filter((e) => !has(table, e)).map((e) => `${table} ${e}`));
    expect(missing).toEqual([]);
    // Reached through another key: minutes through the meeting, member names through the municipality.
    for (const table of ['meeting_minutes_files', 'municipalities']) for (const e of ['ins', 'upd', 'del']) expect(has(table, e), `${table} ${e}`).toBe(true);
    expect(has('cooperations', 'upd')).toBe(true);
  });

  it('computes a missing summary, stores it, and reads it back without building the dossier', async () => {
    const first = await loadSummaries(t.db, [A, B], NOW);
    expect(first.get(A)!.card.name).toBe('Samarbeid A');
    const row = await stored(A);
    expect(row).toMatchObject({ computedFor: '2026-03-15' });
    expect(row!.computedGeneration).toBe(row!.generation);
    const { queries, statements } = await counter.count(() => loadSummaries(t.db, [A, B], NOW));
    expect(queries, statements.join('\n')).toBe(1);
    expect((await loadSummaries(t.db, [A, B], NOW)).get(A)).toEqual(first.get(A));
  });

  it('reads only the parts a list asks for, and a stale summary still comes computed', async () => {
    const whole = (await loadSummaries(t.db, [A], NOW)).get(A)!;
    const { queries } = await counter.count(() => loadSummaries(t.db, [A], NOW, { parts: ['register'] }));
    expect(queries).toBe(1);
    const register = (await loadSummaries(t.db, [A], NOW, { parts: ['register'] })).get(A)!;
    expect(Object.keys(register).sort()).toEqual(['format', 'register']);
    expect(register.register).toEqual(whole.register);
    const cards = (await loadSummaries(t.db, [A], NOW, { parts: ['card', 'resource'] })).get(A)!;
    expect(Object.keys(cards).sort()).toEqual(['card', 'format', 'resource']);
    expect(cards.card).toEqual(whole.card);
    expect(Object.keys((await loadSummaries(t.db, [A], NOW, { parts: [] })).get(A)!)).toEqual(['format']);
    // Another day: not current, so computed again from the dossier, and the part is there.
    const tomorrow = new Date(NOW.getTime() + 86_400_000);
    expect((await loadSummaries(t.db, [A], tomorrow, { parts: ['register'] })).get(A)!.register.name).toBe('Samarbeid A');
  });

  it('computes again after a write to any of the dossier tables, and only the cooperation written to', async () => {
    await loadSummaries(t.db, [A, B], NOW);
    const before = (await stored(B))!.generation;
    await t.db.update(sponsors).set({ needsReconfirmation: true }).where(eq(sponsors.cooperationId, A));
    expect((await stored(A))!.generation).toBeGreaterThan((await stored(A))!.computedGeneration!);
    expect((await stored(B))!.generation).toBe(before);
    const after = (await loadSummaries(t.db, [A, B], NOW)).get(A)!;
    expect(after.card.tasks.map((task) => task.kind)).toContain('sponsor');

    await t.db.update(cooperations).set({ name: 'Samarbeid A, nytt navn' }).where(eq(cooperations.id, A));
    expect((await loadSummaries(t.db, [A], NOW)).get(A)!.card.name).toBe('Samarbeid A, nytt navn');
  });

  it('follows a municipality renamed and minutes uploaded, reached through other keys', async () => {
    await loadSummaries(t.db, [A, B], NOW);
    await t.db.update(municipalities).set({ name: 'Grimstad (nytt navn)' }).where(eq(municipalities.kommunenummer, '4202'));
    const [a, b] = [await stored(A), await stored(B)];
    expect(a!.generation).toBeGreaterThan(a!.computedGeneration!);
    expect(b!.generation).toBeGreaterThan(b!.computedGeneration!);
    await loadSummaries(t.db, [A, B], NOW);

    const [meeting] = await t.db.insert(bodyMeetings).values({ cooperationId: B, bodyId: 'styret', bodyName: 'Styret', meetingDate: '2026-02-01' }).returning();
    await loadSummaries(t.db, [B], NOW);
    const generation = (await stored(B))!.generation;
    await t.db.insert(meetingMinutesFiles).values({ meetingId: meeting!.id, fileName: 'protokoll.pdf', contentType: 'application/pdf', size: 3, content: Buffer.from('pdf') });
    expect((await stored(B))!.generation).toBe(generation + 1);
  });

  it('computes again on a new day, and the nightly job does it for every stale summary once', async () => {
    await loadSummaries(t.db, [A, B], NOW);
    expect(await refreshSummaries(t.db, NOW)).toBe(0);
    expect(await refreshSummaries(t.db, TOMORROW, 1)).toBe(2);
    expect((await stored(A))!.computedFor).toBe('2026-03-16');
    expect(await refreshSummaries(t.db, TOMORROW)).toBe(0);
    await t.db.update(sponsors).set({ needsReconfirmation: false }).where(eq(sponsors.cooperationId, A));
    expect(await refreshSummaries(t.db, TOMORROW)).toBe(1);
  });

  it('computes again, the nightly job included, a summary stored in an older format (after a deploy)', async () => {
    await refreshSummaries(t.db, TOMORROW);
    expect(await refreshSummaries(t.db, TOMORROW)).toBe(0);
    await t.db.execute(sql`update cooperation_summaries set summary = jsonb_set(summary, '{format}', '1'::jsonb) where cooperation_id = ${B}`);
    expect(await refreshSummaries(t.db, TOMORROW)).toBe(1);
    expect(((await stored(B))!.summary as { format: number }).format).toBe(SUMMARY_FORMAT);
    expect(await refreshSummaries(t.db, TOMORROW)).toBe(0);
  });

  it('computes without storing inside a transaction that asks so (an export), and goes with a deleted cooperation', async () => {
    await t.db.update(cooperations).set({ name: 'Samarbeid B, i eksport' }).where(eq(cooperations.id, B));
    const generation = (await stored(B))!;
    await t.db.transaction(async (tx) => {
      expect((await loadSummaries(tx, [B], NOW, { store: false })).get(B)!.card.name).toBe('Samarbeid B, i eksport');
    });
    expect(await stored(B)).toEqual(generation);
    await t.db.delete(cooperations).where(eq(cooperations.id, B));
    expect(await stored(B)).toBeUndefined();
    expect((await loadSummaries(t.db, [B], NOW)).size).toBe(0);
  });
});
