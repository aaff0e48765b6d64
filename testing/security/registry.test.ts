// Keeps the registry complete: a new 'use server' module or route.ts that is not listed in
// testing/security/registry.ts fails here, so the fuzz test cannot forget it.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_MODULES, ROUTE_MODULES, UNFUZZED_ROUTES } from './registry';

const root = path.resolve(__dirname, '../..');

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) sourceFiles(full, out);
    else if (/\.(ts|tsx|js|jsx|mjs)$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(path.relative(root, full).split(path.sep).join('/'));
  }
  return out;
}

const files = ['app', 'lib', 'db', 'workflows'].flatMap((d) => sourceFiles(path.join(root, d)));
const source = (file: string) => readFileSync(path.join(root, file), 'utf8');
/** The directive as the first statement (after comments), as Next reads it. */
const isUseServerModule = (text: string) => /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*['"]use server['"]/.test(text);

describe('action and route registry', () => {
  it("lists every 'use server' module, and nothing else", () => {
    const modules = files.filter((f) => isUseServerModule(source(f))).sort();
    expect(Object.keys(ACTION_MODULES).sort()).toEqual(modules);
  });

  it("has no inline 'use server' functions (they would bypass the registry)", () => {
    const inline = files.filter((f) => !isUseServerModule(source(f)) && /^\s+['"]use server['"]/m.test(source(f)));
    expect(inline).toEqual([]);
  });

  it('lists every route handler, or says why one is not fuzzed', () => {
    const routes = files.filter((f) => f.startsWith('app/') && /\/route\.(ts|js)$/.test(f)).sort();
    expect([...Object.keys(ROUTE_MODULES), ...Object.keys(UNFUZZED_ROUTES)].sort()).toEqual(routes);
  });

  it('imports each listed path (the key and the import must agree)', () => {
    for (const [file, load] of [...Object.entries(ACTION_MODULES), ...Object.entries(ROUTE_MODULES)]) {
      const imported = /import\('@\/(.+?)'\)/.exec(load.toString())?.[1];
      if (imported) expect(file.replace(/\.ts$/, '')).toBe(imported);
    }
  });

  it("exports only async functions from each 'use server' module", async () => {
    for (const [file, load] of Object.entries(ACTION_MODULES)) {
      const mod = await load();
      const exported = Object.entries(mod);
      expect(exported.length, file).toBeGreaterThan(0);
      for (const [name, value] of exported) expect(typeof value, `${file}: ${name}`).toBe('function');
    }
  });
});
