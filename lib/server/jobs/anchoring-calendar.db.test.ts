// The rolling calendar and elections against a real database: the job keeps a year ahead and
// is idempotent (run twice, extends once; run later, extends by the difference); recording an
// election gives every member of every running cooperation its «etter kommunevalg» occurrence.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNotNull } from 'drizzle-orm';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { insertCooperationFromDossier } from '@/testing/cooperation';
import { seedReferenceData } from '@/db/seed/reference';
import { anchoringOccurrences, cooperations } from '@/db/schema';
import { recordElection } from '@/db/queries/elections';
import type { AnchoringPoint, Dossier } from '@/lib/pure/domain/dossier';
import { readyDossier } from '@/testing/fixtures/domain';
import { anchoringCalendarJob, extendAnchoringCalendars } from './anchoring-calendar';
import { JOBS } from './index';
import { runDueJobs } from './runner';

let t: TestDb;
const NOW = new Date('2026-11-20T09:00:00Z');

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
});
afterAll(async () => t?.close());

/** A cooperation in drift whose plan was last generated long ago: nothing planned ahead. */
async function inDrift(name: string, patch: (d: Dossier) => void = () => {}) {
  const d = readyDossier();
  d.name = name;
  d.state = 'drift';
  d.startDate = '2024-01-01';
  patch(d);
  return insertCooperationFromDossier(t.db, d);
}

const occurrencesOf = (id: string) => t.db.select().from(anchoringOccurrences).where(eq(anchoringOccurrences.cooperationId, id));

describe(`extendAnchoringCalendars on ${testDatabaseKind}`, () => {
  it('plans a year ahead for running cooperations; running it twice extends once', async () => {
    const running = await inDrift('Løpende kalender');
    const draft = await insertCooperationFromDossier(t.db, { ...readyDossier(), name: 'Utkast', state: 'utkast' });

    const first = await extendAnchoringCalendars(t.db, NOW);
    const rows = await occurrencesOf(running);
    // 4 members: budsjett 15.12.2026 and 15.12 next year? No: the horizon is 20.11.2027, so one
    // budget; formannskap quarterly 31.12.2026, 31.03, 30.06, 30.09.2027 (4); ledergruppe
    // half-yearly 31.12.2026, 30.06.2027 (2). 7 per member.
    expect(rows).toHaveLength(28);
    expect(rows.every((r) => r.status === 'planlagt' && r.dueDate > '2026-11-20' && r.dueDate <= '2027-11-20')).toBe(true);
    expect(first.created).toBeGreaterThanOrEqual(28);
    expect(await occurrencesOf(draft)).toHaveLength(0);

    const second = await extendAnchoringCalendars(t.db, NOW);
    expect(second.created).toBe(0);
    expect(await occurrencesOf(running)).toHaveLength(28);

    // A month and a half later the horizon has moved past 15.12.2027 and 31.12.2027.
    const later = await extendAnchoringCalendars(t.db, new Date('2027-01-05T09:00:00Z'));
    const after = await occurrencesOf(running);
    expect(after.length - 28).toBe(later.created);
    expect(after.filter((r) => r.dueDate > '2027-11-20').map((r) => r.dueDate).sort()).toEqual([
      ...Array(4).fill('2027-12-15'),
      ...Array(8).fill('2027-12-31'),
    ]);
  });

  it('never touches logged or moved occurrences, and two runs at once insert nothing twice', async () => {
    const id = await inDrift('Samtidig');
    await extendAnchoringCalendars(t.db, NOW);
    const [one] = await occurrencesOf(id);
    await t.db.update(anchoringOccurrences).set({ status: 'utsatt', note: 'Flyttet' }).where(eq(anchoringOccurrences.id, one!.id));
    const before = (await occurrencesOf(id)).length;
    const runs = await Promise.all([extendAnchoringCalendars(t.db, NOW), extendAnchoringCalendars(t.db, NOW)]);
    expect(runs.map((r) => r.created)).toEqual([0, 0]);
    const rows = await occurrencesOf(id);
    expect(rows).toHaveLength(before);
    expect(rows.find((r) => r.id === one!.id)?.status).toBe('utsatt');
  });

  it('runs from the job registry once per Norwegian day, whichever instance ticks', async () => {
    expect(JOBS).toContain(anchoringCalendarJob);
    const id = await inDrift('Fra jobbregisteret');
    const day = new Date('2026-11-21T08:00:00Z');
    const quiet = () => {};
    const [a, b] = await Promise.all([
      runDueJobs(t.db, [anchoringCalendarJob], { now: day, instance: 'a', log: quiet }),
      runDueJobs(t.db, [anchoringCalendarJob], { now: day, instance: 'b', log: quiet }),
    ]);
    expect([a[0]!.status, b[0]!.status].sort()).toEqual(['done', 'skipped']);
    expect(a[0]!.period).toBe('2026-11-21');
    const planned = (await occurrencesOf(id)).length;
    expect(planned).toBeGreaterThan(0);
    // Later the same day: already done, nothing runs.
    const again = await runDueJobs(t.db, [anchoringCalendarJob], { now: new Date('2026-11-21T20:00:00Z'), instance: 'a', log: quiet });
    expect(again[0]!.status).toBe('skipped');
    expect(await occurrencesOf(id)).toHaveLength(planned);
  });
});

