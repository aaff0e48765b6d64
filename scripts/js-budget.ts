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

export function formatWeights(weights: readonly RouteWeight[], budgetKb = JS_BUDGET_KB): string {
  return weights.map((w) => `${(w.gzipBytes / 1024).toFixed(1).padStart(7)} kB ${w.gzipBytes > budgetKb * 1024 ? 'OVER ' : '     '} ${w.route}`).join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const weights = routeWeights(path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next'));
  console.log(`Klient-JavaScript per rute (gzip), budsjett ${JS_BUDGET_KB} kB:\n${formatWeights(weights)}`);
  if (weights.some((w) => w.gzipBytes > JS_BUDGET_KB * 1024)) process.exitCode = 1;
}
