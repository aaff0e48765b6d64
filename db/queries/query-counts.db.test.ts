// No N+1: the queries behind the register, the public register, "Mine samarbeid" and the
// cooperation list run a fixed number of statements whatever the number of cooperations.
// Each function is counted with 2 and with 7 cooperations in the municipality; the counts
// must be equal (and small).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/testing/db';
import { createTestUser, insertCooperationFromDossier } from '@/testing/cooperation';
import { queryCounter } from '@/testing/query-count';
import { seedReferenceData } from '@/db/seed/reference';
import { readyDossier } from '@/testing/fixtures/domain';
import type { SessionUser } from '@/lib/pure/auth/roles';
import { listCooperationsForUser, readableCooperationIds } from './cooperations';
import { loadDashboard } from './dashboard';
import { loadDossiers } from './dossier';
import { publicRegisterRows, registerRows } from './register';
import { registerPage } from './register-page';
import { publicRegisterPage } from './public-register-page';
import { dashboardPage } from './dashboard-page';
import { cooperationListPage } from './cooperations';

const counter = queryCounter();
let t: TestDb;
let radmann: SessionUser;
let inserted = 0;
const NOW = new Date('2025-06-01T10:00:00Z');
// Arendal is the host of the fixture cooperation, so every inserted cooperation counts for it.
const KOMMUNE = '4203';

async function addCooperations(total: number) {
  for (; inserted < total; inserted++) {
    const d = readyDossier();
    d.id = `00000000-0000-4000-8000-${String(inserted + 1).padStart(12, '0')}`;
    d.name = `Samarbeid ${inserted + 1}`;
    d.state = 'drift';
    d.startDate = '2024-01-01';
    await insertCooperationFromDossier(t.db, d);
  }
}

const PAGES: Record<string, () => Promise<unknown>> = {
  'registerRows (/register/<nr>)': () => registerRows(t.db, KOMMUNE, NOW),
  'publicRegisterRows (/innsyn/kommune/<nr>)': () => publicRegisterRows(t.db, KOMMUNE),
  'loadDashboard (/oversikt)': () => loadDashboard(t.db, radmann),
  'listCooperationsForUser (/samarbeid)': () => listCooperationsForUser(t.db, radmann),
  'readableCooperationIds': () => readableCooperationIds(t.db, radmann),
  'registerPage (/register/<nr>?side=1)': () => registerPage(t.db, KOMMUNE, { q: 'samarbeid', sorter: 'evaluering' }, 1, NOW),
  'publicRegisterPage (/innsyn/kommune/<nr>?side=1)': () => publicRegisterPage(t.db, { memberOf: KOMMUNE }, 1),
  'dashboardPage (/oversikt?side=1)': () => dashboardPage(t.db, radmann, 1, NOW),
  'cooperationListPage (/samarbeid?side=1)': () => cooperationListPage(t.db, radmann, 1),
};

const counts = new Map<string, number[]>();

beforeAll(async () => {
  t = await createTestDb({ logger: counter.logger });
  await seedReferenceData(t.db);
  radmann = await createTestUser(t.db, { name: 'Rune Rådgiver', role: 'radmannsteam', kommunenummer: KOMMUNE });
  for (const size of [2, 7]) {
    await addCooperations(size);
    for (const [name, fn] of Object.entries(PAGES)) {
      const { queries } = await counter.count(fn);
      counts.set(name, [...(counts.get(name) ?? []), queries]);
    }
  }
});

afterAll(async () => {
  await t?.close();
});

describe('queries per page do not grow with the number of cooperations', () => {
  it.each(Object.keys(PAGES))('%s', (name) => {
    const [small, big] = counts.get(name)!;
    expect(big, `${name}: ${small} spørringer med 2 samarbeid, ${big} med 7`).toBe(small);
    // A page whose summaries are stale builds their dossiers in one batch (about 15 statements) and stores them.
    expect(small).toBeLessThanOrEqual(24);
  });

  it('reads stored summaries without building any dossier when nothing changed', async () => {
    await registerPage(t.db, KOMMUNE, {}, 1, NOW);
    await dashboardPage(t.db, radmann, 1, NOW);
    expect((await counter.count(() => registerPage(t.db, KOMMUNE, {}, 1, NOW))).queries).toBe(3);
    // The page's rows with the totals over all of them, then the page's stored summaries.
    expect((await counter.count(() => dashboardPage(t.db, radmann, 1, NOW))).queries).toBe(2);
  });

  it('the helper counts what it is given', async () => {
    const { queries } = await counter.count(() => loadDossiers(t.db, []));
    expect(queries).toBe(0);
    const { queries: one, statements } = await counter.count(() => readableCooperationIds(t.db, radmann));
    expect(one).toBe(1);
    expect(statements[0]).toMatch(/select/i);
  });
});
