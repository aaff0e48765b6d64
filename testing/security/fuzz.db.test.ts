// The fuzz test: every server action and route handler in testing/security/registry.ts gets
// generated malformed input (fast-check, testing/fuzz.ts) as each kind of user, against a
// database with the demo data. Asserted for every request: no unexpected error (the action's
// 'error' result or a thrown exception, i.e. what would be an HTTP 500; for routes, no 500
// status), and no database change when the request is refused (for routes: no change at all
// from a method that only reads, nor from any answer that is not a success). Changes are counted by row
// triggers on every table. Not counted: login_attempts and 'auth.sign_in_failed' audit rows,
// which record refused authentication on purpose (the throttle and the log need them).
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import type { DbHandle } from '@/db/client';
import { seedIfEmpty } from '@/scripts/seed';
import { DEMO_USERS } from '@/scripts/seed/demo-users';
import { findUserByEmail, loadSessionUser } from '@/db/queries/users';
import type { SessionUser } from '@/lib/pure/auth/roles';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { rowsOf } from '@/db/queries/rows-of';
import { actionPayloads, hostileValues, type Pools } from '@/testing/fuzz';
import { ACTION_MODULES, HTTP_METHODS, ROUTE_MODULES, routeParams } from './registry';

const hooks = vi.hoisted(() => ({
  user: null as SessionUser | null,
  handle: null as DbHandle | null,
  module: null as string | null,
  schemas: new Map<string, z.ZodType[]>(),
}));

vi.mock('@/lib/server/auth/session', () => ({
  CHANGE_PASSWORD_PATH: '/profil/passord',
  currentUser: async () => hooks.user,
  requireUser: async () => hooks.user,
}));
vi.mock('@/db/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/db/client')>()),
  getDb: async () => hooks.handle!.db,
  getDbHandle: async () => hooks.handle!,
}));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-brobygger-client-address': '192.0.2.99' }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
}));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }));
// Records each action's schema, so the generator can build near-valid input for it.
vi.mock('@/lib/server/authed-action', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/server/authed-action')>();
  const note = (schema: z.ZodType) => {
    const key = hooks.module ?? '';
    hooks.schemas.set(key, [...(hooks.schemas.get(key) ?? []).filter((s) => s !== schema), schema]);
  };
  return {
    ...real,
    authedAction: ((spec, fn) => (note(spec.schema), real.authedAction(spec, fn))) as typeof real.authedAction,
    publicAction: ((spec, fn) => (note(spec.schema), real.publicAction(spec, fn))) as typeof real.publicAction,
  };
});

let t: TestDb;
let pools: Pools;
const users: (SessionUser | null)[] = [null];
const counts = { actions: 0, routes: 0, refused: 0, accepted: 0 };
const failures: string[] = [];
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_204);
const RUNS_PER_ACTION = 70;
const RUNS_PER_ROUTE = 80;
/** Routes that exist only under some setting: fuzzed as they are where they exist. */
const ROUTE_ENV: Record<string, Record<string, string>> = { 'app/api/test/samarbeid/route.ts': { BROBYGGER_E2E: '1' } };
/** Methods that never write (lib/server/route.ts runs no transaction for them). */
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Query keys the routes read (the register's filters, the open API's filters and paging). */
const QUERY_KEYS = ['q', 'tilstand', 'sok', 'sort', 'retning', 'side', 'format', 'limit', 'cursor', 'county', 'legalForm', 'taskArea', 'state'];
// The open API's per-address limit would answer most of these requests 429 (not a failure,
// but nothing behind it would be reached); it has its own test (lib/server/api/v1/api.db.test.ts).
process.env.API_RATE_LIMIT_PER_MINUTE = '0';

async function changes(): Promise<number> {
  return Number(rowsOf<{ n: number }>(await t.db.execute(sql`select n from fuzz_changes`))[0]!.n);
}

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET ??= 'fuzz-test-secret';
  t = await createTestDb();
  hooks.handle = t;
  await seedIfEmpty(t.db, { demo: true });
  // A row trigger on every table bumps one counter (inside the writer's transaction, so a
  // rolled-back write leaves it as it was).
  await t.db.execute(sql`create table fuzz_changes (n bigint not null)`);
  await t.db.execute(sql`insert into fuzz_changes values (0)`);
  await t.db.execute(sql.raw(`create function fuzz_bump() returns trigger language plpgsql as $$ begin update fuzz_changes set n = n + 1; return null; end $$`));
  const tables = rowsOf<{ t: string }>(await t.db.execute(sql`select tablename as t from pg_tables where schemaname = 'public' and tablename not in ('fuzz_changes', 'login_attempts', 'audit_log')`));
  for (const { t: table } of tables) {
    await t.db.execute(sql.raw(`create trigger fuzz_track after insert or update or delete on "${table}" for each row execute function fuzz_bump()`));
  }
  await t.db.execute(sql.raw(`create trigger fuzz_track after insert on audit_log for each row when (new.action <> 'auth.sign_in_failed') execute function fuzz_bump()`));

  for (const demo of DEMO_USERS) {
    const row = await findUserByEmail(t.db, demo.email);
    const user = row ? await loadSessionUser(t.db, row.id) : null;
    if (user) users.push({ ...user, sessionId: '00000000-0000-4000-8000-000000000000' });
  }
  const ids = rowsOf<{ id: string }>(
    await t.db.execute(sql`
      select id::text as id from cooperations union all (select id::text from users limit 10)
      union all (select id::text from role_assignments limit 10) union all (select id::text from evaluation_rounds limit 10)
      union all (select id::text from body_meetings limit 10)`),
  ).map((r) => r.id);
  // Some municipalities, and those the demo users hold roles in (so some requests are allowed).
  const kommuner = rowsOf<{ k: string }>(
    await t.db.execute(sql`
      (select kommunenummer as k from municipalities order by kommunenummer limit 30)
      union (select distinct kommunenummer from role_assignments where kommunenummer is not null)`),
  ).map((r) => r.k);
  pools = { uuids: ids, kommunenummer: [...kommuner, '0000', '9999'], emails: [...DEMO_USERS.map((u) => u.email), 'ingen@example.no'] };
  vi.spyOn(console, 'info').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
}, 300_000);

