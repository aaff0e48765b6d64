import { createTranslator } from 'use-intl/core';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { LOCALES } from '@/lib/pure/i18n/locales';
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
  criterionHelp,
  help,
  instrumentHelp,
  phaseHelp,
  trapHelp,
} from './help';
import { INSTRUMENT_CODES } from './instruments';

const CRITERIA: Criterion[] = ['input', 'throughput', 'output'];
const TRAPS: Trap[] = ['understyring', 'overstyring', 'radmannsfellen'];

const words = (locale: (typeof LOCALES)[number]) => createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'hjelp' });

function allEntries(locale: (typeof LOCALES)[number] = 'nb'): [string, HelpEntry][] {
  const t = words(locale);
  return [
    ...Object.entries(phaseHelp(t)).map(([k, v]) => [`${locale} phase:${k}`, v] as [string, HelpEntry]),
    ...Object.entries(instrumentHelp(t)).map(([k, v]) => [`${locale} instrument:${k}`, v] as [string, HelpEntry]),
    ...Object.entries(criterionHelp(t)).map(([k, v]) => [`${locale} criterion:${k}`, v] as [string, HelpEntry]),
    ...Object.entries(trapHelp(t)).map(([k, v]) => [`${locale} trap:${k}`, v] as [string, HelpEntry]),
  ];
}

function expectComplete(name: string, entry: HelpEntry | undefined) {
  expect(entry, name).toBeDefined();
  expect(entry!.why.trim(), name).not.toBe('');
  expect(entry!.examples.length, name).toBeGreaterThan(0);
  expect(entry!.traps.length, name).toBeGreaterThan(0);
  for (const line of [...entry!.examples, ...entry!.traps]) expect(line.trim(), name).not.toBe('');
  // The source must point into the research (a chapter), so an editor can check the paraphrase.
  expect(entry!.source, name).toMatch(/IRIS\/KS 2013, (kap|ch)\. \d/);
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

describe('help in nynorsk and English', () => {
  it('has the same entries, each complete, as bokmål', () => {
    const nb = allEntries('nb');
    for (const locale of ['nn', 'en'] as const) {
      const entries = allEntries(locale);
      expect(entries.map(([name]) => name.slice(3))).toEqual(nb.map(([name]) => name.slice(3)));
      entries.forEach(([name, entry], i) => {
        expectComplete(name, entry);
        expect(entry.examples.length, name).toBe(nb[i]![1].examples.length);
        expect(entry.traps.length, name).toBe(nb[i]![1].traps.length);
        expect(entry.why, name).not.toBe(nb[i]![1].why);
      });
    }
  });

  it('gives one topic in the language of the translator', () => {
    expect(help({ kind: 'phase', key: 'medlemsvedtak' }, words('nb'))).toEqual(PHASE_HELP.medlemsvedtak);
    expect(help({ kind: 'phase', key: 'medlemsvedtak' }, words('nn')).why).toMatch(/^Kvar deltakarkommune må sjølv vedta å bli med\./);
    expect(help({ kind: 'trap', key: 'radmannsfellen' }, words('en')).why).toMatch(/^The chief executive trap \(rådmannsfellen\)/);
    expect(help({ kind: 'instrument', key: 'sponsor' }, words('en')).source).toBe('IRIS/KS 2013, ch. 3.4, 5.1 and 6.1 item 4');
    expect(help({ kind: 'criterion', key: 'output' }, words('nn')).traps[0]).toBe('Samarbeidet held fram av vane, utan at nokon har sjekka om det er nyttig.');
  });
});

// Help texts must paraphrase the research reports, never paste from them: in every language
// (the research is in bokmål, and a nynorsk text can share long runs with it too).
describe('help texts are paraphrased', () => {
  it.each(LOCALES)(`%s: share no run of ${RUN_LENGTH} consecutive words with seeds 000 and 001`, (locale) => {
    const texts = allEntries(locale).flatMap(([name, entry]) => [entry.why, ...entry.examples, ...entry.traps].map((text) => [name, text] as const));
    expect(texts.length).toBeGreaterThan(50);
    expect(copiedRuns(texts)).toEqual([]);
  });
});
