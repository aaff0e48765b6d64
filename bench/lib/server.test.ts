// The benchmark's memory sampler must recognise the processes that serve: it reported 0 MiB
// when `npm start` began running Next inside scripts/server.ts instead of `next start`.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { nextServerRss, SERVER_COMMAND } from './server';

describe('the server processes the memory sampler counts', () => {
  it('counts the custom server and Next’s own processes, not the launcher', () => {
    expect(SERVER_COMMAND.test('/usr/bin/node --import tsx /srv/brobygger/scripts/server.ts')).toBe(true);
    expect(SERVER_COMMAND.test('next-server (v16.4.5)')).toBe(true);
    expect(SERVER_COMMAND.test('node node_modules/next/dist/bin/next start -p 3000')).toBe(true);
    expect(SERVER_COMMAND.test('node /srv/brobygger/node_modules/.bin/tsx --conditions=react-server scripts/start.ts')).toBe(false);
  });

  it('reads the resident memory of a matching process below the root, and nothing for others', async () => {
    // A child whose command line names scripts/server.ts (node ignores the extra argument).
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', 'scripts/server.ts'], { stdio: 'ignore' });
    try {
      await new Promise((r) => child.once('spawn', r));
      expect(nextServerRss(process.pid)).toBeGreaterThan(10);
      expect(nextServerRss(child.pid!)).toBe(0);
    } finally {
      child.kill();
    }
  });
});
