// Starting the production server the way `npm start` does (scripts/start.ts, without the
// build step), timing how long it takes to answer /api/health, sampling the resident memory
// of the Next.js server processes, and stopping it again.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

export interface RunningServer {
  url: string;
  /** Milliseconds from spawning `npm start`'s script until /api/health answered 200. */
  startMs: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startServer(env: Record<string, string>, options: { log?: (line: string) => void; timeoutMs?: number } = {}): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
  const child = spawn(tsx, ['--conditions=react-server', 'scripts/start.ts'], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', NEXTAUTH_URL: url, BROBYGGER_SKIP_BUILD: '1', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so stop() ends the Next.js child too
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) (options.log ?? ((l: string) => lines.push(l)))(line);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = started + (options.timeoutMs ?? 180_000);
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Serveren stoppet under oppstart:\n${lines.slice(-20).join('\n')}`);
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return { url, startMs: performance.now() - started, child, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`Serveren svarte ikke på /api/health innen fristen:\n${lines.slice(-20).join('\n')}`);
}

/**
 * Resident memory (MiB) of the Next.js server: every process under `root` that serves, that
 * is Next's own (`next start`, next-server) or the custom server scripts/start.ts spawns
 * (scripts/server.ts, which runs Next in its own process) and their children. The launcher
 * above them (tsx running scripts/start.ts) is not the server and is not counted.
 */
export const SERVER_COMMAND = /next(-server|\/dist\/bin\/next| start)|scripts\/server\.ts/;

export function nextServerRss(root: number): number {
  let table: string;
  try {
    table = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,rss=,args='], { encoding: 'utf8' });
  } catch {
    return Number.NaN;
  }
  const procs = table
    .split('\n')
    .map((l) => l.trim().match(/^(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/))
    .filter((m): m is RegExpMatchArray => m !== null)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), rssKb: Number(m[3]), args: m[4]! }));
  const children = new Map<number, typeof procs>();
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  let kb = 0;
  const visit = (pid: number, inNext: boolean) => {
    for (const c of children.get(pid) ?? []) {
      const next = inNext || SERVER_COMMAND.test(c.args);
      if (next) kb += c.rssKb;
      visit(c.pid, next);
    }
  };
  visit(root, false);
  return kb / 1024;
}

/** Samples the server's RSS every `everyMs`; `mark()` starts a new phase, `peak()` reads a phase's maximum. */
export function rssSampler(root: number, everyMs = 500) {
  const samples: { at: number; mib: number; phase: string }[] = [];
  let phase = 'start';
  const take = () => {
    const mib = nextServerRss(root);
    if (Number.isFinite(mib)) samples.push({ at: Date.now(), mib, phase });
  };
  take();
  const timer = setInterval(take, everyMs);
  timer.unref();
  return {
    mark(name: string) {
      take();
      phase = name;
    },
    peak(name?: string): number {
      const relevant = samples.filter((s) => name === undefined || s.phase === name);
      return relevant.reduce((max, s) => Math.max(max, s.mib), 0);
    },
    stop() {
      clearInterval(timer);
      take();
    },
  };
}
