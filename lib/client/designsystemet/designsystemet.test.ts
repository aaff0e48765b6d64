// lib/client/designsystemet/index.ts must export exactly what the package's entry exports, each
// name from the same file: after upgrading @digdir/designsystemet-react, regenerate it when
// this fails (one `export { name } from '<dist/esm file>'` per name of the entry).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const PACKAGE = path.join(process.cwd(), 'node_modules', '@digdir', 'designsystemet-react', 'dist', 'esm');
const names = (list: string) =>
  list
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => (p.includes(' as ') ? (p.split(' as ') as [string, string]) : ([p, p] as [string, string])));

/** The package entry: import { a as b } from './x.js' … export { b as c } -> c => x.js#a. */
function packageExports(): Map<string, string> {
  const source = readFileSync(path.join(PACKAGE, 'index.js'), 'utf8');
  const imported = new Map<string, string>();
  for (const m of source.matchAll(/^import \{([^}]*)\} from "\.\/([^"]+)";$/gm)) for (const [from, local] of names(m[1]!)) imported.set(local, `${m[2]}#${from}`);
  const list = source.match(/^export \{([^}]*)\};$/m)![1]!;
  return new Map(names(list).map(([local, exported]) => [exported, imported.get(local)!]));
}

/** Ours: export { a as c } from '<prefix>x.js' -> c => x.js#a. */
function ourExports(): Map<string, string> {
  const source = readFileSync(path.join(process.cwd(), 'lib', 'client', 'designsystemet', 'index.ts'), 'utf8');
  const result = new Map<string, string>();
  for (const m of source.matchAll(/^export \{([^}]*)\} from '\.\.\/\.\.\/\.\.\/node_modules\/@digdir\/designsystemet-react\/dist\/esm\/([^']+)';$/gm)) {
    for (const [from, exported] of names(m[1]!)) result.set(exported, `${m[2]}#${from}`);
  }
  return result;
}

describe('lib/client/designsystemet', () => {
  it('re-exports every name of the package entry from the same file, and nothing else', () => {
    const expected = packageExports();
    expect(expected.size).toBeGreaterThan(80);
    expect(Object.fromEntries(ourExports())).toEqual(Object.fromEntries(expected));
  });

  it('has no client boundary of its own and is marked free of side effects', () => {
    const source = readFileSync(path.join(process.cwd(), 'lib', 'client', 'designsystemet', 'index.ts'), 'utf8');
    expect(source).not.toMatch(/^['"]use client['"]/m);
    expect(source.split('\n').filter((l) => l && !l.startsWith('//') && !l.startsWith('export {'))).toEqual([]);
    const pkg = JSON.parse(readFileSync(path.join(process.cwd(), 'lib', 'client', 'designsystemet', 'package.json'), 'utf8')) as { sideEffects?: boolean };
    expect(pkg.sideEffects).toBe(false);
  });
});
