import { describe, expect, it } from 'vitest';
import { copiedRuns, RUN_LENGTH } from '@/testing/paraphrase';
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

// Help texts must paraphrase the research reports, never paste from them.
describe('help texts are paraphrased', () => {
  it(`share no run of ${RUN_LENGTH} consecutive words with seeds 000 and 001`, () => {
    const texts = allEntries().flatMap(([name, entry]) => [entry.why, ...entry.examples, ...entry.traps].map((text) => [name, text] as const));
    expect(texts.length).toBeGreaterThan(50);
    expect(copiedRuns(texts)).toEqual([]);
  });
});
