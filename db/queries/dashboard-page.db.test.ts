// "Mine samarbeid" and the cooperation list as pages: the summary over every cooperation from
// SQL equals what the cards of all pages add up to, the order is most overdue first and
// stable across pages, and a page past the end is empty with the right totals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { createTestDb, type TestDb } from '@/testing/db';
import { createTestUser, fixtureUuid, insertCooperationFromDossier } from '@/testing/cooperation';
import { seedReferenceData } from '@/db/seed/reference';
import { anchoringOccurrences, cooperations, sponsors } from '@/db/schema';
import { READY_MEMBER_IDS, readyDossier } from '@/testing/fixtures/domain';
import type { SessionUser } from '@/lib/pure/auth/roles';
import type { DashboardCard } from '@/lib/pure/dashboard/cards';
import { PAGE_SIZE } from '@/lib/pure/paging';
import { cooperationListPage, listCooperationsForUser } from './cooperations';
import { dashboardPage } from './dashboard-page';

let t: TestDb;
let radmann: SessionUser;
const NOW = new Date('2025-06-01T10:00:00Z');
const TOTAL = PAGE_SIZE + 7;
const id = (i: number) => `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`;

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  radmann = await createTestUser(t.db, { name: 'Rune Rådgiver', role: 'radmannsteam', kommunenummer: '4203' });
  for (let i = 0; i < TOTAL; i++) {
    const d = readyDossier();
    d.id = id(i);
    d.name = `Samarbeid ${String(i).padStart(3, '0')}`;
    d.state = 'drift';
    d.startDate = '2024-01-01';
    await insertCooperationFromDossier(t.db, d);
    const memberId = fixtureUuid(d.id, READY_MEMBER_IDS.arendal);
    // Cooperation i has (i % 5) overdue occurrences, one moved to a day that has passed when i % 7 == 0, and one in the future.
    const overdue = Array.from({ length: i % 5 }, (_, k) => ({ dueDate: `2025-0${1 + k}-10`, status: 'planlagt' as const, heldDate: null }));
    const moved = i % 7 === 0 ? [{ dueDate: '2025-01-01', status: 'utsatt' as const, heldDate: '2025-05-01' }] : [];
    const future = [{ dueDate: '2025-09-01', status: 'planlagt' as const, heldDate: null }];
    await t.db.insert(anchoringOccurrences).values(
      [...overdue, ...moved, ...future].map((o) => ({ ...o, cooperationId: d.id, memberId, body: 'kommunestyre', level: 'politisk' as const, kind: 'formell' as const })),
    );
    if (i % 11 === 3) await t.db.update(sponsors).set({ needsReconfirmation: true }).where(and(eq(sponsors.cooperationId, d.id)));
  }
}, 120_000);
afterAll(async () => t?.close());

