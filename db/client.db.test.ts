import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDb } from '@/testing/db';
import { sql } from 'drizzle-orm';
import { appliedMigrations, openDb, sessionSettings } from './client';
import { createUser, findUserByEmail } from './queries/users';

const dir = mkdtempSync(path.join(tmpdir(), 'brobygger-client-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('embedded PGlite under a data directory', () => {
  it('keeps data across a stop and a start, and migrating again changes nothing', async () => {
    const first = await openDb({ dataDir: dir });
    const migrations = await appliedMigrations(first.db);
    await createUser(first.db, { email: 'varig@example.no', name: 'Varig', passwordHash: 'x' });
    await first.close();

    const second = await openDb({ dataDir: dir });
    expect(await appliedMigrations(second.db)).toBe(migrations);
    expect((await findUserByEmail(second.db, 'varig@example.no'))?.name).toBe('Varig');
    await second.close();
  });

  it('sets the planner\'s cost of a random read on its one connection', async () => {
    const handle = await openDb({ dataDir: dir });
    try {
      const rows = (await handle.db.execute(sql`select current_setting('random_page_cost') as cost`)) as unknown as { rows: { cost: string }[] };
      expect(rows.rows[0]).toEqual({ cost: '1.1' });
    } finally {
      await handle.close();
    }
  });

  it('refuses a second process-level open of the same directory with a Norwegian message', async () => {
    const holder = await openDb({ dataDir: dir });
    await expect(openDb({ dataDir: dir })).rejects.toThrow(/er i bruk av en annen Brobygger-prosess/);
    await holder.close();
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)('PostgreSQL server', () => {
  it('applies migrations exactly once when several processes start at the same time', async () => {
    const t = await createTestDb();
    try {
      const handles = await Promise.all([1, 2, 3, 4].map(() => openDb({ url: t.url! })));
      const counts = await Promise.all(handles.map((h) => appliedMigrations(h.db)));
      expect(new Set(counts).size).toBe(1);
      await Promise.all(handles.map((h) => h.close()));
    } finally {
      await t.close();
    }
  });

  it('runs the app\'s queries without parallel workers unless DATABASE_PARALLEL_WORKERS says otherwise', async () => {
    const t = await createTestDb();
    try {
      const handle = await openDb({ url: t.url! });
      const rows = (await handle.db.execute(sql`select current_setting('max_parallel_workers_per_gather') as workers, current_setting('application_name') as app, current_setting('random_page_cost') as cost`)) as unknown as { workers: string; app: string; cost: string }[];
      expect([...rows][0]).toEqual({ workers: '0', app: 'brobygger', cost: '1.1' });
      await handle.close();
    } finally {
      await t.close();
    }
  });
});

describe('session settings', () => {
  it('turns parallel query off by default and takes a whole number of workers from the environment', () => {
    expect(sessionSettings({}).max_parallel_workers_per_gather).toBe('0');
    expect(sessionSettings({ DATABASE_PARALLEL_WORKERS: '2' }).max_parallel_workers_per_gather).toBe('2');
    expect(sessionSettings({ DATABASE_PARALLEL_WORKERS: 'mange' }).max_parallel_workers_per_gather).toBe('0');
    expect(sessionSettings({ DATABASE_PARALLEL_WORKERS: '-1' }).max_parallel_workers_per_gather).toBe('0');
  });

  it('tells the planner a random read costs 1.1 sequential ones unless DATABASE_RANDOM_PAGE_COST says otherwise', () => {
    expect(sessionSettings({}).random_page_cost).toBe('1.1');
    expect(sessionSettings({ DATABASE_RANDOM_PAGE_COST: '4' }).random_page_cost).toBe('4');
    expect(sessionSettings({ DATABASE_RANDOM_PAGE_COST: 'billig' }).random_page_cost).toBe('1.1');
    expect(sessionSettings({ DATABASE_RANDOM_PAGE_COST: '0' }).random_page_cost).toBe('1.1');
  });
});
