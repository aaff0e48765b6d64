import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetOf, formatWeights, JS_BUDGET_KB, overBudget, routeWeights } from './js-budget';

let dist: string;
const chunk = (name: string, text: string) => writeFileSync(path.join(dist, 'static', 'chunks', name), text);
const gz = (text: string) => gzipSync(Buffer.from(text)).length;
const ROOT = 'var root = 1;'.repeat(50);
const SHARED = 'var shared = 2;'.repeat(40);
const BIG = 'var big = 3;'.repeat(300);

function page(route: string, entries: Record<string, string[]>) {
  const dir = path.join(dist, 'server', 'app', ...route.split('/').filter(Boolean).slice(0, -1));
  mkdirSync(dir, { recursive: true });
  const manifest = { clientModules: {}, entryJSFiles: entries, entryCSSFiles: {} };
  writeFileSync(path.join(dir, 'page_client-reference-manifest.js'), `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST[${JSON.stringify(route)}] = ${JSON.stringify(manifest)};\n`);
}

beforeAll(() => {
  dist = mkdtempSync(path.join(tmpdir(), 'js-budget-'));
  mkdirSync(path.join(dist, 'static', 'chunks'), { recursive: true });
  writeFileSync(path.join(dist, 'build-manifest.json'), JSON.stringify({ rootMainFiles: ['static/chunks/root.js'], polyfillFiles: ['static/chunks/polyfill.js'] }));
  chunk('root.js', ROOT);
  chunk('polyfill.js', 'var polyfill;'.repeat(500));
  chunk('shared.js', SHARED);
  chunk('big.js', BIG);
  chunk('style.css', 'body{}');
  page('/(app)/small/page', { '[project]/app/layout': ['static/chunks/shared.js'], '[project]/app/(app)/small/page': ['static/chunks/shared.js'] });
  page('/(app)/big/page', { '[project]/app/layout': ['static/chunks/shared.js'], '[project]/app/(app)/big/page': ['static/chunks/shared.js', 'static/chunks/big.js', 'static/chunks/style.css'] });
});

afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('routeWeights', () => {
  it('adds the root chunks and each of the route’s own chunks once, gzipped, leaving out polyfills and CSS', () => {
    const weights = routeWeights(dist);
    expect(weights).toEqual([
      { route: '/(app)/big/page', gzipBytes: gz(ROOT) + gz(SHARED) + gz(BIG), chunks: 3 },
      { route: '/(app)/small/page', gzipBytes: gz(ROOT) + gz(SHARED), chunks: 2 },
    ]);
    expect(formatWeights(weights, () => 0.1)).toContain('OVER');
    expect(formatWeights(weights, () => 100)).not.toContain('OVER');
    expect(overBudget(weights)).toEqual([]);
    expect(overBudget([{ route: '/(app)/ny/page', gzipBytes: (JS_BUDGET_KB + 1) * 1024, chunks: 1 }])).toHaveLength(1);
  });

  it('gives every route 200 kB except the listed form routes', () => {
    expect(budgetOf('/(app)/oversikt/page')).toBe(200);
    expect(budgetOf('/(auth)/logg-inn/page')).toBe(200);
    expect(budgetOf('/(app)/samarbeid/[id]/innramming/page')).toBeGreaterThan(200);
  });

  it('says so when there is no build', () => {
    expect(() => routeWeights(path.join(dist, 'nope'))).toThrow(/Fant ikke et produksjonsbygg/);
  });
});
