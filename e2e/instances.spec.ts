// Two app instances on one PostgreSQL database, as behind a load balancer (issue 12). Beside the
// suite's server (A) this spec starts two more from the same build (B and C), on the same
// database with the same secret, and with the scheduled jobs on, ticking every second. It shows
// that a job both instances ask for in the same period runs once, that a session made on A is
// valid on B, that concurrent lifecycle steps through A and B lose nothing, and that a public
// change made on A reaches B's /innsyn once B's cached data and page expire (within a second).
import { expect } from '@playwright/test';
import postgres from 'postgres';
import { actionId, callAction } from '../bench/lib/http';
import type { RunningServer } from '../bench/lib/server';
import { osloDateOf } from '../lib/pure/domain/iso-date';
import { startAppInstance } from './app-server';
import { signInTo, test } from './fixtures';
import { waitForHydration } from './pages/keyboard';
import { seedScenario, type SeededScenario } from './scenarios';

const DATABASE_URL = process.env.DATABASE_URL;
test.skip(!DATABASE_URL, 'To instanser trenger en felles PostgreSQL-server (DATABASE_URL). PGlite er databasen inne i én prosess og kan ikke deles av to instanser.');
test.describe.configure({ mode: 'serial' });

// The hourly clean-up: cheap, and its period is the same for every tick within the hour.
const JOB = 'opprydding';
// The advisory lock claimJobRun (db/queries/jobs.ts) takes for the job while it claims a period.
const JOB_LOCK = `brobygger-job:${JOB}`;
// Only the jobs that touch nothing another spec looks at: no reminders, no calendar extension.
const JOBS_ON = { BROBYGGER_JOBS: '1', JOBS_TICK_SECONDS: '1', REMINDERS_INTERVAL_MINUTES: '0', CALENDAR_INTERVAL_HOURS: '0' };

let sql: postgres.Sql;
const servers: RunningServer[] = [];
const logs = { b: [] as string[], c: [] as string[] };
let b: RunningServer;
let lockTakenAt: Date;
let coop: SeededScenario;
const coopName = `To instanser ${crypto.randomUUID().slice(0, 6)}`;
let cookie = '';

test.beforeAll(async ({ browser }) => {
  test.setTimeout(300_000);
  sql = postgres(DATABASE_URL!, { max: 1, onnotice: () => {} });
  // Held from before B and C start, so that their first ticks both wait here for the same claim.
  lockTakenAt = new Date();
  await sql`select pg_advisory_lock(hashtext(${JOB_LOCK}))`;
  // Both started before either failure is reported, so afterAll stops whichever did start.
  const started = await Promise.allSettled([startAppInstance(JOBS_ON, logs.b), startAppInstance(JOBS_ON, logs.c)]);
  for (const s of started) if (s.status === 'fulfilled') servers.push(s.value);
  for (const s of started) if (s.status === 'rejected') throw s.reason;
  b = servers[0]!;
  coop = await seedScenario(browser, 'styrt', coopName, osloDateOf(new Date()));
});

test.afterAll(async () => {
  // Also after a failure: the instances' process groups, then the lock with the connection.
  await Promise.all(servers.map((s) => s.stop()));
  await sql?.end();
});

test('en planlagt jobb som begge instansene ber om i samme periode, kjøres én gang', async () => {
  // The claims waiting for our lock: one per instance, since an instance ticks one at a time.
  const waiting = () => sql<{ period: string }[]>`
    select to_char(date_trunc('hour', a.xact_start at time zone 'UTC'), 'YYYY-MM-DD"T"HH24:MI"Z"') as period
    from pg_locks w
    join pg_locks mine on mine.pid = pg_backend_pid() and mine.locktype = 'advisory' and mine.granted
      and w.database = mine.database and w.classid = mine.classid and w.objid = mine.objid and w.objsubid = mine.objsubid
    join pg_stat_activity a on a.pid = w.pid
    where w.locktype = 'advisory' and not w.granted`;
  await expect.poll(async () => (await waiting()).length, { timeout: 60_000, message: 'B og C venter begge på å ta jobben' }).toBe(2);
  const periods = [...new Set((await waiting()).map((w) => w.period))].sort();
  const [key] = await sql<{ classid: string; objid: string }[]>`
    select classid::text, objid::text from pg_locks where pid = pg_backend_pid() and locktype = 'advisory' and granted`;
  await sql`select pg_advisory_unlock(hashtext(${JOB_LOCK}))`;

  // One claim takes the period and runs the job, the other finds it taken. Done when the run is
  // finished and nobody holds or waits for the lock (a waiting claim shows in pg_locks until it
  // has the lock, and keeps it to its commit). The run must be this test's: like the whole
  // suite, the spec needs a fresh database.
  const runs = async () => {
    const rows = await sql<{ period: string; status: string; attempts: number; started_at: Date }[]>`
      select period, status, attempts, started_at from job_runs where job = ${JOB} order by period`;
    return rows.filter((r) => periods.includes(r.period)).map((r) => ({ period: r.period, status: r.status, attempts: r.attempts, thisRun: r.started_at >= lockTakenAt }));
  };
  const expected = periods.map((period) => ({ period, status: 'done', attempts: 1, thisRun: true }));
  await expect
    .poll(
      async () => {
        const [{ n }] = await sql<[{ n: number }]>`
          select count(*)::int as n from pg_locks where locktype = 'advisory' and classid::text = ${key!.classid} and objid::text = ${key!.objid}`;
        return n === 0 ? await runs() : 'låst';
      },
      { timeout: 60_000, message: `${JOB} kjørt én gang per periode` },
    )
    .toEqual(expected);
  for (const log of [logs.b, logs.c]) {
    expect(log.some((line) => line.includes('[jobber] Planlagte jobber'))).toBe(true);
    expect(log.filter((line) => line.includes('[jobber]') && line.includes('feilet'))).toEqual([]);
  }
});