describe(`recording an election on ${testDatabaseKind}`, () => {
  it('creates an «etter kommunevalg» occurrence per member, from the plan or the standard, once', async () => {
    const electionPoint: AnchoringPoint = {
      id: 'a-valg',
      kind: 'formell',
      level: 'politisk',
      body: 'formannskap',
      trigger: { type: 'hendelse', event: 'valg' },
      memberIds: [],
      description: 'Presentasjon for nytt formannskap.',
    };
    const withPoint = await inDrift('Med eget valgpunkt', (d) => d.anchoringPoints.push(electionPoint));
    const standard = await inDrift('Uten valgpunkt');
    const young = await inDrift('Startet etter valget', (d) => (d.startDate = '2027-10-01'));
    const draft = await insertCooperationFromDossier(t.db, { ...readyDossier(), name: 'Utkast ved valget', state: 'etablering' });

    const result = await recordElection(t.db, { electionDate: '2027-09-13', kind: 'ordinaert', reason: null, followUpMonths: 3, recordedBy: null });
    expect(result.created).toBe(true);

    const events = async (id: string) =>
      t.db.select().from(anchoringOccurrences).where(and(eq(anchoringOccurrences.cooperationId, id), isNotNull(anchoringOccurrences.event)));
    for (const id of [withPoint, standard]) {
      const rows = await events(id);
      expect(rows).toHaveLength(4); // one per member
      expect(new Set(rows.map((r) => r.memberId)).size).toBe(4);
      expect(rows.every((r) => r.event === 'valg' && r.eventDate === '2027-09-13' && r.dueDate === '2027-12-13' && r.status === 'planlagt')).toBe(true);
    }
    expect((await events(withPoint)).map((r) => r.body)).toEqual(Array(4).fill('formannskap'));
    expect((await events(standard)).map((r) => `${r.body}/${r.level}/${r.kind}/${r.anchoringPointId}`)).toEqual(Array(4).fill('kommunestyre/politisk/formell/null'));
    expect(await events(young)).toHaveLength(0);
    expect(await events(draft)).toHaveLength(0);
    if (result.created) expect(result.election.occurrencesCreated).toBeGreaterThanOrEqual(8);

    // The same date again is refused and creates nothing.
    expect((await recordElection(t.db, { electionDate: '2027-09-13', kind: 'ordinaert', reason: null, followUpMonths: 3, recordedBy: null })).created).toBe(false);
    expect(await events(standard)).toHaveLength(4);
    // The calendar job neither removes nor duplicates them.
    await extendAnchoringCalendars(t.db, new Date('2027-10-01T09:00:00Z'));
    expect(await events(standard)).toHaveLength(4);
    const [c] = await t.db.select({ state: cooperations.state }).from(cooperations).where(eq(cooperations.id, standard));
    expect(c?.state).toBe('drift');
  });
});
