// Rules about the source itself that no type or unit test sees: the day of an instant has one
// home (osloDateOf in lib/pure/domain/iso-date.ts, the Norwegian day), e2e screenshots go under
// test-results/, and lib/ is split by what a module may do (the imports between the three
// parts are lint's: lint/boundaries.mjs). A second "today" drifted apart from the first once;
// this keeps it from coming back.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..');
const FOLDERS = ['app', 'lib', 'testing', 'db', 'workflows', 'scripts', 'e2e', 'bench', 'instrumentation.ts', 'proxy.ts'];

function sources(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (/\.tsx?$/.test(entry)) return [entry];
  return readdirSync(full, { withFileTypes: true }).flatMap((d) => {
    const rel = path.join(entry, d.name);
    if (d.isDirectory()) return sources(rel);
    return /\.tsx?$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [rel] : [];
  });
}

const files = FOLDERS.flatMap(sources).map((file) => ({ file, text: readFileSync(path.join(ROOT, file), 'utf8') }));

/** Each way the codebase once computed a calendar day of its own. */
const OTHER_TODAYS: [string, RegExp][] = [
  ['the UTC day from toISOString', /toISOString\(\)\s*\.\s*(slice|substring|substr)\(0,\s*10\)|toISOString\(\)\s*\.\s*split\(['"]T['"]\)/],
  ['an ISO day from Intl (sv-SE / en-CA)', /DateTimeFormat\(\s*['"](sv-SE|en-CA)['"]/],
  ["the database's own day", /\bcurrent_date\b|now\(\)\s*::\s*date/i],
  ['a UTC day in SQL', /at time zone 'UTC',\s*'YYYY-MM-DD'\)/],
];

describe('one today', () => {
  it('finds the sources it scans', () => {
    expect(files.length).toBeGreaterThan(300);
    expect(files.some((f) => f.file === path.join('lib', 'pure', 'domain', 'iso-date.ts'))).toBe(true);
  });

  it.each(OTHER_TODAYS)('no module computes %s; the day of an instant is osloDateOf (lib/pure/domain/iso-date.ts)', (_name, pattern) => {
    const offenders = files.filter((f) => f.file !== path.join('lib', 'pure', 'domain', 'iso-date.ts') && pattern.test(f.text)).map((f) => f.file);
    expect(offenders).toEqual([]);
  });

  it('catches the old duplicates (self-check of the patterns)', () => {
    const old = [
      'new Date().toISOString().slice(0, 10)',
      "new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' })",
      "select to_char(max(closed_at) at time zone 'UTC', 'YYYY-MM-DD')",
    ];
    for (const text of old) expect(OTHER_TODAYS.some(([, pattern]) => pattern.test(text)), text).toBe(true);
  });
});

describe('e2e screenshots', () => {
  it('go under test-results/ (shotsDir in e2e/fixtures.ts), never /tmp', () => {
    const offenders = files.filter((f) => f.file.startsWith(`e2e${path.sep}`) && /['"`]\/tmp\b/.test(f.text)).map((f) => f.file);
    expect(offenders).toEqual([]);
  });
});

describe('lib/ is split by what a module may do', () => {
  it('has only lib/pure (no I/O), lib/server (I/O, server only) and lib/client (the browser side)', () => {
    expect(readdirSync(path.join(ROOT, 'lib')).sort()).toEqual(['client', 'pure', 'server']);
  });

  // scripts/server.ts, the HTTP server in front of Next, runs outside the react-server
  // condition, where 'server-only' throws; the client address is resolved there, and the
  // rendered public pages are kept there.
  const UNMARKED = [path.join('lib', 'server', 'public-page-cache.ts'), path.join('lib', 'server', 'security', 'client-address.ts')];

  it("every module in lib/server begins with import 'server-only'", () => {
    const server = files.filter((f) => f.file.startsWith(path.join('lib', 'server') + path.sep));
    expect(server.length).toBeGreaterThan(50);
    const unmarked = server.filter((f) => !f.text.startsWith("import 'server-only';\n")).map((f) => f.file);
    expect(unmarked).toEqual(UNMARKED);
  });
});
