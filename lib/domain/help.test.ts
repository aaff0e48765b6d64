import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PHASES } from './dossier';
import {
  CRITERION_HELP,
  type Criterion,
  type HelpEntry,
  INSTRUMENT_HELP,
  PHASE_HELP,
  TRAP_HELP,
  type Trap,
  help,
} from './help';
import { INSTRUMENT_CODES } from './instruments';

const CRITERIA: Criterion[] = ['input', 'throughput', 'output'];
const TRAPS: Trap[] = ['understyring', 'overstyring', 'radmannsfellen'];

function allEntries(): [string, HelpEntry][] {
  return [
    ...Object.entries(PHASE_HELP).map(([k, v]) => [`phase:${k}`, v] as [string, HelpEntry]),
    ...Object.entries(INSTRUMENT_HELP).map(([k, v]) => [`instrument:${k}`, v] as [string, HelpEntry]),
    ...Object.entries(CRITERION_HELP).map(([k, v]) => [`criterion:${k}`, v] as [string, HelpEntry]),
    ...Object.entries(TRAP_HELP).map(([k, v]) => [`trap:${k}`, v] as [string, HelpEntry]),
  ];
}

function expectComplete(name: string, entry: HelpEntry | undefined) {
  expect(entry, name).toBeDefined();
  expect(entry!.why.trim(), name).not.toBe('');
  expect(entry!.examples.length, name).toBeGreaterThan(0);
  expect(entry!.traps.length, name).toBeGreaterThan(0);
  for (const line of [...entry!.examples, ...entry!.traps]) expect(line.trim(), name).not.toBe('');
  // The source must point into the research (a chapter), so an editor can check the paraphrase.
  expect(entry!.source, name).toMatch(/IRIS\/KS 2013, kap\. \d/);
}

describe('help coverage', () => {
  it('covers every establishing phase and the member decisions', () => {
    for (const phase of [...PHASES, 'medlemsvedtak'] as const) {
      expectComplete(phase, PHASE_HELP[phase]);
      expect(help({ kind: 'phase', key: phase })).toBe(PHASE_HELP[phase]);
    }
    expect(Object.keys(PHASE_HELP).sort()).toEqual([...PHASES, 'medlemsvedtak'].sort());
  });

  it('covers every instrument in the catalogue, and nothing else', () => {
    expect(Object.keys(INSTRUMENT_HELP).sort()).toEqual([...INSTRUMENT_CODES].sort());
    for (const code of INSTRUMENT_CODES) {
      expectComplete(code, INSTRUMENT_HELP[code]);
      expect(help({ kind: 'instrument', key: code })).toBe(INSTRUMENT_HELP[code]);
    }
  });

  it('covers the three legitimacy criteria', () => {
    for (const c of CRITERIA) {
      expectComplete(c, CRITERION_HELP[c]);
      expect(help({ kind: 'criterion', key: c })).toBe(CRITERION_HELP[c]);
    }
  });

  it('covers the three traps', () => {
    for (const t of TRAPS) {
      expectComplete(t, TRAP_HELP[t]);
      expect(help({ kind: 'trap', key: t })).toBe(TRAP_HELP[t]);
    }
  });
});

// Help texts must paraphrase the research report, never paste from it.
describe('help texts are paraphrased from seed 001', () => {
  const RUN = 8;
  const seedsDir = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
  const seedFile = existsSync(seedsDir) ? readdirSync(seedsDir).find((f) => /^001_.*\.txt$/.test(f)) : undefined;

  // Punctuation, case and the report's line breaks must not hide a copied sentence.
  const words = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}§]+/gu, ' ').trim().split(/\s+/).filter(Boolean);
  const runs = (w: string[]) => Array.from({ length: Math.max(0, w.length - RUN + 1) }, (_, i) => w.slice(i, i + RUN).join(' '));

  it('detects a copied run (self-check of the comparison)', () => {
    const seed = new Set(runs(words('Dette er en setning\nsom går over to linjer, og har mange ord.')));
    expect(runs(words('Se: dette er en setning som går over to linjer!')).some((r) => seed.has(r))).toBe(true);
    expect(runs(words('Dette er en helt annen setning med egne ord')).some((r) => seed.has(r))).toBe(false);
  });

  it.skipIf(seedFile === undefined)(
    `shares no run of ${RUN} consecutive words with seed 001 (skipped: ../shared/seeds/001_*.txt not found)`,
    () => {
      const seed = new Set(runs(words(readFileSync(seedsDir + seedFile!, 'utf8'))));
      const copied: string[] = [];
      for (const [name, entry] of allEntries()) {
        for (const text of [entry.why, ...entry.examples, ...entry.traps]) {
          for (const r of runs(words(text))) if (seed.has(r)) copied.push(`${name}: «${r}»`);
        }
      }
      expect(copied).toEqual([]);
    },
  );
});