afterAll(async () => {
  vi.restoreAllMocks();
  console.log(`[fuzz] ${testDatabaseKind}: ${counts.actions} action requests, ${counts.routes} route requests (${counts.actions + counts.routes} in all); ${counts.refused} refused, ${counts.accepted} accepted; seed ${SEED}`);
  await t?.close();
});

const isNextInterrupt = (err: unknown) => typeof (err as { digest?: unknown })?.digest === 'string' && /^NEXT_/.test((err as { digest: string }).digest);

describe(`fuzz: every server action (${testDatabaseKind})`, () => {
  for (const file of Object.keys(ACTION_MODULES)) {
    it(`${file}: no unexpected error, and no change when refused`, async () => {
      failures.length = 0;
      hooks.module = file;
      const mod = await ACTION_MODULES[file]!();
      const actions = Object.entries(mod).filter((e): e is [string, (input: unknown) => Promise<unknown>] => typeof e[1] === 'function');
      expect(actions.length).toBeGreaterThan(0);
      for (const [name, action] of actions) {
        await fc.assert(
          fc.asyncProperty(fc.constantFrom(...users), actionPayloads(hooks.schemas.get(file) ?? [], pools), async (user, payload) => {
            hooks.user = user;
            const before = await changes();
            counts.actions += 1;
            let result: { ok: boolean; code?: string; message?: string };
            try {
              result = (await action(payload)) as typeof result;
            } catch (err) {
              if (isNextInterrupt(err)) return true;
              failures.push(`${file} ${name}: threw ${String(err)}`);
              return false;
            }
            if (result.ok) {
              counts.accepted += 1;
              return true;
            }
            counts.refused += 1;
            if (result.code === 'error') failures.push(`${file} ${name}: unexpected error "${result.message}" for ${JSON.stringify(payload)?.slice(0, 300)}`);
            const after = await changes();
            if (after !== before) failures.push(`${file} ${name}: refused (${result.code}) but changed ${after - before} rows`);
            return result.code !== 'error' && after === before;
          }),
          { numRuns: RUNS_PER_ACTION, seed: SEED, endOnFailure: true },
        );
      }
      expect(failures).toEqual([]);
    }, 240_000);
  }
});

describe(`fuzz: every route handler (${testDatabaseKind})`, () => {
  afterEach(() => vi.unstubAllEnvs());
  for (const file of Object.keys(ROUTE_MODULES)) {
    it(`${file}: never 500, and no change`, async () => {
      failures.length = 0;
      const env = ROUTE_ENV[file] ?? {};
      for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
      const mod = await ROUTE_MODULES[file]!();
      const keys = routeParams(file);
      const param = fc.oneof(fc.constantFrom(...pools.uuids, ...pools.kommunenummer), fc.uuid(), hostileValues(pools).map((v) => String(v)), fc.string({ maxLength: 40 }));
      const query = fc.dictionary(fc.oneof(fc.constantFrom(...QUERY_KEYS), fc.string({ maxLength: 10 })), fc.oneof(fc.string({ maxLength: 30 }), hostileValues(pools).map((v) => String(v).slice(0, 3000))), { maxKeys: 4 });
      for (const method of HTTP_METHODS) {
        const handler = mod[method] as ((req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>) | undefined;
        if (!handler) continue;
        await fc.assert(
          fc.asyncProperty(fc.constantFrom(...users), fc.tuple(...keys.map(() => param)), query, async (user, values, q) => {
            hooks.user = user;
            const url = new URL('http://localhost:3000/x');
            for (const [k, v] of Object.entries(q)) url.searchParams.append(k, v);
            const params = Object.fromEntries(keys.map((k, i) => [k, String(values[i])]));
            const before = await changes();
            counts.routes += 1;
            const response = await handler(new NextRequest(url, { method }), { params: Promise.resolve(params) });
            const after = await changes();
            const mayWrite = response.ok && !READ_METHODS.has(method);
            if (response.status >= 500) failures.push(`${file} ${method} ${JSON.stringify(params)} ${url.search}: ${response.status}`);
            if (after !== before && !mayWrite) failures.push(`${file} ${method} (${response.status}): changed ${after - before} rows`);
            return response.status < 500 && (after === before || mayWrite);
          }),
          { numRuns: RUNS_PER_ROUTE, seed: SEED, endOnFailure: true },
        );
      }
      expect(failures).toEqual([]);
    }, 240_000);
  }

  it('sent at least 2,000 requests in all', () => {
    expect(counts.actions + counts.routes).toBeGreaterThanOrEqual(2000);
  });
});
