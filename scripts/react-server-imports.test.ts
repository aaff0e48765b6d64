// `npm start`, `npm run db:migrate` and `npm run reminders` run under tsx with the
// react-server condition, outside Next.js. A module on their import path that pulls in
// Next's client runtime (e.g. next/navigation) crashes them at start-up, which no other
// test notices: import each script's entry module the way the scripts do.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');

function importsCleanly(modulePath: string): string {
  const code = `await import(${JSON.stringify(path.join(root, modulePath))}); console.log('ok');`;
  return execFileSync(process.execPath, [tsx, '--conditions=react-server', '--input-type=module', '-e', code], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

describe('script entry points load outside Next.js', () => {
  it.each(['scripts/prepare-db.ts', 'lib/server/jobs/reminders.ts'])('%s', (modulePath) => {
    expect(importsCleanly(modulePath)).toBe('ok');
  }, 60_000);
});
