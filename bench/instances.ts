// `npm run bench:instances`: two app processes (`npm start` twice, one build) on one
// PostgreSQL database, the way they run behind a load balancer. Checks that both serve, that
// a session made on one is valid on the other, and that concurrent lifecycle steps sent to
// both through the server action lose nothing: of steps from the same version exactly one is
// taken, and afterwards the row version equals the steps taken and the history has them all.
// Needs DATABASE_URL with the bench dataset (npm run bench:data); changes a few cooperations.
import { and, count, eq, inArray } from 'drizzle-orm';
import { openDb } from '../db/client';
import { cooperations, workflowEvents } from '../db/schema';
import { build, needsBuild } from '../scripts/build-state';
import { BENCH_PASSWORD, BENCH_USERS } from './dataset/generate';
import { actionId, callAction, signIn, timeRequest } from './lib/http';
import { startServer } from './lib/server';
import { resolveTargets } from './lib/targets';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('Sett DATABASE_URL: to instanser trenger en PostgreSQL-server.');
  process.exit(2);
}
if (needsBuild() && build() !== 0) process.exit(1);
const { transitionPool } = await resolveTargets({ url }, 4);
const env = { DATABASE_URL: url, BROBYGGER_DEMO: '0', BROBYGGER_JOBS: '0', NEXTAUTH_SECRET: 'bench-instances-shared-secret' };
const [a, b] = await Promise.all([startServer(env), startServer(env)]);
const problems: string[] = [];
const check = (ok: boolean, text: string) => {
  console.log(`${ok ? 'OK  ' : 'FEIL'} ${text}`);
  if (!ok) problems.push(text);
};
try {
  console.log(`Instans A ${a.url} (${(a.startMs / 1000).toFixed(1)} s), instans B ${b.url} (${(b.startMs / 1000).toFixed(1)} s)`);
  const cookie = await signIn(a.url, BENCH_USERS.oslo, BENCH_PASSWORD);
  for (const [name, server] of [['A', a], ['B', b]] as const) {
    const page = await timeRequest(server.url, '/oversikt', cookie);
    const redirect = await fetch(`${server.url}/oversikt`, { headers: { cookie }, redirect: 'manual' });
    check(page.status === 200 && redirect.status === 200, `innloggingen fra A gjelder på ${name} (/oversikt: ${page.status}, ${Math.round(page.ms)} ms)`);
  }

  const id = actionId('app/(app)/samarbeid/[id]/actions.ts', 'takeStepAction');
  const ROW_VERSION = /"rowVersion":(\d+)/;
  const step = async (server: typeof a, coop: { id: string }, type: string, expectedVersion: number) => {
    const input = { cooperationId: coop.id, type, expectedVersion, ...(type === 'ENDRINGSFORSLAG' ? { change: { kind: 'annet', description: 'To instanser: endring foreslått samtidig.' } } : {}) };
    const res = await callAction(server.url, `/samarbeid/${coop.id}`, id, [input], cookie);
    return { ok: res.text.includes('"ok":true'), conflict: res.text.includes('"code":"conflict"'), version: Number(res.text.match(ROW_VERSION)?.[1] ?? NaN) };
  };

  // The same step from the same version, five times on each instance at once.
  const race = transitionPool[0]!;
  const results = await Promise.all(Array.from({ length: 10 }, (_, i) => step(i % 2 ? b : a, race, 'ENDRINGSFORSLAG', race.rowVersion)));
  check(results.filter((r) => r.ok).length === 1 && results.filter((r) => r.conflict).length === 9, `samme steg fra samme versjon på begge instansene: ${results.filter((r) => r.ok).length} tatt, ${results.filter((r) => r.conflict).length} konflikter`);
  const afterRace = results.find((r) => r.ok)?.version ?? race.rowVersion;
  check((await step(b, race, 'FORKAST_ENDRINGER', afterRace)).ok, 'instans B tar neste steg med versjonen instans A ga tilbake');

  // Workers on both instances moving three cooperations back and forth.
  let taken = 0;
  const workers = transitionPool.slice(1).flatMap((coop) =>
    [a, b].map(async (server) => {
      for (let i = 0; i < 5; i++) {
        const res = await fetch(`${server.url}/samarbeid/${coop.id}`, { headers: { cookie } });
        await res.arrayBuffer();
        const handle = await openDb({ url });
        const [row] = await handle.db.select({ state: cooperations.state, rowVersion: cooperations.rowVersion }).from(cooperations).where(eq(cooperations.id, coop.id));
        await handle.close();
        const r = await step(server, coop, row!.state === 'drift' ? 'ENDRINGSFORSLAG' : 'FORKAST_ENDRINGER', row!.rowVersion);
        if (r.ok) taken++;
      }
    }),
  );
  await Promise.all(workers);
  const handle = await openDb({ url });
  try {
    const ids = transitionPool.slice(1).map((c) => c.id);
    const before = transitionPool.slice(1).reduce((n, c) => n + c.rowVersion, 0);
    const rows = await handle.db.select({ rowVersion: cooperations.rowVersion }).from(cooperations).where(inArray(cooperations.id, ids));
    const [events] = await handle.db.select({ n: count() }).from(workflowEvents).where(and(inArray(workflowEvents.cooperationId, ids)));
    const versions = rows.reduce((n, r) => n + r.rowVersion, 0);
    check(versions - before === taken, `radversjonene økte med ${versions - before}, like mange som stegene som ble tatt (${taken})`);
    check(events!.n === versions, `historikken har ${events!.n} hendelser for ${versions} versjoner`);
  } finally {
    await handle.close();
  }
} finally {
  await Promise.all([a.stop(), b.stop()]);
}
console.log(problems.length === 0 ? '\nTo instanser: alt i orden.' : `\n${problems.length} feil.`);
process.exitCode = problems.length === 0 ? 0 : 1;
