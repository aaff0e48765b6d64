// The audit log on a real database: the trigger chains rows, UPDATE/DELETE/TRUNCATE are
// refused, and `npm run audit:verify` names a row edited or deleted behind the triggers' back.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '@/db/client';
import { appendAudit, listAudit } from '@/db/queries/audit';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { verifyAuditLog } from './verify';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t?.close());

const entry = (n: number) => ({
  actorId: null,
  actorEmail: `person${n}@example.no`,
  clientAddress: '192.0.2.1',
  action: n % 2 ? 'cooperation.edit' : 'role.grant',
  operation: 'test',
  resourceKind: 'cooperation',
  resourceId: `ressurs-${n}`,
  inputDigest: 'a'.repeat(64),
  details: { n, tekst: 'æøå | ~ 3:x' },
});

/** What an intruder with owner rights can do: switch the append-only triggers off for a moment. */
async function behindTheTriggers(db: Db, statement: ReturnType<typeof sql>) {
  await db.execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);
  try {
    await db.execute(statement);
  } finally {
    await db.execute(sql`alter table audit_log enable trigger audit_log_no_update_delete`);
  }
}

describe(`audit log on ${testDatabaseKind}`, () => {
  it('numbers and chains rows, and an intact log verifies', async () => {
    for (let n = 1; n <= 6; n++) await appendAudit(t.db, entry(n));
    const { rows } = await listAudit(t.db, {});
    expect(rows.map((r) => r.seq)).toEqual([6, 5, 4, 3, 2, 1]);
    expect(rows.at(-1)!.prevHash).toBe('');
    expect(rows[0]!.prevHash).toBe(rows[1]!.hash);
    const result = await verifyAuditLog(t.db);
    expect(result).toMatchObject({ rows: 6, problems: [] });
    expect(result.head).toEqual({ seq: 6, hash: rows[0]!.hash });
  });

  it('filters and pages in SQL, newest first', async () => {
    const first = await listAudit(t.db, { action: 'cooperation.edit' }, 2);
    expect(first.rows.map((r) => r.seq)).toEqual([5, 3]);
    const second = await listAudit(t.db, { action: 'cooperation.edit', beforeSeq: first.nextCursor }, 2);
    expect(second.rows.map((r) => r.seq)).toEqual([1]);
    expect(second.nextCursor).toBeNull();
    expect((await listAudit(t.db, { actorEmail: 'person4@example.no' })).rows.map((r) => r.seq)).toEqual([4]);
    expect((await listAudit(t.db, { resourceId: 'ressurs-2' })).rows.map((r) => r.seq)).toEqual([2]);
  });

  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    await expect(t.db.execute(sql`update audit_log set action = 'x' where seq = 1`)).rejects.toThrow();
    await expect(t.db.execute(sql`delete from audit_log where seq = 1`)).rejects.toThrow();
    await expect(t.db.execute(sql`truncate audit_log`)).rejects.toThrow();
    expect((await verifyAuditLog(t.db)).problems).toEqual([]);
  });

  it('ignores a caller-chosen number, time or hash', async () => {
    await t.db.execute(sql`insert into audit_log (seq, at, action, prev_hash, hash) values (999, '2000-01-01', 'forfalsket', 'x', 'y')`);
    const { rows } = await listAudit(t.db, {}, 1);
    expect(rows[0]).toMatchObject({ seq: 7, action: 'forfalsket' });
    expect(rows[0]!.at.getFullYear()).toBeGreaterThan(2020);
    expect((await verifyAuditLog(t.db)).problems).toEqual([]);
  });

  it('names an edited row, and a row whose hash was recomputed to hide the edit', async () => {
    await behindTheTriggers(t.db, sql`update audit_log set actor_email = 'noen.andre@example.no' where seq = 2`);
    expect((await verifyAuditLog(t.db)).problems).toEqual([{ seq: 2, message: 'Rad 2 er endret: innholdet stemmer ikke med hashen.' }]);
    await behindTheTriggers(t.db, sql`update audit_log set hash = ${'f'.repeat(64)} where seq = 2`);
    const problems = (await verifyAuditLog(t.db)).problems;
    expect(problems.map((p) => p.seq)).toEqual([2, 2]);
    expect(problems[1]!.message).toBe('Rad 2 er endret eller erstattet: rad 3 peker på en annen hash.');
  });

  it('names a deleted row, and notices the newest rows removed when a head was noted', async () => {
    const head = (await verifyAuditLog(t.db)).head!;
    await behindTheTriggers(t.db, sql`delete from audit_log where seq = 4`);
    expect((await verifyAuditLog(t.db)).problems).toContainEqual({ seq: 4, message: 'Rad 4 mangler (slettet).' });
    await behindTheTriggers(t.db, sql`delete from audit_log where seq = ${head.seq}`);
    const problems = (await verifyAuditLog(t.db, { expectHead: head })).problems;
    expect(problems).toContainEqual({ seq: head.seq, message: `Rad ${head.seq}, som ble notert tidligere, finnes ikke lenger (loggen er kortet av).` });
  });
});

describe('npm run audit:verify', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'brobygger-audit-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function verifyCommand(env: Record<string, string>) {
    const run = spawnSync('npm', ['run', '--silent', 'audit:verify'], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  }

  it('exits 0 on an intact log and 1 naming the edited row after tampering', async () => {
    const url = t.url; // a server database is shared with the command; else a PGlite directory
    const target: Record<string, string> = url ? { DATABASE_URL: url } : { BROBYGGER_DATA_DIR: dir, DATABASE_URL: '' };
    const handle = url ? { db: t.db, close: async () => {} } : await openDb({ dataDir: dir });
    try {
      if (!url) for (let n = 1; n <= 3; n++) await appendAudit(handle.db, entry(n));
    } finally {
      await handle.close();
    }
    if (!url) {
      const ok = verifyCommand(target);
      expect(ok.output).toContain('Revisjonsloggen er intakt: 3 rader.');
      expect(ok.status).toBe(0);
    }
    const again = url ? { db: t.db, close: async () => {} } : await openDb({ dataDir: dir });
    try {
      await behindTheTriggers(again.db, sql`update audit_log set details = '{"n":99}' where seq = 2`);
    } finally {
      await again.close();
    }
    const tampered = verifyCommand(target);
    expect(tampered.status).toBe(1);
    expect(tampered.output).toContain('rad 2: Rad 2 er endret: innholdet stemmer ikke med hashen.');
  }, 180_000);
});

describe.runIf(Boolean(process.env.TEST_DATABASE_URL))('concurrent writers on a PostgreSQL server', () => {
  it('form one unbroken chain', async () => {
    const other = await openDb({ url: t.url! });
    try {
      const before = await verifyAuditLog(t.db);
      const writers = Array.from({ length: 40 }, (_, i) =>
        (i % 2 ? t.db : other.db).transaction(async (tx) => {
          await appendAudit(tx as unknown as Db, entry(100 + i));
          await tx.execute(sql`select pg_sleep(0.005)`);
        }),
      );
      await Promise.all(writers);
      const after = await verifyAuditLog(t.db);
      expect(after.rows).toBe(before.rows + 40);
      // Earlier tests tampered with older rows on purpose; the new ones must link up cleanly.
      expect(after.problems.filter((p) => p.seq >= before.head!.seq)).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
