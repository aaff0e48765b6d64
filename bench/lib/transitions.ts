// Lifecycle transitions under concurrency, through the real server action (the overview
// page's "Foreslå endring" and "Forkast endringene"): each worker owns some running
// cooperations and moves them drift -> redesign -> drift, always with the row version it
// got back, so every step must succeed. Returns each step's latency and the failures.
import { callAction } from './http';

export interface TransitionRun {
  latencies: number[];
  failures: string[];
}

const ROW_VERSION = /"rowVersion":(\d+)/;

export async function runTransitions(
  url: string,
  options: { actionId: string; cookie: string; pool: { id: string; rowVersion: number }[]; workers: number; rounds: number },
): Promise<TransitionRun> {
  const latencies: number[] = [];
  const failures: string[] = [];
  const step = async (cooperation: { id: string; rowVersion: number }, type: 'ENDRINGSFORSLAG' | 'FORKAST_ENDRINGER') => {
    const input = {
      cooperationId: cooperation.id,
      type,
      expectedVersion: cooperation.rowVersion,
      ...(type === 'ENDRINGSFORSLAG' ? { change: { kind: 'annet', description: 'Ytelsesmåling: endring foreslått og forkastet igjen.' } } : {}),
    };
    const res = await callAction(url, `/samarbeid/${cooperation.id}`, options.actionId, [input], options.cookie);
    const version = res.text.match(ROW_VERSION);
    if (res.status !== 200 || !res.text.includes('"ok":true') || !version) {
      failures.push(`${type} i ${cooperation.id}: status ${res.status}, ${res.text.slice(0, 200)}`);
      return false;
    }
    latencies.push(res.ms);
    cooperation.rowVersion = Number(version[1]);
    return true;
  };
  await Promise.all(
    Array.from({ length: options.workers }, async (_, w) => {
      const mine = options.pool.filter((_, i) => i % options.workers === w);
      for (let r = 0; r < options.rounds; r++) {
        for (const c of mine) {
          if (!(await step(c, 'ENDRINGSFORSLAG'))) return;
          if (!(await step(c, 'FORKAST_ENDRINGER'))) return;
        }
      }
    }),
  );
  return { latencies, failures };
}