test('begge instansene svarer, og en innlogging på A gjelder på B', async ({ page, browser, baseURL }) => {
  for (const url of [baseURL!, b.url]) expect((await fetch(`${url}/api/health`)).status, url).toBe(200);
  await signInTo(page, coop, `/samarbeid/${coop.id}`);
  const cookies = await page.context().cookies();
  expect(cookies.map((c) => c.name)).toContain('next-auth.session-token');
  cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');

  // The same cookie, sent to B.
  const onB = await browser.newContext({ baseURL: b.url });
  await onB.addCookies(cookies.map(({ name, value }) => ({ name, value, url: b.url })));
  const pageB = await onB.newPage();
  await pageB.goto(`/samarbeid/${coop.id}`);
  await expect(pageB.getByTestId('innlogget-bruker')).toHaveText(coop.name);
  await expect(pageB.getByRole('heading', { level: 1 })).toContainText(coopName);
  await onB.close();
});

test('samtidige livsløpssteg gjennom A og B fra samme versjon: ett blir tatt, resten får konflikt, ingenting går tapt', async ({ baseURL }) => {
  const takeStep = actionId('app/(app)/samarbeid/[id]/actions.ts', 'takeStepAction');
  const step = async (url: string, type: 'ENDRINGSFORSLAG' | 'FORKAST_ENDRINGER', expectedVersion: number) => {
    const change = type === 'ENDRINGSFORSLAG' ? { change: { kind: 'annet', description: 'To instanser: endring foreslått samtidig.' } } : {};
    const res = await callAction(url, `/samarbeid/${coop.id}`, takeStep, [{ cooperationId: coop.id, type, expectedVersion, ...change }], cookie);
    const outcome = res.text.includes('"ok":true') ? 'tatt' : res.text.includes('"code":"conflict"') ? 'konflikt' : `status ${res.status}: ${res.text.slice(0, 300)}`;
    return { url, outcome, version: Number(res.text.match(/"rowVersion":(\d+)/)?.[1]) };
  };
  const counts = async () => {
    const [row] = await sql<{ version: number; events: number }[]>`
      select c.row_version as version, (select count(*)::int from workflow_events e where e.cooperation_id = c.id) as events
      from cooperations c where c.id = ${coop.id}`;
    return row!;
  };
  const before = await counts();

  // The same step from the same version, five times on each instance at once.
  const results = await Promise.all(Array.from({ length: 10 }, (_, i) => step(i % 2 ? b.url : baseURL!, 'ENDRINGSFORSLAG', before.version)));
  expect(results.map((r) => r.outcome).sort()).toEqual([...Array<string>(9).fill('konflikt'), 'tatt']);
  const taken = results.find((r) => r.outcome === 'tatt')!;
  expect(taken.version).toBe(before.version + 1);

  // The next step through the other instance, from the version the first one answered with.
  const other = taken.url === b.url ? baseURL! : b.url;
  const next = await step(other, 'FORKAST_ENDRINGER', taken.version);
  expect(next).toMatchObject({ outcome: 'tatt', version: before.version + 2 });
  // Two steps taken: the row version and the history count exactly two.
  expect(await counts()).toEqual({ version: before.version + 2, events: before.events + 2 });
});

test('en offentlig endring gjort på A vises på innsynssiden til B', async ({ page, browser }) => {
  const visitor = await (await browser.newContext({ baseURL: b.url })).newPage();
  const publicPath = `/innsyn/samarbeid/${coop.id}`;
  // B has read the cooperation as not public, and keeps that for its cache entry's second.
  expect((await visitor.goto(publicPath))?.status()).toBe(404);

  await signInTo(page, coop, `/samarbeid/${coop.id}`);
  const publicity = page.getByTestId('offentlighet');
  const show = publicity.getByRole('button', { name: 'Vis i det offentlige registeret' });
  await waitForHydration(show);
  await show.click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ja, vis samarbeidet' }).click();
  await expect(publicity.getByRole('status')).toHaveText('Samarbeidet vises nå i det offentlige registeret.');

  // B shows it once its entry has expired; poll B, never sleep.
  await expect(async () => {
    expect((await visitor.goto(publicPath))?.status()).toBe(200);
  }).toPass({ timeout: 30_000 });
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(new RegExp(coopName));
  // The host municipality's public register on B lists it too.
  await expect(async () => {
    await visitor.goto('/innsyn/kommune/4203');
    await expect(visitor.getByTestId('innsyn-tabell').getByRole('link', { name: new RegExp(coopName) })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await visitor.context().close();
});
