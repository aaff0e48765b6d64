// Whether the production build (.next, or NEXT_DIST_DIR) is older than the sources, and how to
// make a new one; shared by `npm start` and `npm run bench`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = process.cwd();
export const distDir = process.env.NEXT_DIST_DIR || '.next';
export const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

function newestSourceTime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

export function needsBuild(): boolean {
  const buildId = path.join(root, distDir, 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  // testing/ too: the e2e specs' data route (app/api/test) bundles its scenarios.
  const sources = ['app', 'lib', 'testing', 'db', 'workflows', 'public'].filter((d) => existsSync(path.join(root, d)));
  const configs = ['next.config.js', 'package.json', 'postcss.config.mjs', 'tsconfig.json'];
  const newest = Math.max(...sources.map((d) => newestSourceTime(path.join(root, d))), ...configs.map((f) => statSync(path.join(root, f)).mtimeMs));
  return newest > statSync(buildId).mtimeMs;
}

/** Runs `next build`; returns the exit status. typesChecked: tsc has just passed, skip Next's own check (next.config.js). */
export function build(options: { typesChecked?: boolean } = {}): number {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...(options.typesChecked ? { BROBYGGER_TYPES_CHECKED: '1' } : {}) };
  const result = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env });
  return result.status ?? 1;
}