describe('dashboardPage', () => {
  it('sums over every cooperation in SQL what the cards of all pages show', async () => {
    const first = await dashboardPage(t.db, radmann, 1, NOW);
    const second = await dashboardPage(t.db, radmann, 2, NOW);
    expect(first.rows).toHaveLength(PAGE_SIZE);
    expect(second.rows).toHaveLength(TOTAL - PAGE_SIZE);
    const cards = [...first.rows, ...second.rows].map((row) => row.card);
    expect(new Set(cards.map((c) => c.id)).size).toBe(TOTAL);
    expect(first.summary).toEqual({
      cooperations: TOTAL,
      drafts: 0,
      ended: 0,
      overdue: cards.reduce((n, c) => n + c.overdueCount, 0),
      withOverdue: cards.filter((c) => c.overdueCount > 0).length,
      reconfirm: (await t.db.select({ id: sponsors.id }).from(sponsors).where(and(eq(sponsors.needsReconfirmation, true), inArray(sponsors.cooperationId, cards.map((c) => c.id))))).length,
    });
    expect(first.window).toMatchObject({ total: TOTAL, pageCount: 2, first: 1, last: PAGE_SIZE });
  });

  it('puts the most overdue first, then those with sponsors to re-confirm, then by name', async () => {
    const cards = [...(await dashboardPage(t.db, radmann, 1, NOW)).rows, ...(await dashboardPage(t.db, radmann, 2, NOW)).rows].map((row) => row.card);
    const key = (c: DashboardCard) => [-c.overdueCount, c.tasks.some((task) => task.kind === 'sponsor') ? 0 : 1];
    const sorted = [...cards].sort((a, b) => {
      const [ka, kb] = [key(a), key(b)];
      return ka[0]! - kb[0]! || ka[1]! - kb[1]! || a.name.localeCompare(b.name, 'nb');
    });
    expect(cards.map((c) => c.id)).toEqual(sorted.map((c) => c.id));
    expect(cards[0]!.overdueCount).toBe(5); // 4 planned past due + 1 moved to a day that has passed (i = 49)
  });

  it('gives an empty page past the end, with the totals', async () => {
    const beyond = await dashboardPage(t.db, radmann, 5, NOW);
    expect(beyond.rows).toEqual([]);
    expect(beyond.window).toMatchObject({ total: TOTAL, pageCount: 2, first: 0 });
    expect(beyond.summary.cooperations).toBe(TOTAL);
  });

  it('is empty for a user without roles, and for an administrator without other roles', async () => {
    const nobody: SessionUser = { ...radmann, roles: [] };
    expect(await dashboardPage(t.db, nobody, 1, NOW)).toMatchObject({ rows: [], summary: { cooperations: 0 } });
    const admin: SessionUser = { ...radmann, roles: [{ role: 'administrator', kommunenummer: null, cooperationId: null }] };
    expect(await dashboardPage(t.db, admin, 1, NOW)).toMatchObject({ rows: [], summary: { cooperations: 0 } });
    const adminAndMember: SessionUser = { ...radmann, roles: [...admin.roles, ...radmann.roles] };
    expect((await dashboardPage(t.db, adminAndMember, 1, NOW)).summary.cooperations).toBe(TOTAL);
  });

  // Last in the file: it changes three cooperations' states.
  it('puts drafts and then ended cooperations after those in work, and counts them', async () => {
    await t.db.update(cooperations).set({ state: 'avviklet' }).where(eq(cooperations.id, id(49))); // the most overdue
    await t.db.update(cooperations).set({ state: 'avbrutt' }).where(eq(cooperations.id, id(0)));
    await t.db.update(cooperations).set({ state: 'utkast' }).where(eq(cooperations.id, id(1)));
    const first = await dashboardPage(t.db, radmann, 1, NOW);
    const second = await dashboardPage(t.db, radmann, 2, NOW);
    expect(first.summary).toMatchObject({ cooperations: TOTAL, drafts: 1, ended: 2 });
    const inWork = [...first.rows, ...second.rows].map((row) => row.card).filter((c) => c.group === 'aktiv');
    expect(first.summary.overdue).toBe(inWork.reduce((n, c) => n + c.overdueCount, 0));
    const ids = [...first.rows, ...second.rows].map((i) => i.card.id);
    expect(ids.slice(-3)).toEqual([id(1), id(0), id(49)]);
    expect(ids.slice(0, -3)).not.toContain(id(49));
  });
});

describe('cooperationListPage', () => {
  it('pages the same list as listCooperationsForUser, by name', async () => {
    const all = await listCooperationsForUser(t.db, radmann, '2025-06-01');
    const pages = [await cooperationListPage(t.db, radmann, 1, '2025-06-01'), await cooperationListPage(t.db, radmann, 2, '2025-06-01')];
    expect(pages.flatMap((p) => p.rows)).toEqual(all);
    expect(pages[0]!.window).toMatchObject({ total: TOTAL, pageCount: 2 });
    expect((await cooperationListPage(t.db, radmann, 3, '2025-06-01')).rows).toEqual([]);
  });

  it('searches the names case-insensitively, counts only the matches, and takes % and _ literally', async () => {
    const all = await listCooperationsForUser(t.db, radmann, '2025-06-01');
    const probe = all[all.length - 1]!.name;
    const part = probe.slice(1).toUpperCase(); // the name without its first letter, in capitals
    const found = await cooperationListPage(t.db, radmann, 1, '2025-06-01', part);
    expect(found.rows.map((r) => r.name)).toContain(probe);
    expect(found.rows.every((r) => r.name.toUpperCase().includes(part))).toBe(true);
    expect(found.window.total).toBe(all.filter((c) => c.name.toUpperCase().includes(part)).length);
    expect((await cooperationListPage(t.db, radmann, 1, '2025-06-01', '%')).window.total).toBe(all.filter((c) => c.name.includes('%')).length);
    expect((await cooperationListPage(t.db, radmann, 1, '2025-06-01', '  ')).window.total).toBe(TOTAL);
  });
});
